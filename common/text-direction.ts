export type TextDirection = 'ltr' | 'rtl';

/** The articles are Persian: text without a strong character starts right-to-left. */
export const DEFAULT_TEXT_DIRECTION: TextDirection = 'rtl';

// Letters of right-to-left scripts (Hebrew, Arabic and its supplements, presentation forms);
// not their digits (٠–٩, ۰–۹) or punctuation (، ؛ ؟), which are not a script's letters.
const RTL_LETTER = /[\u05D0-\u05EA\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0710-\u074F\u0750-\u077F\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
// Letters of the left-to-right scripts copy quotes: Latin, Greek, Cyrillic.
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/**
 * The direction of a run of text (a paragraph, a headline) by its script as a whole: the
 * script with more letters wins, so «IAEA در بیانیه‌ای اعلام کرد…» is a Persian paragraph
 * even though its first letter is Latin (diplomatic copy starts with IAEA, OPEC, NATO all the
 * time), and an English paragraph naming one Persian word stays left-to-right. A tie goes to
 * the first letter (the Unicode "first strong" rule); text with no letter at all (figures,
 * punctuation) takes `fallback`.
 */
export function directionOfText(text: string, fallback: TextDirection = DEFAULT_TEXT_DIRECTION): TextDirection {
  let rtl = 0;
  let ltr = 0;
  let first: TextDirection | null = null;
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) {
      rtl += 1;
      first ??= 'rtl';
    } else if (LTR_LETTER.test(ch)) {
      ltr += 1;
      first ??= 'ltr';
    }
  }
  if (rtl > ltr) return 'rtl';
  if (ltr > rtl) return 'ltr';
  return first ?? fallback;
}
