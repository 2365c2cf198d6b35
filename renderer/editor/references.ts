/** Helpers the reference plugins (`@` mentions, `[[` links) share, run inside editor updates. */
import { $createTextNode, $isTextNode, type TextNode } from 'lexical';

/**
 * Puts `token` in place of the typed trigger and its text (`@سازمان همکاری`, `[[نشست`),
 * followed by a space unless one is already there, and leaves the caret after that space. The
 * token takes the trigger's text format, so a mention typed in bold stays bold.
 */
export function $insertReferenceToken(token: TextNode, typedTrigger: TextNode): void {
  token.setFormat(typedTrigger.getFormat());
  typedTrigger.replace(token);
  const next = token.getNextSibling();
  if ($isTextNode(next) && next.isSimpleText() && /^\s/.test(next.getTextContent())) {
    next.select(1, 1);
    return;
  }
  const space = $createTextNode(' ');
  space.setFormat(token.getFormat());
  token.insertAfter(space);
  space.select(1, 1);
}
