/**
 * Related coverage for the open article: archive articles that share its confirmed entities,
 * its tags and its key terms (rarer ones counting more), lifted by closeness in time. The
 * formula is in scoring.ts; how the evidence is gathered within bounds, in signals.ts and
 * candidate-pool.ts. Answers in tens of milliseconds on a 100k-article archive
 * (`npm run bench`), whatever the article mentions.
 */
import type { RelatedArticle } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { ArchiveDatabase } from '../open';
import { neighbours, preselect } from './candidate-pool';
import { RelatedQueries, type CandidateRow, type OpenArticle, type SubjectKind } from './related-queries';
import { daysApart, relatedScore } from './scoring';
import { subjectSignals, termSignals, weightOf, type Signal, type SignalBounds } from './signals';

export interface RelatedBounds extends SignalBounds {
  /** Candidates taken into the pool by the evidence listed for them. */
  poolBySignals: number;
  /** Seqs either side of the open article taken into the pool when a signal was too common to list. */
  neighbourReach: number;
}

/**
 * Tuned on the 100k-article benchmark archive (`npm run bench`): per call at most 500 rows
 * counted per entity or tag, 1000 carriers listed, 24 index queries for terms and 100
 * candidates scored, about 15 ms of CPU. Scoring a candidate reads its row and its entities
 * and tags, each a random page of a 2 GB file, so when the archive is not in memory the pool
 * size is what the answer time follows.
 */
export const DEFAULT_RELATED_BOUNDS: RelatedBounds = {
  countCap: 500,
  carrierBudget: 1000,
  termProbes: 12,
  keyTerms: 10,
  termCarriers: 100,
  termWindow: 500,
  commonFraction: 0.05,
  minCommonCount: 20,
  poolBySignals: 60,
  neighbourReach: 20,
};

export class RelatedArticles {
  private readonly queries: RelatedQueries;
  /** One read transaction: every query sees the same archive, even with a save in between. */
  private readonly findInSnapshot: (id: string, limit: number) => RelatedArticle[];

  constructor(
    db: ArchiveDatabase,
    private readonly bounds: RelatedBounds = DEFAULT_RELATED_BOUNDS,
  ) {
    this.queries = new RelatedQueries(db);
    this.findInSnapshot = db.transaction((id: string, limit: number) => this.find(id, limit));
  }

  /** Throws not_found for an unknown or deleted article. */
  forArticle(id: string, limit = 10): RelatedArticle[] {
    return this.findInSnapshot(id, limit);
  }

  private find(id: string, limit: number): RelatedArticle[] {
    const open = this.queries.openArticle(id);
    if (!open) throw new ArchiveError('not_found', `No article with id ${id}`);
    const archiveSize = Math.max(1, this.queries.archiveSize());
    const signals = [...subjectSignals(this.queries, open, this.bounds), ...termSignals(this.queries, open, archiveSize, this.bounds)];
    if (signals.length === 0) return [];
    const candidates = this.candidatePool(open, signals, archiveSize);
    const weights = signals.map((signal) => weightOf(signal, archiveSize));
    const linked = this.queries.linkedFrom(open.id);
    return rank(open, candidates, signals, weights)
      .slice(0, limit)
      .map((ranked) => toRelatedArticle(ranked, linked));
  }

  /**
   * The live candidates worth scoring, with every signal's carriers among them known and
   * every df final: the unlisted entities and tags are checked on the pool, and the counts
   * that hit their cap are estimated from the pool's neighbours.
   */
  private candidatePool(open: OpenArticle, signals: readonly Signal[], archiveSize: number): CandidateRow[] {
    const unlisted = signals.filter((signal) => !signal.complete && signal.kind !== 'term');
    const around = new Set(unlisted.length > 0 ? neighbours(open.seq, this.bounds.neighbourReach, archiveSize) : []);
    const listedWeights = signals.map((signal) => weightOf(signal, archiveSize));
    const pool = new Set([...preselect(signals, listedWeights, open.seq, this.bounds.poolBySignals), ...around]);
    const candidates = pool.size > 0 ? this.queries.liveArticles([...pool]) : [];
    this.checkUnlisted(unlisted, candidates);
    estimateCommonDf(signals, candidates.filter((row) => around.has(row.seq)), archiveSize);
    return candidates;
  }

  /** Which candidates carry the entities and tags too common to have their carriers listed. */
  private checkUnlisted(unlisted: readonly Signal[], candidates: readonly CandidateRow[]): void {
    const seqById = new Map(candidates.map((row) => [row.id, row.seq]));
    for (const kind of ['entity', 'tag'] as const satisfies readonly SubjectKind[]) {
      const byKey = new Map(unlisted.filter((signal) => signal.kind === kind).map((signal) => [signal.key, signal]));
      if (byKey.size === 0) continue;
      for (const { articleId, key } of this.queries.carriedAmong(kind, [...seqById.keys()], [...byKey.keys()])) {
        byKey.get(key)!.carriers.add(seqById.get(articleId)!);
      }
    }
  }
}

/**
 * A df counted only up to the cap is estimated from the articles entered around the open
 * one: their share carrying it, times the archive. They are an unbiased sample of entry
 * order, and a signal this common needs no precision (its idf is small either way).
 */
function estimateCommonDf(signals: readonly Signal[], sample: readonly CandidateRow[], archiveSize: number): void {
  if (sample.length === 0) return;
  for (const signal of signals) {
    if (!signal.dfIsLowerBound) continue;
    const carrying = sample.filter((row) => signal.carriers.has(row.seq)).length;
    signal.df = Math.max(signal.df, Math.round((carrying / sample.length) * archiveSize));
  }
}

interface Ranked {
  row: CandidateRow;
  /** The signals it shares with the open article, strongest first. */
  shared: Array<{ signal: Signal; weight: number }>;
  days: number;
  score: number;
}

/** Best first; equal scores by closeness in time, then the newer entry. */
function rank(open: OpenArticle, candidates: readonly CandidateRow[], signals: readonly Signal[], weights: readonly number[]): Ranked[] {
  return candidates
    .map((row) => {
      const shared = signals
        .map((signal, index) => ({ signal, weight: weights[index] }))
        .filter(({ signal }) => signal.carriers.has(row.seq))
        .sort((a, b) => b.weight - a.weight);
      // Only common words in common («عضو», «خارجه»): nothing relates the two stories.
      const content = shared.every(({ signal }) => signal.weak) ? 0 : shared.reduce((sum, { weight }) => sum + weight, 0);
      const days = daysApart(open.day, row.day);
      return { row, shared, days, score: relatedScore(content, days) };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.days - b.days || b.row.seq - a.row.seq);
}

function toRelatedArticle({ row, shared, score }: Ranked, linked: ReadonlySet<string>): RelatedArticle {
  const labels = (kind: Signal['kind']) => shared.filter(({ signal }) => signal.kind === kind).map(({ signal }) => signal.label);
  return {
    id: row.id,
    headline: row.headline,
    day: row.day,
    score: Math.round(score * 1000) / 1000,
    sharedEntities: labels('entity'),
    sharedTags: labels('tag'),
    sharedTerms: labels('term'),
    linked: linked.has(row.id),
  };
}
