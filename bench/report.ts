/**
 * The scale bench's report: its figures (written as JSON) and the Markdown table made of them,
 * the one README carries (`npm run bench -- --report FILE` prints it again from saved JSON).
 */
import { CLI_TARGET_MS, type CliFigures } from './cli-bench';
import { IMPORT_TARGET_RATIO, type ImportFigures } from './import-bench';
import { LIST_TARGET_MS, type ListFigures } from './list-bench';
import { MEMORY_TARGET_MB, type MemoryFigures } from './memory-bench';
import { RELATED_TARGET_P95_MS, type RelatedFigures } from './related-bench';
import { COMMON_WORD_TARGET_MS, SEARCH_TARGET_P95_MS, type SearchFigures } from './search-bench';
import type { SizeFigures } from './size-bench';

export interface BenchReport {
  machine: { cpu: string; cores: number; memoryGB: number; node: string; platform: string };
  run: { date: string; articles: number; seed: number; runs: number; loadAverage: { start: number; end: number } };
  archive: { path: string; builtSeconds: number | null };
  search: SearchFigures;
  related: RelatedFigures;
  cli: CliFigures;
  list: ListFigures;
  memory: MemoryFigures;
  size: SizeFigures;
  import: ImportFigures | null;
}

export const ms = (value: number) => `${value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1)} ms`;
const pair = (a: number, b: number) => `${ms(a).replace(' ms', '')} / ${ms(b)}`;
const times = (value: number) => `${value.toFixed(2)}×`;
const verdict = (met: boolean, how: string) => `${how}: ${met ? 'met' : 'MISSED'}`;
const bytes = (value: number) => (value >= 1e9 ? `${(value / 1e9).toFixed(2)} GB` : `${(value / 1e6).toFixed(1)} MB`);

/** The figures as a Markdown table, one row per figure: ours, the baseline, their ratio, the target. */
export function reportTable(report: BenchReport): string {
  const { search, related, cli, list, memory, size } = report;
  const rows: string[][] = [
    ['search, mixed set (p50 / p95)', pair(search.ours.p50, search.ours.p95), `raw FTS5 ${pair(search.raw.p50, search.raw.p95)}`, `${times(search.ours.p50 / search.raw.p50)} / ${times(search.ours.p95 / search.raw.p95)}`, verdict(search.ours.p95 <= SEARCH_TARGET_P95_MS, `p95 ≤ ${SEARCH_TARGET_P95_MS} ms`)],
    ['  CPU per search (p50 / p95)', pair(search.ours.cpuP50, search.ours.cpuP95), '', '', ''],
    [`very common single words (p95 / max)`, pair(search.commonWords.ours.p95, search.commonWords.ours.max), `raw FTS5 ${pair(search.commonWords.raw.p95, search.commonWords.raw.max)}`, times(search.commonWords.ours.max / search.commonWords.raw.max), verdict(search.commonWords.ours.max <= COMMON_WORD_TARGET_MS, `≤ ${COMMON_WORD_TARGET_MS} ms`)],
    [`top-20 overlap with full bm25 (${search.overlap.queries} queries ranked among their newest matches)`, `mean ${search.overlap.meanWithFullBm25} of 20, least ${search.overlap.minWithFullBm25}`, `bm25 over the same newest matches: ${search.overlap.meanWithWindowBm25} of 20`, '', ''],
    ['related coverage (p50 / p95)', pair(related.ours.p50, related.ours.p95), `FTS5 "more like this" ${pair(related.raw.p50, related.raw.p95)}`, times(related.ours.p95 / related.raw.p95), verdict(related.ours.p95 <= RELATED_TARGET_P95_MS, `p95 ≤ ${RELATED_TARGET_P95_MS} ms`)],
    ['`dabir search`, process start to exit (p50 / p95)', pair(cli.ours.p50, cli.ours.p95), `node -e 0 ${pair(cli.raw.p50, cli.raw.p95)}`, `+${ms(cli.overheadP50)}`, verdict(cli.ours.p50 < CLI_TARGET_MS, `< ${CLI_TARGET_MS} ms`)],
    ['open + first 50 rows of the list (p50 / p95)', pair(list.ours.p50, list.ours.p95), `bare connection ${pair(list.raw.p50, list.raw.p95)}`, times(list.ours.p95 / list.raw.p95), verdict(list.ours.p95 <= LIST_TARGET_MS, `≤ ${LIST_TARGET_MS} ms`)],
    ['  desks for the filter (p50 / p95)', pair(list.desks.p50, list.desks.p95), '', '', ''],
    ['serving process memory (peak RSS)', `${memory.ours.peakRssMB} MB`, `bare connection ${memory.raw.peakRssMB} MB`, times(memory.ours.peakRssMB / memory.raw.peakRssMB), verdict(memory.ours.peakRssMB < MEMORY_TARGET_MB, `< ${MEMORY_TARGET_MB} MB`)],
    ['archive size', bytes(size.fileBytes), `raw text ${bytes(size.rawTextBytes)}`, times(size.ratio), ''],
  ];
  if (report.import) {
    const { ours, raw, ratio, articles } = report.import;
    rows.push([`import of ${articles.toLocaleString('en')} articles (JSONL)`, `${ours.articlesPerSecond.toLocaleString('en')} articles/s`, `raw inserts ${raw.articlesPerSecond.toLocaleString('en')} articles/s`, times(ratio), verdict(ratio >= IMPORT_TARGET_RATIO, `≥ ${IMPORT_TARGET_RATIO}× raw`)]);
    const { rawAllRows, ratioAllRows, peakRssMB } = report.import;
    rows.push([`  beside every row it writes`, `peak ${peakRssMB} MB`, `raw inserts of all ${rawAllRows.rows.toLocaleString('en')} rows ${rawAllRows.articlesPerSecond.toLocaleString('en')} articles/s`, times(ratioAllRows), '']);
  }
  const header = ['figure', 'ours', 'baseline, same run', 'ratio', 'target'];
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/** The line under a table: the machine and how busy it was. */
export function machineLine({ machine, run }: BenchReport): string {
  return `${machine.cores} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}; load average ${run.loadAverage.start} at the start, ${run.loadAverage.end} at the end`;
}

