/**
 * Related coverage at newsroom scale: the latency of `related.forArticle(id, 10)` for articles
 * spread evenly over the archive, each asked once (as opening an article asks once), after a
 * short warm-up on other articles so the page cache is as in a working session. Beside it,
 * in the same run, what FTS5 alone offers for "more like this": bm25's top ten for any word
 * of the article's headline.
 */
import type { Archive } from '../db/archive';
import { normalizeSearchKey } from '../db/search/normalize';
import { round, summarise, timed, type Percentiles } from './measure';

/** The target at a million articles (100k: 50 ms). */
export const RELATED_TARGET_P95_MS = 100;
const LIMIT = 10;
const WARM_UP = 20;

export interface RelatedFigures {
  ours: Percentiles & { cpuP50: number; cpuP95: number };
  raw: Percentiles;
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

export function benchRelated(archive: Archive, articles: number): RelatedFigures {
  const headlineOf = archive.db.prepare<[string], string>('SELECT headline FROM articles WHERE id = ?').pluck();
  const moreLikeThis = archive.db.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?').pluck();
  const rawRelated = (id: string) => {
    const words = [...new Set(normalizeSearchKey(headlineOf.get(id) ?? '').spaced.split(' ').filter(Boolean))];
    if (words.length > 0) moreLikeThis.all(words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' OR '), LIMIT + 1);
  };

  for (const id of spreadIds(archive, WARM_UP, 0.25)) {
    archive.related.forArticle(id, LIMIT);
    rawRelated(id);
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  const raw: number[] = [];
  const totals = { results: 0, entities: 0, tags: 0, terms: 0 };
  const ids = spreadIds(archive, articles, 0.5);
  for (const id of ids) {
    const call = timed(() => archive.related.forArticle(id, LIMIT));
    wall.push(call.wall);
    cpu.push(call.cpu);
    raw.push(timed(() => rawRelated(id)).wall);
    totals.results += call.value.length;
    for (const item of call.value) {
      totals.entities += item.sharedEntities.length;
      totals.tags += item.sharedTags.length;
      totals.terms += item.sharedTerms.length;
    }
  }
  const perResult = (n: number) => round(totals.results === 0 ? 0 : n / totals.results, 1);
  const ours = summarise(wall);
  const cpuFigures = summarise(cpu);
  const rawFigures = summarise(raw);
  return {
    ours: { p50: round(ours.p50), p95: round(ours.p95), max: round(ours.max), runs: ours.runs, cpuP50: round(cpuFigures.p50), cpuP95: round(cpuFigures.p95) },
    raw: { p50: round(rawFigures.p50), p95: round(rawFigures.p95), max: round(rawFigures.max), runs: rawFigures.runs },
    results: round(totals.results / Math.max(1, ids.length), 1),
    entities: perResult(totals.entities),
    tags: perResult(totals.tags),
    terms: perResult(totals.terms),
  };
}
