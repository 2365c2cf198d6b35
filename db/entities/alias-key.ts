/**
 * The key an entity's name is matched by: the search normaliser's joined key, so an alias
 * typed «ظريف» (Arabic yeh) or «بین المللی» meets the text the way a search for it would.
 */
import { joinedTokensOf, normalizeSearchKey } from '../search/normalize';

export function aliasKey(name: string): string {
  return normalizeSearchKey(name.trim()).joined;
}

/** Both token forms of a name, as the matcher needs them (see alias-matcher.ts). */
export interface AliasTokens {
  /** The joined key (what `aliasKey` returns), split into tokens. */
  joined: string[];
  /** The key with kept ZWNJs as token breaks and every word stemmed (see `formsMayDiffer`). */
  spaced: string[];
}

export function aliasTokens(name: string): AliasTokens {
  const { joined, spaced } = normalizeSearchKey(name.trim());
  return { joined: splitKey(joined), spaced: splitKey(spaced) };
}

/**
 * The spaced form differs from the joined key only where the name holds a ZWNJ (or an RLM
 * that folding reads as one) or a closed-up `…های` (kept whole in the joined key), so for
 * every other name the stored key already gives both forms and the normaliser need not run
 * again. The test may say yes too often, never no wrongly: after NFKC (folding's first
 * step), any heh then any alef of the families folding unifies, with only what folding
 * deletes between them.
 */
// The marks come first in the class: after a letter, the linter reads a mark as one combined character.
const HEH_THEN_ALEF =
  /[\u0647\u0629\u06BE\u06C0-\u06C3\u06D5\u06FF][\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u00AD\u0640\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]*[\u0622\u0623\u0625\u0627\u0671-\u0673\u0675]/u;

export function formsMayDiffer(name: string): boolean {
  return name.includes('\u200c') || name.includes('\u200f') || HEH_THEN_ALEF.test(name.normalize('NFKC'));
}

export function splitKey(key: string): string[] {
  return key === '' ? [] : key.split(' ');
}

/** A line break: the normaliser never joins, drops or glues anything across one. */
const SEPARATOR = '\n';
/** A name that starts with a combining or format mark would fold with the separator before it. */
const STARTS_WITH_MARK = /^[\p{M}\p{Cf}]/u;

/**
 * `aliasTokens` for many names at once. The normaliser allocates fixed buffers on every call,
 * which made the first load of the ~2,000 starter names cost ~60–130 ms in a cold process; one
 * call over all the names, one per line, costs a few. This is exact, not an approximation: no
 * folding, affix or stemming rule reaches across a line break (pieces.ts marks it a hard gap,
 * and affixes.ts and the contextual folds stop there), and a token's source range says which
 * name it came from. tests/entities/alias-key.test.ts checks it against `aliasTokens` for
 * every starter name.
 */
export function aliasTokensOfMany(names: readonly string[]): AliasTokens[] {
  const result: AliasTokens[] = new Array(names.length);
  const batched: number[] = [];
  const starts: number[] = [];
  let text = '';
  for (let i = 0; i < names.length; i++) {
    const name = names[i].trim();
    if (name.includes(SEPARATOR) || name.includes('\r') || STARTS_WITH_MARK.test(name)) {
      result[i] = aliasTokens(name);
      continue;
    }
    if (batched.length > 0) text += SEPARATOR;
    starts.push(text.length);
    batched.push(i);
    text += name;
  }
  if (batched.length === 0) return result;

  const { tokens } = normalizeSearchKey(text);
  let t = 0;
  for (let b = 0; b < batched.length; b++) {
    const end = b + 1 < batched.length ? starts[b + 1] : text.length + 1;
    const first = t;
    while (t < tokens.length && tokens[t].start < end) t++;
    const own = tokens.slice(first, t);
    result[batched[b]] = { joined: joinedTokensOf(own).map((token) => token.key), spaced: own.map((token) => token.key) };
  }
  return result;
}
