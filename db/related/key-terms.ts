/**
 * The words of an article worth asking the index about: its search keys (the same keys the
 * index holds, so a key found here is a key that can be matched), counted with the fields
 * that say what a story is about weighing more, without the words that never do.
 *
 * Whole words: a word joined by a half-space is one term («گفت‌وگوها» is «گفت‌وگو», never
 * «وگو»), as the joined key of the index holds it. A verb made with «می» («می‌یابد») is never
 * a term, and the commonest words of diplomatic copy («عضو», «خارجه») are weak: they count
 * only beside something stronger (signals.ts).
 */
import { joinedTokensOf, normalizeSearchKey } from '../search/normalize';
import { STOP_WORD_KEYS, WEAK_WORD_KEYS } from './stop-words';

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
  /** Too common to relate two stories on its own. */
  weak: boolean;
}

/** A headline is what the story is about; kicker and lead say it again in brief. */
const FIELD_WEIGHTS: Readonly<Record<keyof ArticleText, number>> = { headline: 3, kicker: 2, lead: 2, body: 1 };

/** Shorter numbers are counts, days and ages, not subjects; a year (۱۴۰۲) can be one. */
const MIN_NUMBER_DIGITS = 4;
const DIGITS = /^\p{Nd}+$/u;

/** «می‌یابد», «نمی شود»: a verb with its prefix written apart, whatever the verb. */
const VERB_PREFIX = /^ن?م[یي][\u200c\u200f ]/u;

function mayBeKeyTerm(key: string, written: string): boolean {
  if (key.length < 2 || STOP_WORD_KEYS.has(key) || VERB_PREFIX.test(written)) return false;
  return !DIGITS.test(key) || key.length >= MIN_NUMBER_DIGITS;
}

/** Most frequent first; among equals, longer first (a longer word is usually the rarer one). */
export function termCandidates(text: ArticleText): TermCandidate[] {
  const byKey = new Map<string, TermCandidate>();
  for (const field of Object.keys(FIELD_WEIGHTS) as Array<keyof ArticleText>) {
    const original = text[field];
    for (const token of joinedTokensOf(normalizeSearchKey(original).tokens)) {
      const written = original.slice(token.start, token.end);
      if (!mayBeKeyTerm(token.key, written)) continue;
      const known = byKey.get(token.key);
      if (known) known.frequency += FIELD_WEIGHTS[field];
      else byKey.set(token.key, { key: token.key, label: written, frequency: FIELD_WEIGHTS[field], weak: WEAK_WORD_KEYS.has(token.key) });
    }
  }
  return [...byKey.values()].sort((a, b) => b.frequency - a.frequency || b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
}
