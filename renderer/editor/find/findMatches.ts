/**
 * Where a query occurs in a run of text, optionally through the search normaliser's character
 * folding (so «ايران» finds «ایران», «1376» finds «۱۳۷۶», «مسأله» finds «مسئله» where folding
 * makes them one), and optionally only as a whole word. A half-space is part of a word, so
 * «شود» is not a whole word inside «می‌شود». With folding, half-spaces are ignored on both
 * sides too («میشود» finds «می‌شود»), as search does.
 */
import { foldWithOffsets } from '../../../common/persian-fold';

export interface FindOptions {
  fold: boolean;
  wholeWord: boolean;
}

export interface Match {
  start: number;
  end: number;
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}\u200C]/u;
const ZWNJ_CODE = 0x200c;

interface Searchable {
  text: string;
  /** For each code unit of `text`, the `[start, end)` of the original it came from. */
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
}

function identity(text: string): Searchable {
  const starts = Array.from({ length: text.length }, (_, i) => i);
  return { text, starts, ends: starts.map((i) => i + 1) };
}

function folded(text: string): Searchable {
  const result = foldWithOffsets(text);
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < result.length; i += 1) {
    const code = result.codes[i];
    if (code === ZWNJ_CODE) continue;
    out += String.fromCharCode(code);
    starts.push(result.sourceStart[i]);
    ends.push(result.sourceEnd[i]);
  }
  return { text: out, starts, ends };
}

export function foldQuery(query: string, options: FindOptions): string {
  return options.fold ? folded(query).text : query;
}

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  return !(before && WORD_CHARACTER.test(before)) && !(after && WORD_CHARACTER.test(after));
}

export function findMatches(text: string, query: string, options: FindOptions): Match[] {
  const needle = foldQuery(query, options);
  if (needle === '') return [];
  const haystack = options.fold ? folded(text) : identity(text);
  const matches: Match[] = [];
  for (let at = haystack.text.indexOf(needle); at !== -1; at = haystack.text.indexOf(needle, at + needle.length)) {
    const start = haystack.starts[at];
    const end = haystack.ends[at + needle.length - 1];
    if (options.wholeWord && !isWholeWord(text, start, end)) continue;
    matches.push({ start, end });
  }
  return matches;
}
