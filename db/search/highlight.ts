/**
 * Finds where a query's terms occur in a document's ORIGINAL text, so a snippet can mark
 * the words the writer typed even when the user typed a variant (`ايران` → `ایران`).
 * Works on key tokens, the same ones FTS5 matched.
 */
import type { KeyToken } from './normalize';
import type { HighlightTerm } from './query';

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Ranges `[start, end)` of `document` (the output of tokenizeWithOffsets) where a term's
 * spaced tokens occur in the spaced tokens, or its joined tokens in the joined tokens;
 * sorted, overlapping ranges merged.
 */
export function findHighlightRanges(
  document: { spaced: readonly KeyToken[]; joined: readonly KeyToken[] },
  terms: readonly HighlightTerm[],
): TextRange[] {
  const ranges: TextRange[] = [];
  for (const term of terms) {
    collectOccurrences(document.spaced, term.spaced, term.prefix, ranges);
    collectOccurrences(document.joined, term.joined, term.prefix, ranges);
  }
  return mergeRanges(ranges);
}

function collectOccurrences(tokens: readonly KeyToken[], keys: readonly string[], prefix: boolean, out: TextRange[]): void {
  if (keys.length === 0) return;
  const last = keys.length - 1;
  for (let i = 0; i + last < tokens.length; i++) {
    let matches = true;
    for (let k = 0; k <= last && matches; k++) {
      const key = tokens[i + k].key;
      matches = k === last && prefix ? key.startsWith(keys[k]) : key === keys[k];
    }
    if (matches) out.push({ start: tokens[i].start, end: tokens[i + last].end });
  }
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
