/**
 * Word and character counts as the editor shows them under an article; the history panel lists
 * each revision by the same count, so the two agree.
 */
export interface TextCounts {
  words: number;
  characters: number;
}

// Format characters that join or separate letters but are not letters: ZWNJ, ZWJ, bidi marks
// and embeddings/isolates, the BOM, the soft hyphen.
const INVISIBLE_FORMAT_CHARACTERS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;
const LINE_BREAKS = /[\r\n\u2028\u2029]/g;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Word and character counts for an article body.
 *
 * Words: runs of text between whitespace that contain at least one letter or digit. ZWNJ is
 * not whitespace, so «می‌شود» and «بین‌المللی» are one word each, as a Persian reader counts
 * them; a lone dash or «» is not a word.
 *
 * Characters: what a reader sees, the way desks count for a column: user-perceived characters
 * (grapheme clusters, so a letter with its vowel mark counts once), spaces included, paragraph
 * breaks and invisible format characters (ZWNJ and bidi marks) not counted. Typing a half-space
 * therefore never changes the character count.
 */
export function countText(text: string): TextCounts {
  const words = countWords(text);
  const visible = text.replace(LINE_BREAKS, '').replace(INVISIBLE_FORMAT_CHARACTERS, '');
  let characters = 0;
  for (const _ of graphemes.segment(visible)) characters += 1;
  return { words, characters };
}


/** How many words `text` has, as `countText` counts them, without keeping them. */
export function countWords(text: string): number {
  let words = 0;
  for (const [token] of text.matchAll(/\S+/gu)) if (HAS_LETTER_OR_DIGIT.test(token)) words += 1;
  return words;
}

/** The words of `text` as `countText` counts them, in order. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter((token) => HAS_LETTER_OR_DIGIT.test(token));
}
