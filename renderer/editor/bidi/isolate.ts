/**
 * Bidi isolation of a run inside a paragraph: a Latin name, an acronym, a figure or an English
 * quote inside Persian (or the reverse) is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
 * ISOLATE (U+2068 … U+2069), so it is laid out on its own and the punctuation around it stays
 * on the side the sentence puts it. They are characters in the text, so the isolation survives
 * save, reload and every export (HTML, DOCX, plain text) without a node of its own, and search
 * ignores them (the normaliser deletes bidi controls).
 */
import { $getSelection, $isRangeSelection, $isTextNode, type PointType } from 'lexical';

export const FSI = '\u2068';
export const PDI = '\u2069';
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', FSI]);

function $charBefore(point: PointType): string {
  const node = point.getNode();
  return $isTextNode(node) && point.offset > 0 ? node.getTextContent()[point.offset - 1] : '';
}

function $charAt(point: PointType): string {
  const node = point.getNode();
  return $isTextNode(node) ? (node.getTextContent()[point.offset] ?? '') : '';
}

/**
 * Wraps the selection in an isolate, or unwraps it when it is already wrapped. Returns false
 * when there is nothing to wrap (a caret, or a selection that does not start and end in text).
 */
export function $toggleIsolation(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const startNode = start.getNode();
  const endNode = end.getNode();
  if (!$isTextNode(startNode) || !$isTextNode(endNode) || !startNode.isSimpleText() || !endNode.isSimpleText()) return false;
  const startOffset = start.offset;
  const endOffset = end.offset;
  const sameNode = startNode.is(endNode);

  if (ISOLATE_OPENERS.has($charBefore(start)) && $charAt(end) === PDI) {
    endNode.spliceText(endOffset, 1, '', false);
    startNode.spliceText(startOffset - 1, 1, '', false);
    const shift = sameNode ? 1 : 0;
    selection.setTextNodeRange(startNode, startOffset - 1, endNode, endOffset - shift);
    return true;
  }
  endNode.spliceText(endOffset, 0, PDI, false);
  startNode.spliceText(startOffset, 0, FSI, false);
  // The selection stays on the words, now inside the marks.
  selection.setTextNodeRange(startNode, startOffset + 1, endNode, endOffset + (sameNode ? 1 : 0));
  return true;
}
