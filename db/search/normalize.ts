/**
 * The Persian search key: one function for the index AND every query, so a variant typed by
 * the user meets the variant the writer typed (rulebook: docs/persian-text.md).
 *
 * Pipeline: fold characters (fold.ts) → split into pieces (pieces.ts) → join separated
 * prefixes and drop separated suffixes (affixes.ts) → light stemming (stem.ts).
 *
 * A ZWNJ the rules keep (`بین‌المللی`) is written twice: the `spaced` key splits there and
 * the `joined` key closes it up, so `بین المللی` meets the first and `بینالمللی` the second.
 * The joined key also keeps a closed-up `…های` whole where the spaced key has its stem, so
 * `هستهای` meets `هسته‌ای` (see `wholeWordBesideStem`).
 */
import { foldWithOffsets } from './fold';
import { applyAffixRules } from './affixes';
import { splitIntoPieces } from './pieces';
import { splitAttachedBe, stemWord, wholeWordBesideStem } from './stem';

export { foldCharacters } from './fold';

/**
 * Bump on ANY change to folding, affix or stemming rules or their word lists: the stored
 * FTS keys were made by the old rules, and the archive rebuilds its index when this changes.
 */
export const NORMALIZER_VERSION = 2;

/** A key token and the UTF-16 range `[start, end)` of the original text it stands for. */
export interface KeyToken {
  key: string;
  start: number;
  end: number;
}

/** A token of the spaced key. */
export interface NormalizedToken extends KeyToken {
  /**
   * A kept ZWNJ glues it to the token before: the joined key writes the two as one token.
   * Tokens from one attached word (`بعنوان` → `به` `عنوان`) share the word's range.
   */
  zwnjBefore: boolean;
  /** The word as written, for the joined key, where stemming read an attached `های` as a plural. */
  whole?: string;
}

export interface NormalizedText {
  /** Key tokens separated by spaces, kept ZWNJs turned into spaces: for the `*_spaced` columns. */
  spaced: string;
  /**
   * Key tokens separated by spaces, kept ZWNJs deleted and a closed-up `…های` kept whole:
   * for the `*_joined` columns.
   */
  joined: string;
  /** The spaced tokens with their original ranges, in order. */
  tokens: NormalizedToken[];
}

export function normalizeSearchKey(text: string): NormalizedText {
  const tokens = keyTokens(text);
  const spacedParts: string[] = new Array(tokens.length);
  const joinedParts: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    spacedParts[i] = token.key;
    // As joinedTokensOf, without an object per token: this runs on every save.
    if (token.zwnjBefore && joinedParts.length > 0) joinedParts[joinedParts.length - 1] += joinedKeyOf(token);
    else joinedParts.push(joinedKeyOf(token));
  }
  return { spaced: spacedParts.join(' '), joined: joinedParts.join(' '), tokens };
}

/**
 * The key tokens of `original` in both forms, each with the original range it covers, for
 * highlighting: a query's spaced tokens are looked for in `spaced`, its joined ones in
 * `joined`. Same tokens and order as `normalizeSearchKey(original)`.
 */
export function tokenizeWithOffsets(original: string): { spaced: KeyToken[]; joined: KeyToken[] } {
  const tokens = keyTokens(original);
  return { spaced: tokens.map(({ key, start, end }) => ({ key, start, end })), joined: joinedTokensOf(tokens) };
}

/** Closes up the tokens a kept ZWNJ glued, words kept whole: the token list of the joined key. */
export function joinedTokensOf(tokens: readonly NormalizedToken[]): KeyToken[] {
  const joined: KeyToken[] = [];
  for (const token of tokens) {
    const last = joined[joined.length - 1];
    const key = joinedKeyOf(token);
    if (token.zwnjBefore && last !== undefined) {
      last.key += key;
      last.end = Math.max(last.end, token.end);
    } else {
      joined.push({ key, start: token.start, end: token.end });
    }
  }
  return joined;
}

/** A token's part of the joined key: the word kept whole, or its key. */
const joinedKeyOf = (token: NormalizedToken): string => token.whole ?? token.key;

function keyTokens(text: string): NormalizedToken[] {
  const pieces = applyAffixRules(splitIntoPieces(foldWithOffsets(text)));
  const tokens: NormalizedToken[] = [];
  for (const { text: word, start, end, gapBefore } of pieces) {
    const zwnjBefore = gapBefore === 'zwnj' && tokens.length > 0;
    const split = splitAttachedBe(word);
    if (split !== undefined) {
      tokens.push(
        { key: split[0], start, end, zwnjBefore, whole: undefined },
        { key: split[1], start, end, zwnjBefore: false, whole: undefined },
      );
    } else {
      tokens.push({ key: stemWord(word), start, end, zwnjBefore, whole: wholeWordBesideStem(word) });
    }
  }
  return tokens;
}
