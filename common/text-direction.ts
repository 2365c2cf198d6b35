import { getTextDirection } from 'lexical';

export type TextDirection = 'ltr' | 'rtl';

/** The articles are Persian: text without a strong character starts right-to-left. */
export const DEFAULT_TEXT_DIRECTION: TextDirection = 'rtl';

/**
 * The direction of a run of text by its first strongly directional character (the Unicode
 * bidi "first strong" rule, as `dir="auto"` would do it), or `fallback` when it has none.
 * Lexical's own tables are used so the editor and the plain inputs agree.
 */
export function directionOfText(text: string, fallback: TextDirection = DEFAULT_TEXT_DIRECTION): TextDirection {
  return getTextDirection(text) ?? fallback;
}
