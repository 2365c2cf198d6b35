/**
 * One field of an article as the name rules read it: its key tokens (the search normaliser's
 * spaced tokens, so «رئیس‌جمهور» and «رییس جمهوری» read alike), the aliases found in it with
 * the tokens they cover, and what stands between two tokens in the original text (a space, a
 * comma, or a stop such as a full stop, a colon, a bracket or a dash).
 */
import type { KeyToken } from '../search/normalize';
import type { AliasMatch, AliasMatcher } from './alias-matcher';

export interface ScannedMatch extends AliasMatch {
  /** Token range `[first, last]` (inclusive) the match covers. */
  first: number;
  last: number;
}

export type Gap = 'start' | 'space' | 'comma' | 'stop';

export interface FieldScan {
  text: string;
  tokens: KeyToken[];
  matches: ScannedMatch[];
}

const STOP = /[.!?؟:؛;()«»"“”[\]\n\-–—/|]/u;
const COMMA = /[،,]/u;

export function scanField(matcher: AliasMatcher, text: string): FieldScan {
  const { matches, tokens } = matcher.scan(text);
  // Filled in on the matches themselves, which are this scan's own: a long body has many.
  const scanned = matches.map((match) => Object.assign(match, { first: tokenAt(tokens, match.start), last: tokenEndingAt(tokens, match.end) }));
  return { text, tokens, matches: scanned };
}

/** The first token starting at or after `offset`. */
function tokenAt(tokens: readonly KeyToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The last token ending at or before `offset`. */
function tokenEndingAt(tokens: readonly KeyToken[], offset: number): number {
  let index = tokenAt(tokens, offset) - 1;
  while (index > 0 && tokens[index].end > offset) index -= 1;
  return Math.max(0, index);
}

/** What separates token `i` from the one before it. */
export function gapBefore(scan: FieldScan, i: number): Gap {
  if (i <= 0 || i >= scan.tokens.length) return 'start';
  const between = scan.text.slice(scan.tokens[i - 1].end, scan.tokens[i].start);
  if (STOP.test(between)) return 'stop';
  if (COMMA.test(between)) return 'comma';
  return 'space';
}

/** What separates token `i` from the one after it. */
export function gapAfter(scan: FieldScan, i: number): Gap {
  return i + 1 >= scan.tokens.length ? 'start' : gapBefore(scan, i + 1);
}

/** The token key at `i`, or undefined outside the field. */
export function keyAt(scan: FieldScan, i: number): string | undefined {
  return i >= 0 && i < scan.tokens.length ? scan.tokens[i].key : undefined;
}

/** The original text of tokens `first`..`last`. */
export function textOf(scan: FieldScan, first: number, last: number): string {
  return scan.text.slice(scan.tokens[first].start, scan.tokens[last].end);
}

/** Index of every match by the tokens it covers, for "is this token part of a name" questions. */
export function matchesByToken(scan: FieldScan): Map<number, ScannedMatch[]> {
  const byToken = new Map<number, ScannedMatch[]>();
  for (const match of scan.matches) {
    for (let i = match.first; i <= match.last; i++) byToken.set(i, [...(byToken.get(i) ?? []), match]);
  }
  return byToken;
}
