/**
 * Splits folded text into word pieces, the way FTS5's `unicode61` tokenizer will split the
 * key text we store: a piece is a run of letters, digits and private-use characters, the
 * categories `unicode61` keeps inside a token by default. Emitting only those characters
 * means FTS5 sees exactly our tokens, and the query goes through the same split.
 *
 * What separates two pieces is kept, because the affix rules care: a ZWNJ or a space may
 * join `می` to its verb, a comma or a line break may not.
 */
import type { FoldedText } from './fold';

/** What stood between a piece and the one before it. */
export type Gap = 'zwnj' | 'space' | 'hard';

export interface Piece {
  /** Folded text of the piece, with ignorable marks left out. */
  text: string;
  /** UTF-16 range of the original text the piece came from. */
  start: number;
  end: number;
  gapBefore: Gap;
}

const TOKEN = 1;
const ZWNJ_CLASS = 2;
const SPACE = 3;
/** Combining marks and format characters folding kept: invisible, so they do not split. */
const IGNORABLE = 4;
const HARD = 5;

const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;
const INVISIBLE_CHAR = /[\p{M}\p{Cf}]/u;

/**
 * The class of each BMP code unit, worked out the first time it is met (0 until then):
 * testing all 65,536 up front took tens of milliseconds of every `dabir` command's start.
 */
const CHAR_CLASS = new Uint8Array(0x10000);
CHAR_CLASS[0x200c] = ZWNJ_CLASS;
CHAR_CLASS[0x20] = SPACE;
CHAR_CLASS[0x09] = SPACE;

function classOf(code: number): number {
  const known = CHAR_CLASS[code];
  return known !== 0 ? known : learnClass(code);
}

function learnClass(code: number): number {
  const ch = String.fromCharCode(code);
  const cls = code >= 0xd800 && code <= 0xdfff ? HARD : TOKEN_CHAR.test(ch) ? TOKEN : INVISIBLE_CHAR.test(ch) ? IGNORABLE : HARD;
  CHAR_CLASS[code] = cls;
  return cls;
}

function classifyAstral(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  if (TOKEN_CHAR.test(ch)) return TOKEN;
  if (INVISIBLE_CHAR.test(ch)) return IGNORABLE;
  return HARD;
}

export function splitIntoPieces(folded: FoldedText): Piece[] {
  const { codes, sourceStart, sourceEnd, text } = folded;
  const n = folded.length;
  const pieces: Piece[] = [];
  // The gap seen since the last piece; `null` until the first separator after it.
  let gap: Gap | null = 'hard';
  let i = 0;
  while (i < n) {
    const width = charWidth(codes, i, n);
    const cls = width === 1 ? classOf(codes[i]) : classifyAstral(text.codePointAt(i)!);
    if (cls !== TOKEN) {
      if (cls === HARD) gap = 'hard';
      else if (cls === SPACE && gap !== 'hard') gap = 'space';
      else if (cls === ZWNJ_CLASS && gap === null) gap = 'zwnj';
      i += width;
      continue;
    }
    const start = i;
    let hasIgnorable = false;
    let end = i + width;
    while (end < n) {
      const nextWidth = charWidth(codes, end, n);
      const next = nextWidth === 1 ? classOf(codes[end]) : classifyAstral(text.codePointAt(end)!);
      if (next === IGNORABLE) hasIgnorable = true;
      else if (next !== TOKEN) break;
      end += nextWidth;
    }
    pieces.push({
      text: hasIgnorable ? withoutIgnorables(text, start, end) : text.slice(start, end),
      start: sourceStart[start],
      end: sourceEnd[end - 1],
      gapBefore: pieces.length === 0 ? 'hard' : (gap ?? 'hard'),
    });
    gap = null;
    i = end;
  }
  return pieces;
}

/** 2 for a surrogate pair (an astral character), else 1. */
function charWidth(codes: Uint16Array, i: number, n: number): number {
  const code = codes[i];
  return code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
}

function withoutIgnorables(text: string, start: number, end: number): string {
  let out = '';
  for (const ch of text.slice(start, end)) {
    const cp = ch.codePointAt(0)!;
    const cls = cp < 0x10000 ? classOf(cp) : classifyAstral(cp);
    if (cls === TOKEN) out += ch;
  }
  return out;
}
