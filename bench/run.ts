/**
 * `npm run bench [-- --articles N] [--seed S] [--runs R] [--related R] [--suite all|search|history|import]`
 * Search latency at newsroom scale: p50/p95 of our layer (parse, normalise, MATCH, filters,
 * rows, snippets) and of the same MATCH run straight against FTS5, as a ratio. Then related
 * coverage: p50/p95 of `related.forArticle(id, 10)` over R articles spread over the archive.
 * Then history: what 200 autosaves of a long article add to the archive (history-bench.ts),
 * and import: the peak memory of importing the largest files accepted (import-memory-bench.ts).
 * `--suite history` or `--suite import` runs only that one.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Archive } from '../db/archive';
import { buildFts5Match, parseSearchQuery } from '../db/search/query';
import { SEARCH_COLUMNS } from '../db/search/search-index';
import { buildBenchArchive } from './build-archive';
import { benchHistory, reportHistory } from './history-bench';
import { benchImportMemory, reportImportMemory } from './import-memory-bench';
import { benchRelated, RELATED_TARGET_P95_MS } from './related-bench';
import { BENCH_QUERIES } from './search-queries';

const PAGE = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarise(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

function time(run: () => unknown): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * The CPU this process spent on one run, in ms: on a machine busy with other work the wall
 * clock also counts the time spent waiting for a core, this does not.
 */
function cpuTime(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1376' },
      runs: { type: 'string', default: '15' },
      related: { type: 'string', default: '200' },
      suite: { type: 'string', default: 'all' },
    },
  });
  const log = (line: string) => process.stdout.write(`${line}\n`);
  if (values.suite === 'all' || values.suite === 'history') reportHistory(benchHistory(), log);
  if (values.suite === 'all' || values.suite === 'import') reportImportMemory(benchImportMemory(), log);
  if (values.suite === 'history' || values.suite === 'import') return;
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  const runs = Number(values.runs);

  log(`Dabir search benchmark: ${articles.toLocaleString('en')} generated articles (seed ${seed}), ${BENCH_QUERIES.length} queries × ${runs} runs`);
  const path = buildBenchArchive(articles, seed, log);
  const archive = Archive.open(path);
  if (archive.searchIndex.needsRebuild()) archive.searchIndex.rebuildNow();

  // Raw FTS5: the same MATCH expression, ranked by bm25 with the same weights, top page and count.
  const rawTop = archive.db.prepare(`SELECT rowid, rank FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ${PAGE}`);
  const rawCount = archive.db.prepare('SELECT count(*) FROM article_search WHERE article_search MATCH ?');

  const ours: number[] = [];
  const oursCpu: number[] = [];
  const raw: number[] = [];
  const perQuery: string[] = [];
  for (const bench of BENCH_QUERIES) {
    const match = buildFts5Match(parseSearchQuery(bench.query), SEARCH_COLUMNS)!;
    // Warm the page cache once so both sides are measured hot, as in a working session.
    const total = archive.search.search({ ...bench, limit: PAGE }).total;
    rawTop.all(match);
    const mine: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      mine.push(time(() => archive.search.search({ ...bench, limit: PAGE })));
      oursCpu.push(cpuTime(() => archive.search.search({ ...bench, limit: PAGE })));
      theirs.push(time(() => {
        rawTop.all(match);
        rawCount.get(match);
      }));
    }
    ours.push(...mine);
    raw.push(...theirs);
    const m = summarise(mine);
    const r = summarise(theirs);
    perQuery.push(`  ${bench.query.padEnd(28)} ${String(total).padStart(7)} hits   ours p50 ${m.p50.toFixed(2)} ms   raw p50 ${r.p50.toFixed(2)} ms`);
  }
  const related = benchRelated(archive, Number(values.related));
  archive.close();

  const o = summarise(ours);
  const r = summarise(raw);
  log(perQuery.join('\n'));
  const oc = summarise(oursCpu);
  log(`Our layer (with snippets): p50 ${o.p50.toFixed(2)} ms, p95 ${o.p95.toFixed(2)} ms`);
  log(`  process CPU per search: p50 ${oc.p50.toFixed(2)} ms, p95 ${oc.p95.toFixed(2)} ms (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
  log(`Raw FTS5 (same MATCH):     p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms`);
  log(`Ratio ours/raw: p50 ${(o.p50 / r.p50).toFixed(2)}×, p95 ${(o.p95 / r.p95).toFixed(2)}×`);

  const rel = summarise(related.samples);
  const verdict = rel.p95 < RELATED_TARGET_P95_MS ? 'within' : 'OVER';
  log(`Related coverage, forArticle(id, 10) on ${related.samples.length} articles: p50 ${rel.p50.toFixed(2)} ms, p95 ${rel.p95.toFixed(2)} ms, max ${Math.max(...related.samples).toFixed(2)} ms (${verdict} the ${RELATED_TARGET_P95_MS} ms target)`);
  const relCpu = summarise(related.cpuSamples);
  log(`  process CPU per call: p50 ${relCpu.p50.toFixed(2)} ms, p95 ${relCpu.p95.toFixed(2)} ms (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
  log(`  per answer ${related.results.toFixed(1)} articles; per article shared entities ${related.entities.toFixed(1)}, tags ${related.tags.toFixed(1)}, terms ${related.terms.toFixed(1)}`);
}

main();
