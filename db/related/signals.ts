/**
 * The evidence an article offers for finding its related coverage: its confirmed entities,
 * its tags and its key terms, each with how many articles carry it (df) and which ones.
 *
 * Everything here is bounded, because a 100k-article archive has entities in 40% of its
 * articles and words in all of them:
 * - df is counted no further than `countCap`; beyond that it is estimated later from the
 *   articles around the open one (see estimateCommonDf in related-articles.ts).
 * - The articles carrying an entity or a tag are listed only while a shared row budget lasts,
 *   rarest first (the rare ones weigh most and cost least). The others stay unlisted: whether
 *   a candidate carries them is asked for the candidate pool only.
 * - Key terms: a few of the article's most frequent words are tried. A word carried by at
 *   most `termCarriers` articles has them all listed; a commoner one, those around the open
 *   one; one carried by more than `commonFraction` of the articles around the open one (and
 *   by more than `termCarriers` in all) is dropped, as it costs and tells nothing. Of the
 *   rest, the `keyTerms` with the highest frequency × idf are kept.
 */
import type { OpenArticle, RelatedQueries, SubjectKind } from './related-queries';
import { termCandidates } from './key-terms';
import { inverseDocumentFrequency, signalWeight, type SignalKind } from './scoring';

export interface Signal {
  kind: SignalKind;
  /** Entity id, tag id, or the search key of a term. */
  key: string;
  label: string;
  /** Articles carrying it, the open one included; only a lower bound while `dfIsLowerBound`. */
  df: number;
  dfIsLowerBound: boolean;
  /** Seqs of other articles known to carry it. */
  carriers: Set<number>;
  /** `carriers` lists every article carrying it. */
  complete: boolean;
  /** A common word («عضو», «خارجه»): it never relates two articles on its own. */
  weak?: boolean;
}

export interface SignalBounds {
  /** df is counted no further than this. */
  countCap: number;
  /** Rows spent listing the carriers of entities and tags, per call. */
  carrierBudget: number;
  /** Words whose df is looked up, most frequent first. */
  termProbes: number;
  /** Key terms kept. */
  keyTerms: number;
  /** A word carried by at most this many articles has all of them listed. */
  termCarriers: number;
  /** Seqs either side of the open article in which a word's local frequency is measured. */
  termWindow: number;
  /** A word in more than this share of the articles around is too common to be a key term… */
  commonFraction: number;
  /** …unless it is in no more than this many (a small archive has no "too common" words). */
  minCommonCount: number;
}

export function weightOf(signal: Signal, archiveSize: number): number {
  return signalWeight(signal.kind, archiveSize, signal.df);
}

/** Confirmed entities and tags of the open article, their carriers listed rarest first. */
export function subjectSignals(queries: RelatedQueries, open: OpenArticle, bounds: SignalBounds): Signal[] {
  const subjects = (['entity', 'tag'] as const satisfies readonly SubjectKind[]).flatMap((kind) =>
    queries.subjectsOf(kind, open.id).map(({ key, label }) => ({ kind, key, label, df: queries.countUpTo(kind, key, bounds.countCap) })),
  );
  subjects.sort((a, b) => a.df - b.df);
  let budget = bounds.carrierBudget;
  const signals: Signal[] = [];
  for (const { kind, key, label, df } of subjects) {
    // Carried by the open article alone: nothing to find through it.
    if (df <= 1) continue;
    const signal: Signal = { kind, key, label, df, dfIsLowerBound: df >= bounds.countCap, carriers: new Set(), complete: false };
    if (!signal.dfIsLowerBound && df <= budget) {
      for (const seq of queries.carriers(kind, key)) if (seq !== open.seq) signal.carriers.add(seq);
      signal.complete = true;
      budget -= df;
    }
    signals.push(signal);
  }
  return signals;
}

/** The open article's key terms, with the articles (all, or those near it) carrying them. */
export function termSignals(queries: RelatedQueries, open: OpenArticle, archiveSize: number, bounds: SignalBounds): Signal[] {
  const from = Math.max(1, open.seq - bounds.termWindow);
  const to = Math.min(archiveSize, open.seq + bounds.termWindow);
  const windowSize = to - from + 1;
  const windowIsArchive = from === 1 && to >= archiveSize;
  const tooCommon = Math.max(bounds.minCommonCount, Math.ceil(bounds.commonFraction * windowSize));

  const kept: Array<{ signal: Signal; rank: number }> = [];
  for (const candidate of termCandidates(open).slice(0, bounds.termProbes)) {
    // A rare word is listed in full in one short read, even when the days around the open
    // article are full of it: the story of the week is what related coverage is about.
    const anywhere = queries.termCarriers(candidate.key, bounds.termCarriers + 1);
    let carriers = anywhere;
    let complete = anywhere.length <= bounds.termCarriers;
    let df = anywhere.length;
    if (!complete) {
      const near = queries.termCarriersBetween(candidate.key, from, to, tooCommon + 1);
      if (near.length > tooCommon) continue;
      carriers = near;
      complete = windowIsArchive;
      // Too many to list: the frequency around the open article stands for the archive's.
      df = windowIsArchive ? near.length : Math.max(anywhere.length, Math.round((near.length * archiveSize) / windowSize));
    }
    if (df <= 1) continue;
    const signal: Signal = {
      kind: 'term',
      key: candidate.key,
      label: candidate.label,
      df,
      dfIsLowerBound: false,
      carriers: new Set(carriers.filter((seq) => seq !== open.seq)),
      complete,
      weak: candidate.weak,
    };
    kept.push({ signal, rank: candidate.frequency * inverseDocumentFrequency(archiveSize, df) });
  }
  return kept
    .sort((a, b) => b.rank - a.rank)
    .slice(0, bounds.keyTerms)
    .map(({ signal }) => signal);
}
