/**
 * Search at newsroom scale: our layer (parse, normalise, MATCH, filters, ranking window,
 * rows, snippets) against the same MATCH run straight on FTS5 (bm25 over every match, top
 * page and count), in the same run. Where a query has more matches than are ranked, the
 * overlap of our first page with full bm25's shows what ranking the newest matches costs.
 */
import type { Archive } from '../db/archive';
import { buildFts5Match, parseSearchQuery } from '../db/search/query';
import { RANK_WINDOW, rankWindowFor } from '../db/search/search-articles';
import { SEARCH_COLUMNS, WEIGHTED_BM25 } from '../db/search/search-index';
import { round, summarise, timed, type Percentiles } from './measure';
import { BENCH_QUERIES, COMMON_WORDS, type BenchQuery } from './search-queries';

const PAGE = 20;
/** The targets at a million articles. */
export const SEARCH_TARGET_P95_MS = 50;
export const COMMON_WORD_TARGET_MS = 150;

export interface QueryFigures {
  query: string;
  filters?: BenchQuery['filters'];
  order?: BenchQuery['order'];
  total: number;
  totalKind: string;
  rankedRecent: boolean;
  ours: { wallP50: number; cpuP50: number };
  raw: { wallP50: number };
  /** For a query ranked among its newest matches: shared ids of our page and full bm25's, of 20. */
  overlapWithFullBm25?: number;
  /** The same, against bm25 over the same newest matches scored in the whole index. */
  overlapWithWindowBm25?: number;
}

export interface SearchFigures {
  ours: Percentiles & { cpuP50: number; cpuP95: number };
  raw: Percentiles;
  commonWords: { ours: Percentiles & { cpuP95: number }; raw: Percentiles; words: string[] };
  overlap: { queries: number; meanWithFullBm25: number; minWithFullBm25: number; meanWithWindowBm25: number };
  perQuery: QueryFigures[];
}

export function benchSearch(archive: Archive, runs: number): SearchFigures {
  const { db } = archive;
  const rawTop = db.prepare(`SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ${PAGE}`).pluck();
  const rawCount = db.prepare('SELECT count(*) FROM article_search WHERE article_search MATCH ?');
  const newestOf = db.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ?').pluck();
  const windowTop = db
    .prepare(`SELECT rowid FROM article_search WHERE article_search MATCH ? AND rowid >= ? ORDER BY ${WEIGHTED_BM25}, rowid DESC LIMIT ${PAGE}`)
    .pluck();
  const seqOf = db.prepare('SELECT seq FROM articles WHERE id = ?').pluck();

  const measure = (bench: BenchQuery) => {
    const match = buildFts5Match(parseSearchQuery(bench.query), SEARCH_COLUMNS)!;
    const search = () => archive.search.search({ ...bench, limit: PAGE });
    const raw = () => {
      rawTop.all(match);
      rawCount.get(match);
    };
    // Warm the page cache once so both sides are measured hot, as in a working session.
    const answer = search();
    raw();
    const ours = { wall: [] as number[], cpu: [] as number[] };
    const theirs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const mine = timed(search);
      ours.wall.push(mine.wall);
      ours.cpu.push(mine.cpu);
      theirs.push(timed(raw).wall);
    }
    return { match, answer, ours, theirs };
  };

  const perQuery: QueryFigures[] = [];
  const all = { wall: [] as number[], cpu: [] as number[], raw: [] as number[] };
  for (const bench of BENCH_QUERIES) {
    const { match, answer, ours, theirs } = measure(bench);
    all.wall.push(...ours.wall);
    all.cpu.push(...ours.cpu);
    all.raw.push(...theirs);
    const rankedRecent = answer.notices.includes('ranked_recent');
    const figures: QueryFigures = {
      query: bench.query,
      ...(bench.filters ? { filters: bench.filters } : {}),
      ...(bench.order ? { order: bench.order } : {}),
      total: answer.total,
      totalKind: answer.totalKind,
      rankedRecent,
      ours: { wallP50: round(summarise(ours.wall).p50), cpuP50: round(summarise(ours.cpu).p50) },
      raw: { wallP50: round(summarise(theirs).p50) },
    };
    // Only where our page and full bm25's rank the same set: no filters, relevance order.
    if (rankedRecent && !bench.filters && !bench.order) {
      const ourSeqs = answer.results.map((hit) => seqOf.get(hit.id) as number);
      const shared = (other: number[]) => ourSeqs.filter((seq) => other.includes(seq)).length;
      figures.overlapWithFullBm25 = shared(rawTop.all(match) as number[]);
      const newest = newestOf.all(match, rankWindowFor(match, RANK_WINDOW)) as number[];
      figures.overlapWithWindowBm25 = shared(windowTop.all(match, BigInt(newest[newest.length - 1])) as number[]);
    }
    perQuery.push(figures);
  }

  const common = { wall: [] as number[], cpu: [] as number[], raw: [] as number[] };
  for (const word of COMMON_WORDS) {
    const { ours, theirs } = measure({ query: word });
    common.wall.push(...ours.wall);
    common.cpu.push(...ours.cpu);
    common.raw.push(...theirs);
  }

  const overlaps = perQuery.filter((query) => query.overlapWithFullBm25 !== undefined);
  const mean = (values: number[]) => (values.length === 0 ? 0 : round(values.reduce((sum, value) => sum + value, 0) / values.length, 1));
  const cpu = summarise(all.cpu);
  return {
    ours: { ...roundAll(summarise(all.wall)), cpuP50: round(cpu.p50), cpuP95: round(cpu.p95) },
    raw: roundAll(summarise(all.raw)),
    commonWords: {
      ours: { ...roundAll(summarise(common.wall)), cpuP95: round(summarise(common.cpu).p95) },
      raw: roundAll(summarise(common.raw)),
      words: [...COMMON_WORDS],
    },
    overlap: {
      queries: overlaps.length,
      meanWithFullBm25: mean(overlaps.map((query) => query.overlapWithFullBm25!)),
      minWithFullBm25: overlaps.length === 0 ? 0 : Math.min(...overlaps.map((query) => query.overlapWithFullBm25!)),
      meanWithWindowBm25: mean(overlaps.map((query) => query.overlapWithWindowBm25!)),
    },
    perQuery,
  };
}

function roundAll(figures: Percentiles): Percentiles {
  return { p50: round(figures.p50), p95: round(figures.p95), max: round(figures.max), runs: figures.runs };
}
