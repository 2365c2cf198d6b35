/**
 * `npm run bench [-- --only typing|search|event-loop|history|import-memory] [--articles N] [--seed S] [--runs R]
 *   [--related R] [--cli-runs R] [--list-runs R] [--import N] [--data DIR] [--out FILE]
 *   [--saves N] [--words N] [--keystrokes N] [--no-build]`
 * `npm run bench -- --report FILE` prints a saved run's table (bench/results/*.json) again.
 *
 * Five parts, all by default; `--only` picks one, and `--articles` alone picks the scale
 * part (`search`), the one it sizes, so `npm run bench -- --articles 2000` is a quick check.
 * - typing: typing in a 20,000-word article in Chromium, beside a plain contenteditable (typing.ts).
 * - event-loop: the longest block of the serving thread's event loop during an index rebuild of
 *   20,000 articles and a burst of N saves (event-loop-bench.ts).
 * - history: what 200 autosaves of a long article add to the archive (history-bench.ts).
 * - import-memory: the peak memory of importing the largest .txt and .jsonl accepted, each in
 *   its own process (import-memory-bench.ts).
 * - search, Dabir at newsroom scale, every figure beside its baseline from the same run: search (our
 * layer against the same MATCH straight on FTS5, and the overlap of our first page with full
 * bm25's where we rank the newest matches), very common single words, related coverage
 * (against FTS5's bm25 "more like this"), the command line's answer time (against `node -e
 * 0`), opening the archive with the first 50 rows of the list (against a bare connection),
 * the serving process's memory (against a bare connection's), the archive's size (against
 * the text it holds), and import throughput (against raw inserts of the same rows). Prints a
 * table and writes the same figures as JSON (`--out`, else bench/results/<N>-articles.json).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Archive } from '../db/archive';
import { benchArchivePath, benchDataFolder, buildBenchArchive } from './build-archive';
import { benchCli } from './cli-bench';
import { benchEventLoop, describeEventLoop } from './event-loop-bench';
import { benchHistory, reportHistory } from './history-bench';
import { benchImport } from './import-bench';
import { benchImportMemory, reportImportMemory } from './import-memory-bench';
import { benchList } from './list-bench';
import { round } from './measure';
import { benchMemory } from './memory-bench';
import { benchRelated } from './related-bench';
import { type BenchReport, machineLine, ms, reportTable } from './report';
import { benchSearch } from './search-bench';
import { benchSize } from './size-bench';
import { runTypingBench } from './typing';

/** The event-loop figures are taken on 20,000 articles, as the issue that asked for them says. */
const EVENT_LOOP_ARTICLES = 20_000;
const PARTS = ['typing', 'search', 'event-loop', 'history', 'import-memory'] as const;
type Part = (typeof PARTS)[number];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      articles: { type: 'string' },
      seed: { type: 'string', default: '1376' },
      runs: { type: 'string', default: '15' },
      related: { type: 'string', default: '200' },
      'cli-runs': { type: 'string', default: '10' },
      'list-runs': { type: 'string', default: '10' },
      import: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string' },
      saves: { type: 'string', default: '200' },
      words: { type: 'string', default: '20000' },
      keystrokes: { type: 'string', default: '150' },
      'no-build': { type: 'boolean', default: false },
      profile: { type: 'string' },
      report: { type: 'string' },
    },
  });
  const log = (line: string) => process.stdout.write(`${line}\n`);
  if (values.report !== undefined) {
    // A saved run's table again, for README, without running anything.
    const report = JSON.parse(readFileSync(resolve(values.report), 'utf8')) as BenchReport;
    log(`${reportTable(report)}\n\n${machineLine(report)}`);
    return;
  }
  if (values.only !== undefined && !(PARTS as readonly string[]).includes(values.only)) {
    throw new Error(`--only must be one of ${PARTS.join(', ')}, not "${values.only}"`);
  }
  const only = values.only as Part | undefined;
  const runs = (part: Part) => (only === undefined ? values.articles === undefined || part === 'search' : only === part);
  const seed = Number(values.seed);
  if (runs('typing')) {
    await runTypingBench({ words: values.words, keystrokes: values.keystrokes, build: !values['no-build'], profile: values.profile }, log);
  }
  if (runs('search')) {
    await benchScale({
      articles: Number(values.articles ?? 100_000),
      seed,
      runs: Number(values.runs),
      related: Number(values.related),
      cliRuns: Number(values['cli-runs']),
      listRuns: Number(values['list-runs']),
      importCount: values.import === undefined ? undefined : Number(values.import),
      data: values.data,
      out: values.out,
      log,
    });
  }
  if (runs('event-loop')) {
    log(`Dabir event-loop benchmark: ${EVENT_LOOP_ARTICLES.toLocaleString('en')} generated articles (seed ${seed}), ${values.saves} saves`);
    const figures = await benchEventLoop(EVENT_LOOP_ARTICLES, seed, Number(values.saves), log);
    log(describeEventLoop(figures).join('\n'));
  }
  if (runs('history')) reportHistory(benchHistory(), log);
  if (runs('import-memory')) reportImportMemory(benchImportMemory(), log);
}

