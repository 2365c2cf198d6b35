/**
 * Related coverage at newsroom scale: the latency of `related.forArticle(id, 10)` for articles
 * spread evenly over the archive, each asked once (as opening an article asks once), after a
 * short warm-up on other articles so the page cache is as in a working session.
 */
import type { Archive } from '../db/archive';

export const RELATED_TARGET_P95_MS = 50;
const LIMIT = 10;
const WARM_UP = 20;

export interface RelatedBenchResult {
  /** Wall-clock milliseconds per call: what the user waits. */
  samples: number[];
  /** This process's CPU milliseconds per call: the same work, less swayed by other load on the machine. */
  cpuSamples: number[];
  /** Mean per answer: results, and shared entities, tags and terms per result. */
  results: number;
  entities: number;
  tags: number;
  terms: number;
}

/** `count` live article ids spread evenly by entry order; `shift` in [0, 1) moves the grid. */
function spreadIds(archive: Archive, count: number, shift: number): string[] {
  const last = archive.db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM articles').pluck().get() ?? 0;
  const atOrAfter = archive.db
    .prepare<[number], string>('SELECT id FROM articles WHERE seq >= ? AND deleted_at IS NULL ORDER BY seq LIMIT 1')
    .pluck();
  const ids = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const id = atOrAfter.get(1 + Math.floor(((i + shift) * last) / count));
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}

export function benchRelated(archive: Archive, articles: number): RelatedBenchResult {
  for (const id of spreadIds(archive, WARM_UP, 0.25)) archive.related.forArticle(id, LIMIT);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const totals = { results: 0, entities: 0, tags: 0, terms: 0 };
  const ids = spreadIds(archive, articles, 0.5);
  for (const id of ids) {
    const cpuBefore = process.cpuUsage();
    const started = process.hrtime.bigint();
    const related = archive.related.forArticle(id, LIMIT);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    const cpu = process.cpuUsage(cpuBefore);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
    totals.results += related.length;
    for (const item of related) {
      totals.entities += item.sharedEntities.length;
      totals.tags += item.sharedTags.length;
      totals.terms += item.sharedTerms.length;
    }
  }
  const perResult = (n: number) => (totals.results === 0 ? 0 : n / totals.results);
  return {
    samples,
    cpuSamples,
    results: totals.results / Math.max(1, ids.length),
    entities: perResult(totals.entities),
    tags: perResult(totals.tags),
    terms: perResult(totals.terms),
  };
}
