/** Spelling in the contract: the archive's own words for the spellchecker, and adding one. */
import { z } from 'zod';
import { LIMITS } from '../constants';
import { method } from './method';

export interface SpellingLexicon {
  /** The newsroom dictionary: words the desk added. */
  words: string[];
  /** Names of known entities (canonical names and aliases), whose words count as known. */
  names: string[];
}

export const spellingMethods = {
  getSpellingLexicon: method<SpellingLexicon>()(z.strictObject({})),
  addDictionaryWord: method<{ word: string }>()(
    z.strictObject({ word: z.string().trim().min(1, 'must not be empty').max(LIMITS.shortText).regex(/^\S+$/u, 'must be one word') }),
  ),
} as const;
