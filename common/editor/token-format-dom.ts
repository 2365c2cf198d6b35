/**
 * Text formats on an exported reference token. Lexical's TextNode.exportDOM wraps formatted
 * text in <b>/<i>/<s>/<u>; the reference nodes build their own element, so they wrap it the
 * same way. Lexical's HTML import turns those tags back into formats on the nodes inside, so a
 * bold @mention is still bold after a round trip.
 */
import type { TextFormatType, TextNode } from 'lexical';

const FORMAT_TAGS: ReadonlyArray<[TextFormatType, string]> = [
  ['bold', 'b'],
  ['italic', 'i'],
  ['strikethrough', 's'],
  ['underline', 'u'],
];

export function wrapInFormatTags(node: TextNode, element: HTMLElement): HTMLElement {
  let outer = element;
  for (const [format, tag] of FORMAT_TAGS) {
    if (!node.hasFormat(format)) continue;
    const wrapper = element.ownerDocument.createElement(tag);
    wrapper.append(outer);
    outer = wrapper;
  }
  return outer;
}
