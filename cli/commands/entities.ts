/**
 * `dabir entities [--kind K] [--limit N] [QUERY]`: people, organisations, countries, places
 * and events, most confirmed mentions first. QUERY keeps those with a name (canonical or
 * alias) that starts with it, spelt any way the search would accept (ي/ی, half-spaces…).
 */
import type { EntityKind, EntitySummary } from '../../common/contract';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { entityRow, entitySummaryJson } from '../entity-view';
import { plural, printJson, terminalSafe } from '../format';
import { EXIT_OK, type CliIO } from '../io';
import { openArchive } from '../open-archive';
import { parseKind, parseLimit } from '../options';

const DEFAULT_LIMIT = 50;

export function entitiesCommand({ args, io, archive: location }: CommandContext): number {
  acceptOnlyOptions(args, 'entities', ['json', 'limit', 'kind']);
  const kind = args.kind === undefined ? undefined : parseKind(args.kind);
  const limit = parseLimit(args.limit, DEFAULT_LIMIT);
  // The shell splits an unquoted name into words; they are one name again.
  const query = args.operands.join(' ').trim();

  const archive = openArchive(location, 'read');
  let page: { items: EntitySummary[]; total: number };
  try {
    page = archive.entities.list({ kind, query: query === '' ? undefined : query, limit });
  } finally {
    archive.close();
  }

  if (args.json) printJson(io.stdout, { total: page.total, entities: page.items.map(entitySummaryJson) });
  else printEntities(io, page, kind, query);
  return EXIT_OK;
}

function printEntities(io: CliIO, page: { items: EntitySummary[]; total: number }, kind: EntityKind | undefined, query: string): void {
  if (page.total === 0) {
    const what = kind ? `No ${kind}` : 'No entity';
    io.stdout(query === '' ? `${what} in the archive yet.\n` : `${what} has a name that starts with «${terminalSafe(query)}».\n`);
    return;
  }
  io.stdout(`${'ID'.padEnd(36)}  ${'KIND'.padEnd(12)}  MENTIONS  NAME\n`);
  for (const entity of page.items) io.stdout(`${entityRow(entity)}\n`);
  if (page.items.length < page.total) {
    io.stdout(`Showing ${page.items.length} of ${plural(page.total, 'entity', 'entities')}; use --limit N to see more.\n`);
  }
}
