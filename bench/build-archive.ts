/**
 * Builds (once) a benchmark archive of generated articles through the real save path (tags
 * included), gives it entities and confirmed mentions, and caches it in the temp folder keyed
 * by size, seed, normaliser version, schema and BENCH_DATA, since 100k articles take minutes
 * to write.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Archive } from '../db/archive';
import { bodyFromPlainText } from '../db/editor/headless';
import { NORMALIZER_VERSION } from '../db/search/normalize';
import { generateArticle } from './generate-articles';
import { seedBenchMentions } from './seed-mentions';

const BATCH = 1000;
/** Bump when what the generator or the seeding writes changes, so no stale cache is used. */
const BENCH_DATA = 2;

/** Changes whenever a migration does, so a cached archive always has today's schema. */
function schemaFingerprint(): string {
  const dir = join(__dirname, '..', 'db', 'migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 10);
}

/**
 * Where generated archives are cached: `--data DIR` or DABIR_BENCH_DATA, else the temp folder.
 * A million articles need tens of gigabytes, more than a temp folder may hold.
 */
export function benchDataFolder(chosen?: string): string {
  return chosen ?? process.env.DABIR_BENCH_DATA ?? tmpdir();
}

export function benchArchivePath(articles: number, seed: number, folder = benchDataFolder()): string {
  return join(folder, `dabir-bench-${articles}-seed${seed}-norm${NORMALIZER_VERSION}-schema${schemaFingerprint()}-data${BENCH_DATA}.sqlite`);
}

/**
 * A cached archive of the same articles built by an older schema or normaliser: opening it
 * runs today's migrations and the index rebuild, minutes faster than writing it again.
 */
function upgradeOlderCache(articles: number, seed: number, path: string, log: (line: string) => void): boolean {
  const prefix = `dabir-bench-${articles}-seed${seed}-`;
  const suffix = `-data${BENCH_DATA}.sqlite`;
  const folder = dirname(path);
  const older = readdirSync(folder).find((name) => name.startsWith(prefix) && name.endsWith(suffix));
  if (older === undefined) return false;
  const partial = `${path}.partial`;
  for (const end of ['', '-wal', '-shm']) rmSync(partial + end, { force: true });
  renameSync(join(folder, older), partial);
  log(`  upgrading the cached ${older} (migrations, then the search index)`);
  const started = performance.now();
  const archive = Archive.open(partial);
  if (archive.searchIndex.needsRebuild()) archive.searchIndex.rebuildNow();
  archive.db.pragma('wal_checkpoint(TRUNCATE)');
  archive.db.exec('ANALYZE');
  archive.close();
  renameSync(partial, path);
  log(`  upgraded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return true;
}

/**
 * A build cut short (a million articles take hours; a machine restarts) left `<cache>.partial`,
 * possibly under an older schema's name: its written batches are kept, renamed to this
 * schema's partial, and the build goes on from the next article. Returns how many it holds.
 */
function resumablePartial(articles: number, seed: number, partial: string, log: (line: string) => void): number {
  const folder = dirname(partial);
  const prefix = `dabir-bench-${articles}-seed${seed}-`;
  const suffix = `-data${BENCH_DATA}.sqlite.partial`;
  const found = readdirSync(folder).find((name) => name.startsWith(prefix) && name.endsWith(suffix));
  if (found === undefined) return 0;
  if (join(folder, found) !== partial) {
    for (const end of ['', '-wal', '-shm']) rmSync(partial + end, { force: true });
    for (const end of ['', '-wal', '-shm']) if (existsSync(join(folder, found) + end)) renameSync(join(folder, found) + end, partial + end);
  }
  const archive = Archive.open(partial);
  const written = archive.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  archive.close();
  log(`  resuming the build cut short at ${written.toLocaleString('en')} articles`);
  return written;
}

/** 4 GiB: a bench machine's memory, not a user's; the app keeps SQLite's page cache small. */
const BUILD_CACHE_KIB = 4 * 1024 * 1024;

export function buildBenchArchive(articles: number, seed: number, log: (line: string) => void, folder = benchDataFolder()): string {
  mkdirSync(folder, { recursive: true });
  const path = benchArchivePath(articles, seed, folder);
  if (existsSync(path) || upgradeOlderCache(articles, seed, path, log)) return path;
  const partial = `${path}.partial`;
  const resumeAt = resumablePartial(articles, seed, partial, log);
  if (resumeAt === 0) for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const archive = Archive.open(partial);
  // The build's working set (a million articles' index pages, then millions of mention rows at
  // random keys) in memory: with the app's small page cache, one transaction spills and rewrites
  // the same pages to the WAL again and again (98 GB written for a 2.5 GB WAL at a million).
  archive.db.pragma(`cache_size = -${BUILD_CACHE_KIB}`);
  const started = performance.now();
  // Spread creation times over ten years so "newest first" and date filters have work to do.
  const firstDay = Date.UTC(2015, 0, 1);
  // Batches commit whole, so a cut-short build holds whole batches and goes on at the next.
  for (let start = resumeAt - (resumeAt % BATCH); start < articles; start += BATCH) {
    archive.db.transaction(() => {
      for (let index = start; index < Math.min(articles, start + BATCH); index += 1) {
        const { bodyText, ...fields } = generateArticle(index, seed);
        const at = new Date(firstDay + Math.floor((index / articles) * 3650 * 86_400_000)).toISOString();
        archive.articles.create({ ...fields, body: bodyFromPlainText(bodyText) }, { at });
      }
    })();
    const done = Math.min(articles, start + BATCH);
    if (done % 10_000 === 0 || done === articles) {
      log(`  wrote ${done.toLocaleString('en')} of ${articles.toLocaleString('en')} articles (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  const seeded = seedBenchMentions(archive, new Date(firstDay + 3650 * 86_400_000).toISOString());
  log(`  confirmed ${seeded.mentions.toLocaleString('en')} mentions of ${seeded.entities} entities (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  archive.db.pragma('wal_checkpoint(TRUNCATE)');
  archive.db.exec('ANALYZE');
  archive.close();
  renameSync(partial, path);
  return path;
}
