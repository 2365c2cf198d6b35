/**
 * How a word is checked, apart from the dictionaries themselves, so the rules are plain and
 * testable: which words are checked at all, which language checks them, and how a
 * half-space-joined Persian word is judged as one word.
 */

/** A word as the body is cut into them: letters and marks, half-spaces inside, an apostrophe inside a Latin word. */
export const WORD_PATTERN = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?|[\p{L}\p{M}]+(?:\u200C[\p{L}\p{M}]+)*/gu;

const LATIN = /^[A-Za-z\u00C0-\u024F'’]+$/;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
// Vowel marks and tatweel never make a word wrong; they are left out of the lookup.
const IGNORED_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

export type Language = 'fa' | 'en' | null;

// An acronym (IAEA, OPEC, JCPOA) is not a word to spell.
const ACRONYM = /^[A-Z]{2,}s?$/;

export function languageOf(word: string): Language {
  if (LATIN.test(word)) return word.length > 1 && !ACRONYM.test(word) ? 'en' : null;
  if (ARABIC_SCRIPT.test(word)) return word.replace(/\u200C/g, '').length > 1 ? 'fa' : null;
  return null;
}

export function lookupForm(word: string): string {
  return word.normalize('NFC').replace(IGNORED_MARKS, '');
}

/** Pieces a Persian word may be joined from with a half-space, known in their own right. */
const JOINABLE_AFFIXES = new Set(['می', 'نمی', 'بی', 'ها', 'های', 'هایی', 'تر', 'تری', 'ترین', 'ام', 'ای', 'ایم', 'اید', 'اند', 'اش', 'مان', 'تان', 'شان', 'ات', 'هاست']);

/**
 * A Persian word with half-spaces is one word: right if the dictionary has it whole, or
 * written closed up, or if every piece is a known word or one of the affixes a half-space
 * joins («کشور‌ها», «می‌شود»). It is never split into pieces to be underlined.
 */
export function isKnownPersian(word: string, known: (form: string) => boolean): boolean {
  if (known(word)) return true;
  if (!word.includes('\u200C')) return false;
  if (known(word.replace(/\u200C/g, ''))) return true;
  return word.split('\u200C').every((piece) => JOINABLE_AFFIXES.has(piece) || known(piece));
}

/** A newsroom word or an entity name, split into the words the checker compares. */
export function wordsOf(text: string): string[] {
  return Array.from(text.matchAll(WORD_PATTERN), (match) => lookupForm(match[0]));
}
