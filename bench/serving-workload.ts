/**
 * Run in a process of its own by memory-bench.ts: what the process serving the UI does in a
 * working session (open the archive, the first list page as the app asks for it, the desks,
 * the benchmark's searches, related coverage for fifty articles), then its memory. With
 * `raw`, the floor: a bare better-sqlite3 connection running the same MATCHes and list.
 * Prints one JSON line: resident set now and at its peak, and the JavaScript heap, in MB.
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { LIMITS } from '../common/constants';
import { Archive } from '../db/archive';
import { buildFts5Match, parseSearchQuery } from '../db/search/query';
import { SEARCH_COLUMNS } from '../db/search/search-index';
import { BENCH_QUERIES, COMMON_WORDS } from './search-queries';

const [mode, path, migrationsDir] = process.argv.slice(2);
const queries = [...BENCH_QUERIES, ...COMMON_WORDS.map((query) => ({ query }))];

if (mode === 'raw') {
  const db = new Database(path, { readonly: true });
  db.prepare(`SELECT id, headline, desk, status, updated_at FROM articles WHERE deleted_at IS NULL ORDER BY updated_at DESC LIMIT ${LIMITS.listPage}`).all();
  const top = db.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT 20');
  for (const { query } of queries) {
    const match = buildFts5Match(parseSearchQuery(query), SEARCH_COLUMNS);
    if (match !== null) top.all(match);
  }
  db.close();
} else {
  const archive = Archive.open(path, { migrationsDir });
  const { services } = archive;
  services.listArticles({ limit: LIMITS.listPage });
  services.listDesks({});
  for (const query of queries) services.searchArticles({ ...query, limit: 20 });
  const last = archive.db.prepare('SELECT max(seq) FROM articles').pluck().get() as number;
  const idAt = archive.db.prepare('SELECT id FROM articles WHERE seq >= ? AND deleted_at IS NULL ORDER BY seq LIMIT 1').pluck();
  for (let i = 0; i < 50; i += 1) {
    const id = idAt.get(1 + Math.floor(((i + 0.5) * last) / 50)) as string | undefined;
    if (id) services.relatedArticles({ id, limit: 10 });
  }
  archive.close();
}
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
/**
 * This process's own peak, in bytes. Linux keeps `ru_maxrss` across fork and exec, so
 * `resourceUsage().maxRSS` in a child reports the parent's peak when that was larger (a bench
 * that has just built a million-article archive in its own process); `VmHWM` belongs to this
 * process's memory alone.
 */
function peakResidentBytes(): number {
  try {
    const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((entry) => entry.startsWith('VmHWM:'));
    if (line) return Number(line.replace(/\D+/g, '')) * 1024;
  } catch {
    // Not Linux: the rusage figure is this process's there.
  }
  return process.resourceUsage().maxRSS * 1024;
}
const memory = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({ rssMB: megabytes(memory.rss), peakRssMB: megabytes(peakResidentBytes()), heapUsedMB: megabytes(memory.heapUsed) })}\n`,
);
