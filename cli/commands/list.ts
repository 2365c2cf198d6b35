/** `dabir list [--limit N] [--offset N]`: newest first. */
import { type ArticleSummary } from '../../common/contract';
import { callApi, contractLimitOf } from '../api';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { fitColumn, padEnd, plural, printJson } from '../format';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { withArchive } from '../open-archive';
import { pageFooter, parseLimit, parseOffset } from '../options';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = contractLimitOf('listArticles');
const DESK_COLUMN_MAX = 16;

export function listCommand({ args, io, location }: CommandContext): number {
  if (args.operands.length > 0) throw new UsageError(`list takes no operands (got "${args.operands[0]}")`);
  acceptOnlyOptions(args, 'list', ['json', 'limit', 'offset']);
  const limit = parseLimit(args.limit, DEFAULT_LIMIT, MAX_LIMIT);
  const offset = parseOffset(args.offset);

  const page = withArchive(location, 'read', (archive) => callApi(archive, 'listArticles', { limit, offset }));

  if (args.json) {
    printJson(io.stdout, {
      total: page.total,
      articles: page.items.map(({ id, headline, desk, status, datelineDate, createdAt, updatedAt }) => ({
        id, headline, desk, status, datelineDate, createdAt, updatedAt,
      })),
    });
  } else {
    printTable(io, page.items, page.total);
    const footer = pageFooter({ shown: page.items.length, offset, limit, max: MAX_LIMIT, whole: plural(page.total, 'article'), more: offset + page.items.length < page.total });
    if (footer && page.total > 0) io.stdout(`${footer}\n`);
  }
  return EXIT_OK;
}

function printTable(io: CliIO, items: ArticleSummary[], total: number): void {
  if (total === 0) {
    io.stdout('The archive has no articles yet.\n');
    return;
  }
  const deskWidth = Math.min(DESK_COLUMN_MAX, Math.max(4, ...items.map((item) => Array.from(item.desk || '-').length)));
  // The headline goes last: it is usually right-to-left, and a terminal lays out a line's
  // columns in order only up to the first stretch of Persian.
  const row = (id: string, status: string, desk: string, date: string, headline: string) =>
    `${padEnd(id, 36)}  ${padEnd(status, 9)}  ${fitColumn(desk, deskWidth)}  ${padEnd(date, 10)}  ${headline}\n`;
  io.stdout(row('ID', 'STATUS', 'DESK', 'DATE', 'HEADLINE'));
  for (const item of items) {
    io.stdout(row(item.id, item.status, item.desk || '-', item.datelineDate ?? item.createdAt.slice(0, 10), item.headline || '(no headline)'));
  }
}
