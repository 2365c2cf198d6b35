/**
 * Tags and manual cross-references are sets: when both archives changed an article, an item
 * added on either side is kept and one removed on either side goes, measured from the last
 * revision the two share. The same answer whichever side merges into which.
 */
export function threeWaySet<T>(base: readonly T[], ours: readonly T[], theirs: readonly T[], key: (item: T) => string): T[] {
  const baseKeys = new Set(base.map(key));
  const ourKeys = new Set(ours.map(key));
  const theirKeys = new Set(theirs.map(key));
  const kept = new Map<string, T>();
  for (const item of [...ours, ...theirs]) {
    const k = key(item);
    if (kept.has(k)) continue;
    const inBoth = ourKeys.has(k) && theirKeys.has(k);
    const added = !baseKeys.has(k);
    if (inBoth || added) kept.set(k, item);
  }
  return [...kept.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
}
