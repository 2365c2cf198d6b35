/**
 * When the text before the caret is a `[[` link being typed: `[[` then up to 60 characters of
 * a headline (anything but brackets and line breaks; headlines hold every kind of punctuation).
 */
import type { MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';

export const LINK_QUERY_MAX = 60;

const LINK = new RegExp(`\\[\\[([^\\[\\]\\r\\n]{0,${LINK_QUERY_MAX}})$`, 'u');

export function matchLinkTrigger(text: string): MenuTextMatch | null {
  const match = LINK.exec(text);
  if (!match) return null;
  return { leadOffset: match.index, matchingString: match[1], replaceableString: match[0] };
}
