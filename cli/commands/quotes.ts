/**
 * `dabir quotes [PERSON] [--from DATE] [--to DATE] [--limit N]`: the quote register, newest
 * first: who said what, on which day and where, and in which article. PERSON is a person's id
 * or a name only they have; without it, everyone's quotes. Dates as `search` takes them.
 */
import type { Entity, QuoteView } from '../../common/contract';
import { callApi, contractLimitOf } from '../api';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { parseDay } from '../dates';
import { resolveEntity } from '../entity-view';
import { plural, printJson, terminalSafe } from '../format';
import { CliError, EXIT_OK, UsageError, type CliIO } from '../io';
import { withArchive } from '../open-archive';
import { parseLimit } from '../options';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = contractLimitOf('listQuotes');

export function quotesCommand({ args, io, location }: CommandContext): number {
  acceptOnlyOptions(args, 'quotes', ['json', 'from', 'to', 'limit']);
  const from = args.from === undefined ? undefined : parseDay(args.from, '--from').iso;
  const to = args.to === undefined ? undefined : parseDay(args.to, '--to').iso;
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const limit = parseLimit(args.limit, DEFAULT_LIMIT, MAX_LIMIT);
  // The shell splits an unquoted name into words; they are one name again.
  const named = args.operands.length > 0 ? args.operands.join(' ') : undefined;

  const { person, quotes } = withArchive(location, 'read', (archive) => {
    const entity = named === undefined ? null : resolveEntity(archive, named).entity;
    if (entity && entity.kind !== 'person') throw new CliError(`«${terminalSafe(entity.canonical)}» is a ${entity.kind}, not a person: only people are quoted`);
    return { person: entity, quotes: callApi(archive, 'listQuotes', { entityId: entity?.id, from, to, limit }) };
  });

  if (args.json) {
    printJson(io.stdout, {
      person: person && { id: person.id, name: person.canonical },
      from: from ?? null,
      to: to ?? null,
      quotes: quotes.map((quote) => ({
        id: quote.id,
        person: quote.person && { id: quote.person.id, name: quote.person.canonical },
        speaker: quote.speaker,
        sentence: quote.sentence,
        day: quote.day,
        place: quote.place,
        articleId: quote.articleId,
        headline: quote.headline,
        origin: quote.origin,
      })),
    });
  } else {
    printQuotes(io, quotes, person, limit);
  }
  return EXIT_OK;
}

function printQuotes(io: CliIO, quotes: readonly QuoteView[], person: Entity | null, limit: number): void {
  if (quotes.length === 0) {
    const whose = person ? `«${terminalSafe(person.canonical)}»` : 'anyone';
    io.stdout(`No quote of ${whose} in the archive for these days. Quotes are found as articles are saved or imported ("X گفت: …", "به گفته‌ی X").\n`);
    return;
  }
  for (const quote of quotes) {
    // Day, place and article first; the names and the sentence, right-to-left, after.
    const where = quote.place ? `  ${terminalSafe(quote.place)}` : '';
    io.stdout(`${quote.day ?? 'undated   '}  ${quote.articleId}${where}  ${terminalSafe(quote.person?.canonical ?? quote.speaker)}\n`);
    io.stdout(`  ${terminalSafe(quote.sentence)}\n`);
    io.stdout(`  in: ${terminalSafe(quote.headline) || '(no headline)'}\n`);
  }
  if (quotes.length === limit) io.stdout(`Showing the newest ${plural(limit, 'quote')}; use --limit N to see more.\n`);
}
