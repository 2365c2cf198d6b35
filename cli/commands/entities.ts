/**
 * `dabir entities [--kind K] [--limit N] [--offset N] [QUERY]`: people, organisations, countries, places
 * and events, most confirmed mentions first. QUERY keeps those with a name (canonical or
 * alias) that starts with it, spelt any way the search would accept (ي/ی, half-spaces…).
 */
import { type EntityKind, type EntitySummary } from '../../common/contract';
import { callApi, contractLimitOf } from '../api';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { entityRow, entitySummaryJson } from '../entity-view';
import { plural, printJson, terminalSafe } from '../format';
import { EXIT_OK, type CliIO } from '../io';
import { withArchive } from '../open-archive';
import { pageFooter, parseKind, parseLimit, parseOffset } from '../options';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = contractLimitOf('listEntities');

export function entitiesCommand({ args, io, location }: CommandContext): number {
  acceptOnlyOptions(args, 'entities', ['json', 'limit', 'offset', 'kind']);
  const kind = args.kind === undefined ? undefined : parseKind(args.kind);
  const limit = parseLimit(args.limit, DEFAULT_LIMIT, MAX_LIMIT);
  const offset = parseOffset(args.offset);
  // The shell splits an unquoted name into words; they are one name again.
  const query = args.operands.join(' ').trim();

  const page = withArchive(location, 'read', (archive) =>
    callApi(archive, 'listEntities', { kind, query: query === '' ? undefined : query, limit, offset }),
  );

  if (args.json) printJson(io.stdout, { total: page.total, entities: page.items.map(entitySummaryJson) });
  else printEntities(io, page, kind, query, { limit, offset });
  return EXIT_OK;
}

function printEntities(
  io: CliIO,
  page: { items: EntitySummary[]; total: number },
  kind: EntityKind | undefined,
  query: string,
  { limit, offset }: { limit: number; offset: number },
): void {
  if (page.total === 0) {
    const what = kind ? `No ${kind}` : 'No entity';
    io.stdout(query === '' ? `${what} in the archive yet.\n` : `${what} has a name that starts with «${terminalSafe(query)}».\n`);
    return;
  }
  io.stdout(`${'ID'.padEnd(36)}  ${'KIND'.padEnd(12)}  MENTIONS  NAME\n`);
  for (const entity of page.items) io.stdout(`${entityRow(entity)}\n`);
  const shown = page.items.length;
  const whole = plural(page.total, 'entity', 'entities');
  const footer = pageFooter({ shown, offset, limit, max: MAX_LIMIT, whole, more: offset + shown < page.total });
  if (footer) io.stdout(`${footer}\n`);
}
