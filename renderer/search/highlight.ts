/**
 * Splits a string into plain and highlighted pieces from the archive's `[start, end)` ranges,
 * so the UI renders text nodes and <mark> elements and never parses markup. Ranges are
 * checked rather than trusted: out of bounds, empty, unsorted or overlapping ranges are
 * clamped, dropped, sorted and merged, so a bad range can shift a highlight but never throw.
 */
import type { TextRange } from '../../common/contract';

export interface TextPiece {
  text: string;
  highlighted: boolean;
}

function cleanRanges(length: number, ranges: readonly TextRange[]): TextRange[] {
  const clamped = ranges
    .filter((range) => Number.isFinite(range.start) && Number.isFinite(range.end))
    .map((range) => ({ start: Math.max(0, Math.trunc(range.start)), end: Math.min(length, Math.trunc(range.end)) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of clamped) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

export function splitHighlights(text: string, ranges: readonly TextRange[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const range of cleanRanges(text.length, ranges)) {
    if (range.start > at) pieces.push({ text: text.slice(at, range.start), highlighted: false });
    pieces.push({ text: text.slice(range.start, range.end), highlighted: true });
    at = range.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), highlighted: false });
  return pieces;
}

const ELLIPSIS = '…';

/**
 * The list column is narrow and shows three lines of a passage, while the archive's passage
 * may open a long paragraph before its first match. This starts the passage a few words
 * before the first marked word (at a space, so no word is cut), so the mark is in view.
 */
export function startNearFirstHighlight(text: string, ranges: readonly TextRange[], leadIn = 40): { text: string; ranges: TextRange[] } {
  const clean = cleanRanges(text.length, ranges);
  const first = clean[0]?.start;
  if (first === undefined || first <= leadIn) return { text, ranges: clean };
  const space = text.slice(first - leadIn, first).search(/\s/);
  const start = space === -1 ? first : first - leadIn + space + 1;
  const shift = ELLIPSIS.length - start;
  return {
    text: `${ELLIPSIS}${text.slice(start)}`,
    ranges: clean.map((range) => ({ start: range.start + shift, end: range.end + shift })),
  };
}
