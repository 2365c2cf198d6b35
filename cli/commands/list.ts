/** `dabir list [--limit N]`: newest first. */
import type { ArticleSummary } from '../../common/contract';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { fitColumn, padEnd, plural, printJson } from '../format';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { openArchive } from '../open-archive';

const DEFAULT_LIMIT = 50;
const DESK_COLUMN_MAX = 16;

export function listCommand({ args, io, archive: location }: CommandContext): number {
  if (args.operands.length > 0) throw new UsageError(`list takes no operands (got "${args.operands[0]}")`);
  acceptOnlyOptions(args, 'list', ['json', 'limit']);
  const limit = parseLimit(args.limit);

  const archive = openArchive(location, 'read');
  let page;
  try {
    page = archive.articles.list(limit, 0);
  } finally {
    archive.close();
  }

  if (args.json) {
    printJson(io.stdout, {
      total: page.total,
      articles: page.items.map(({ id, headline, desk, status, datelineDate, createdAt, updatedAt }) => ({
        id, headline, desk, status, datelineDate, createdAt, updatedAt,
      })),
    });
  } else {
    printTable(io, page.items, page.total);
  }
  return EXIT_OK;
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`--limit must be a whole number of at least 1, not "${value}"`);
  }
  return Number(value);
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
  if (items.length < total) io.stdout(`Showing ${items.length} of ${plural(total, 'article')}; use --limit N to see more.\n`);
}
