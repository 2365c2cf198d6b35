/**
 * Cuts a one-line passage of the original text around the words a query matched, and maps
 * the highlight ranges into it. Works paragraph by paragraph and stops at the first one that
 * matches every term, so a long article costs little more than a short one.
 */
import type { TextRange } from '../../common/contract';
import { findHighlightRanges } from './highlight';
import { tokenizeWithOffsets } from './normalize';
import type { HighlightTerm } from './query';

export interface Snippet {
  text: string;
  highlights: TextRange[];
}

export const SNIPPET_CHARS = 220;
/** Context kept before the first highlight, so a match never opens the passage cold. */
const LEAD_IN_CHARS = 60;
const ELLIPSIS = '…';

export function highlightIn(text: string, terms: readonly HighlightTerm[]): TextRange[] {
  return terms.length === 0 || text.length === 0 ? [] : findHighlightRanges(tokenizeWithOffsets(text), terms);
}

/** `paragraphs` in reading order (lead first, then the body's lines). */
export function buildSnippet(paragraphs: readonly string[], terms: readonly HighlightTerm[]): Snippet {
  let best: { text: string; ranges: TextRange[] } | null = null;
  // A passage with a mark for every term the user typed is good enough; other spellings of
  // those terms are marked when they occur, but waiting for them would read every paragraph.
  const wanted = terms.filter((term) => !term.alternative).length;
  for (const original of paragraphs) {
    if (original.trim() === '') continue;
    // Squeeze whitespace before finding the matches, so their offsets fit the passage shown.
    const paragraph = original.replace(/\s+/g, ' ');
    const ranges = highlightIn(paragraph, terms);
    if (best === null || ranges.length > best.ranges.length) best = { text: paragraph, ranges };
    if (ranges.length >= wanted && ranges.length > 0) break;
  }
  if (best === null) return { text: '', highlights: [] };
  return cutAround(best.text, best.ranges);
}

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char);
}

function cutAround(oneLine: string, ranges: readonly TextRange[]): Snippet {
  if (oneLine.length <= SNIPPET_CHARS) return { text: oneLine, highlights: ranges.map((range) => ({ ...range })) };
  let start = Math.max(0, (ranges[0]?.start ?? 0) - LEAD_IN_CHARS);
  while (start > 0 && !isSpace(oneLine[start - 1])) start -= 1;
  let end = Math.min(oneLine.length, start + SNIPPET_CHARS);
  while (end < oneLine.length && !isSpace(oneLine[end])) end += 1;
  const prefix = start > 0 ? ELLIPSIS : '';
  const body = oneLine.slice(start, end).trim();
  const shift = prefix.length - start - (oneLine.slice(start, end).length - oneLine.slice(start, end).trimStart().length);
  const highlights = ranges
    .filter((range) => range.start >= start && range.end <= end)
    .map((range) => ({ start: range.start + shift, end: range.end + shift }));
  return { text: `${prefix}${body}${end < oneLine.length ? ELLIPSIS : ''}`, highlights };
}
