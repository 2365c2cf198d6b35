/**
 * Tags as typed. The archive matches tags by its own search key (yeh and kaf forms, half-spaces,
 * vowel marks, case); this is a lighter key for the screen only, so a chip is not added twice
 * and a typed spelling picks up the archive's spelling when it offers the same tag.
 */
// Deliberately stricter than the archive's key: two names this calls equal are one tag there
// too, so the panel never refuses a chip the archive would have kept apart.
const ARABIC_FORMS: Record<string, string> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک' };

export function looseTagKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[يىك]/g, (letter) => ARABIC_FORMS[letter] ?? letter)
    // Vowel marks, tatweel, ZWNJ/ZWJ and bidi marks do not make a different tag.
    .replace(/[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function hasTag(tags: readonly string[], name: string): boolean {
  const key = looseTagKey(name);
  return tags.some((tag) => looseTagKey(tag) === key);
}

/** Comma, Persian comma and Arabic semicolon end a tag, as Enter does. */
export const TAG_SEPARATORS = /[,،؛]/;

export function isTagSeparatorKey(key: string): boolean {
  return key.length === 1 && TAG_SEPARATORS.test(key);
}

/** A name as it will be stored: inner runs of space collapsed, ZWNJ kept. */
export function cleanTagName(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}
