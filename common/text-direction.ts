import { getTextDirection } from 'lexical';

export type TextDirection = 'ltr' | 'rtl';

/** The articles are Persian: text without a strong character starts right-to-left. */
export const DEFAULT_TEXT_DIRECTION: TextDirection = 'rtl';

// Letters of right-to-left scripts (Hebrew, Arabic and its supplements, presentation forms).
const RTL_LETTER = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
// Letters of the left-to-right scripts copy quotes: Latin, Greek, Cyrillic.
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/**
 * The direction of a run of text (a paragraph, a headline) by its script as a whole: the
 * script with more letters wins, so «IAEA در بیانیه‌ای اعلام کرد…» is a Persian paragraph
 * even though its first letter is Latin (diplomatic copy starts with IAEA, OPEC, NATO all the
 * time), and an English paragraph naming one Persian word stays left-to-right. A tie goes to
 * the first strong character (the Unicode "first strong" rule, with Lexical's tables); text
 * with no letter at all takes `fallback`.
 */
export function directionOfText(text: string, fallback: TextDirection = DEFAULT_TEXT_DIRECTION): TextDirection {
  let rtl = 0;
  let ltr = 0;
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) rtl += 1;
    else if (LTR_LETTER.test(ch)) ltr += 1;
  }
  if (rtl > ltr) return 'rtl';
  if (ltr > rtl) return 'ltr';
  return getTextDirection(text) ?? fallback;
}
