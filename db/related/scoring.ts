/**
 * How related coverage is scored. Pure functions, so the formula can be read (and tested)
 * apart from the SQL that finds the evidence.
 *
 *   score(c) = content(c) × (1 + TIME_BOOST × 0.5^(|day(c) − day(open)| / HALF_LIFE_DAYS))
 *   content(c) = Σ over the signals c shares with the open article of KIND_WEIGHT[kind] × ln(N / df)
 *
 * A signal is a confirmed entity, a tag or a key term of the open article; df is how many
 * articles carry it and N how many the archive holds, so a signal every article carries adds
 * nothing and a rare one adds most (inverse document frequency). Time multiplies content and
 * never adds to it: an article that shares nothing scores zero however close in time it is,
 * and between two that share the same things the closer one wins.
 */

export type SignalKind = 'entity' | 'tag' | 'term';

/**
 * Confirmed entities and tags were chosen by an editor; key terms are picked by arithmetic
 * and a shared word is weaker evidence than a shared subject, so a term counts half.
 */
export const KIND_WEIGHT: Readonly<Record<SignalKind, number>> = { entity: 1, tag: 1, term: 0.5 };

/** At best (same day) time doubles a candidate's content. */
export const TIME_BOOST = 1;
/** Coverage a month apart gets half the boost of same-day coverage; a year apart, almost none. */
export const HALF_LIFE_DAYS = 30;

const DAY_MS = 86_400_000;

/** ln(N / df), never negative: df is clamped to [1, N]. */
export function inverseDocumentFrequency(archiveSize: number, documentFrequency: number): number {
  const n = Math.max(1, archiveSize);
  return Math.log(n / Math.min(n, Math.max(1, documentFrequency)));
}

export function signalWeight(kind: SignalKind, archiveSize: number, documentFrequency: number): number {
  return KIND_WEIGHT[kind] * inverseDocumentFrequency(archiveSize, documentFrequency);
}

/** Whole days between two `YYYY-MM-DD` story days; infinitely far when either has no day. */
export function daysApart(a: string | null, b: string | null): number {
  if (a === null || b === null) return Number.POSITIVE_INFINITY;
  const distance = Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
  // A malformed day (never written by the app, but an import might) earns no time boost.
  return Number.isFinite(distance) ? Math.round(distance) : Number.POSITIVE_INFINITY;
}

export function timeFactor(days: number): number {
  return 1 + TIME_BOOST * 0.5 ** (days / HALF_LIFE_DAYS);
}

export function relatedScore(content: number, days: number): number {
  return content > 0 ? content * timeFactor(days) : 0;
}
