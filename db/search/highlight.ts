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
 *
 * Whole words only: a match in the spaced tokens must begin and end where a word of the
 * joined tokens does, so «ای» is no hit inside «بیانیه‌ای» and «بین» none inside «بین‌المللی»
 * (the word is marked whole when the query meets it whole). A prefix may end inside a word.
 */
export function findHighlightRanges(
  document: { spaced: readonly KeyToken[]; joined: readonly KeyToken[] },
  terms: readonly HighlightTerm[],
): TextRange[] {
  const ranges: TextRange[] = [];
  const words = { starts: new Set(document.joined.map((token) => token.start)), ends: new Set(document.joined.map((token) => token.end)) };
  for (const term of terms) {
    collectOccurrences(document.spaced, term.spaced, term.prefix, ranges, words);
    collectOccurrences(document.joined, term.joined, term.prefix, ranges);
  }
  return mergeRanges(ranges);
}

function collectOccurrences(
  tokens: readonly KeyToken[],
  keys: readonly string[],
  prefix: boolean,
  out: TextRange[],
  words?: { starts: ReadonlySet<number>; ends: ReadonlySet<number> },
): void {
  if (keys.length === 0) return;
  const last = keys.length - 1;
  for (let i = 0; i + last < tokens.length; i++) {
    let matches = true;
    for (let k = 0; k <= last && matches; k++) {
      const key = tokens[i + k].key;
      matches = k === last && prefix ? key.startsWith(keys[k]) : key === keys[k];
    }
    if (!matches) continue;
    const range = { start: tokens[i].start, end: tokens[i + last].end };
    if (words && (!words.starts.has(range.start) || (!prefix && !words.ends.has(range.end)))) continue;
    out.push(range);
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