interface ScaleOptions {
  articles: number;
  seed: number;
  runs: number;
  related: number;
  cliRuns: number;
  listRuns: number;
  /** Articles imported for the import figures; default the archive's size up to 5,000; 0 skips. */
  importCount?: number;
  data?: string;
  out?: string;
  log: (line: string) => void;
}

async function benchScale(options: ScaleOptions): Promise<void> {
  const { articles, seed, runs, log } = options;
  const folder = benchDataFolder(options.data === undefined ? undefined : resolve(options.data));
  const importCount = options.importCount ?? Math.min(articles, 5000);
  const out = resolve(options.out ?? join(__dirname, 'results', `${articles}-articles.json`));
  const loadAtStart = loadavg()[0];

  log(`Dabir benchmark at scale: ${articles.toLocaleString('en')} generated articles (seed ${seed}), archive in ${folder}`);
  const existed = benchArchivePath(articles, seed, folder);
  const building = performance.now();
  const path = buildBenchArchive(articles, seed, log, folder);
  const builtSeconds = path === existed ? null : round((performance.now() - building) / 1000, 0);

  const archive = Archive.open(path);
  if (archive.searchIndex.needsRebuild()) archive.searchIndex.rebuildNow();
  log('  search…');
  const search = benchSearch(archive, runs);
  log('  related coverage…');
  const related = benchRelated(archive, options.related);
  log('  size…');
  const size = benchSize(archive, path);
  archive.close();
  log('  opening and listing…');
  const list = benchList(path, options.listRuns);
  log('  the command line…');
  const cli = benchCli(path, options.cliRuns);
  log('  memory…');
  const memory = await benchMemory(path);
  log(importCount > 0 ? `  importing ${importCount.toLocaleString('en')} articles…` : '  (import skipped)');
  const imported = importCount > 0 ? await benchImport(importCount, seed) : null;

  const report: BenchReport = {
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: round(totalmem() / 1024 ** 3, 1),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    run: { date: new Date().toISOString(), articles, seed, runs, loadAverage: { start: round(loadAtStart, 1), end: round(loadavg()[0], 1) } },
    archive: { path, builtSeconds },
    search,
    related,
    cli,
    list,
    memory,
    size,
    import: imported,
  };

  log('');
  for (const query of search.perQuery) {
    const overlap = query.overlapWithFullBm25 === undefined ? '' : `   top-20 overlap with full bm25 ${query.overlapWithFullBm25}/20`;
    log(`  ${query.query.padEnd(28)} ${String(query.total).padStart(9)} hits${query.rankedRecent ? '*' : ' '}  ours p50 ${ms(query.ours.wallP50).padStart(9)} (CPU ${ms(query.ours.cpuP50)})   raw p50 ${ms(query.raw.wallP50).padStart(9)}${overlap}`);
  }
  log('  * ranked among the newest matches (the ranking window)');
  log('');
  log(reportTable(report));
  log(`\n${machineLine(report)}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  log(`Figures as JSON: ${out}`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
