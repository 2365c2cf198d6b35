/**
 * Which articles get scored in full. Listing carriers is cheap per row but scoring a
 * candidate is not (its row, its entities and tags are read), so only a bounded pool is
 * scored: the best candidates by the evidence already listed, and — when some entity or tag
 * was too common to list — the articles entered just before and after the open one, where
 * coverage of the same events sits and where the common signals are then checked.
 */
import type { Signal } from './signals';

/**
 * The `size` seqs with the most listed evidence. Story days are not known yet (reading them
 * is what the pool bounds), so among equals the nearer in entry order comes first: articles
 * enter the archive roughly in the order of their stories.
 */
export function preselect(signals: readonly Signal[], weights: readonly number[], openSeq: number, size: number): number[] {
  const evidence = new Map<number, number>();
  signals.forEach((signal, index) => {
    // A signal every article carries (idf 0) would fill the pool with nothing to gain.
    if (weights[index] <= 0) return;
    for (const seq of signal.carriers) evidence.set(seq, (evidence.get(seq) ?? 0) + weights[index]);
  });
  return [...evidence]
    .sort(([seqA, a], [seqB, b]) => b - a || Math.abs(seqA - openSeq) - Math.abs(seqB - openSeq) || seqB - seqA)
    .slice(0, size)
    .map(([seq]) => seq);
}

/** The seqs within `reach` of the open article's, itself excluded. */
export function neighbours(openSeq: number, reach: number, archiveSize: number): number[] {
  const seqs: number[] = [];
  for (let seq = Math.max(1, openSeq - reach); seq <= Math.min(archiveSize, openSeq + reach); seq += 1) {
    if (seq !== openSeq) seqs.push(seq);
  }
  return seqs;
}
