/**
 * Test helpers: "does a search for `query` find `article`?" decided on key tokens alone, the
 * way the FTS index will: the query's spaced tokens appear, in order and adjacent, in the
 * article's spaced tokens, or its joined tokens in the article's joined tokens.
 */
import { normalizeSearchKey } from '../../db/search/normalize';

export function keyTokens(text: string): { spaced: string[]; joined: string[] } {
  const key = normalizeSearchKey(text);
  return { spaced: splitKey(key.spaced), joined: splitKey(key.joined) };
}

export function findsIt(article: string, query: string): boolean {
  const doc = keyTokens(article);
  const q = keyTokens(query);
  if (q.spaced.length === 0) return false;
  return containsSequence(doc.spaced, q.spaced) || containsSequence(doc.joined, q.joined);
}

export function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

function splitKey(key: string): string[] {
  return key === '' ? [] : key.split(' ');
}

/** The spaced key of a text: the shortest way to say what a text normalises to. */
export const spacedKey = (text: string): string => normalizeSearchKey(text).spaced;
export const joinedKey = (text: string): string => normalizeSearchKey(text).joined;
