/**
 * The words of an article worth asking the index about: its search keys (the same keys the
 * index holds, so a key found here is a key that can be matched), counted with the fields
 * that say what a story is about weighing more, without the words that never do.
 */
import { normalizeSearchKey } from '../search/normalize';
import { STOP_WORD_KEYS } from './stop-words';

export interface ArticleText {
  headline: string;
  kicker: string;
  lead: string;
  body: string;
}

export interface TermCandidate {
  /** The search key, as the index holds it. */
  key: string;
  /** The word as the article first wrote it, for the panel. */
  label: string;
  /** Occurrences, a headline one counting as three body ones. */
  frequency: number;
}

/** A headline is what the story is about; kicker and lead say it again in brief. */
const FIELD_WEIGHTS: Readonly<Record<keyof ArticleText, number>> = { headline: 3, kicker: 2, lead: 2, body: 1 };

/** Shorter numbers are counts, days and ages, not subjects; a year (۱۴۰۲) can be one. */
const MIN_NUMBER_DIGITS = 4;
const DIGITS = /^\p{Nd}+$/u;

function mayBeKeyTerm(key: string): boolean {
  if (key.length < 2 || STOP_WORD_KEYS.has(key)) return false;
  return !DIGITS.test(key) || key.length >= MIN_NUMBER_DIGITS;
}

/** Most frequent first; among equals, longer first (a longer word is usually the rarer one). */
export function termCandidates(text: ArticleText): TermCandidate[] {
  const byKey = new Map<string, TermCandidate>();
  for (const field of Object.keys(FIELD_WEIGHTS) as Array<keyof ArticleText>) {
    const original = text[field];
    for (const token of normalizeSearchKey(original).tokens) {
      if (!mayBeKeyTerm(token.key)) continue;
      const known = byKey.get(token.key);
      if (known) known.frequency += FIELD_WEIGHTS[field];
      else byKey.set(token.key, { key: token.key, label: original.slice(token.start, token.end), frequency: FIELD_WEIGHTS[field] });
    }
  }
  return [...byKey.values()].sort((a, b) => b.frequency - a.frequency || b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
}
