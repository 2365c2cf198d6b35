/**
 * When the text before the caret is an `@` mention being typed: `@` at the start of a line or
 * after a space or an opening bracket or quote, then up to 40 characters of a name. A name may
 * hold Persian or Latin letters, digits, half-spaces (ZWNJ) and single spaces («سازمان همکاری»),
 * a hyphen, a dot or an apostrophe; it may not start with a space or hold two in a row.
 */
import type { MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';

export const MENTION_QUERY_MAX = 40;

// ZWJ last in the class: between two other members the linter reads it as joining them.
const NAME_CHAR = "[\\p{L}\\p{M}\\p{N}\\u200c'’.\\-\\u200d]";
const SPACE = '[ \\u00a0]';
const MENTION = new RegExp(
  `(^|[\\s(«"“])@((?!${SPACE})(?:${NAME_CHAR}|${SPACE}(?!${SPACE})){0,${MENTION_QUERY_MAX}})$`,
  'u',
);

export function matchMentionTrigger(text: string): MenuTextMatch | null {
  const match = MENTION.exec(text);
  if (!match) return null;
  return {
    leadOffset: match.index + match[1].length,
    matchingString: match[2],
    replaceableString: `@${match[2]}`,
  };
}
