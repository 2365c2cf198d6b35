/**
 * The body's text as runs a text tool can rewrite: consecutive plain text nodes of one block,
 * read as one string. A reference token (an @mention, a [[link]]), a line break or the end of
 * a block ends a run, so a tool never rewrites a name the archive knows. Edits to a run's
 * string are written back node by node, so bold, italic and links stay on the words they were
 * on.
 */
import diff from 'fast-diff';
import { $getRoot, $isTextNode, type LexicalNode, type RangeSelection, type TextNode } from 'lexical';

export interface TextRun {
  nodes: TextNode[];
  /** Where each node starts in `text`. */
  starts: number[];
  text: string;
}

export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

const isPlainText = (node: LexicalNode): node is TextNode => $isTextNode(node) && node.isSimpleText();

/** Every run of the body, in reading order. */
export function $textRuns(): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  let previous: TextNode | null = null;
  for (const node of $getRoot().getAllTextNodes()) {
    if (!isPlainText(node)) {
      current = null;
      previous = null;
      continue;
    }
    if (current === null || previous === null || previous.getNextSibling() !== node) {
      current = { nodes: [], starts: [], text: '' };
      runs.push(current);
    }
    current.starts.push(current.text.length);
    current.nodes.push(node);
    current.text += node.getTextContent();
    previous = node;
  }
  return runs;
}

/** The part of `run` that `selection` covers, as `[start, end)` in the run's text, or null. */
export function $selectedRangeOf(run: TextRun, selection: RangeSelection): [number, number] | null {
  const [first, last] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  let start = -1;
  let end = -1;
  run.nodes.forEach((node, index) => {
    if (!node.isSelected(selection)) return;
    const nodeStart = run.starts[index];
    const nodeEnd = nodeStart + node.getTextContentSize();
    const from = first.key === node.getKey() && first.type === 'text' ? nodeStart + first.offset : nodeStart;
    const to = last.key === node.getKey() && last.type === 'text' ? nodeStart + last.offset : nodeEnd;
    if (start === -1) start = from;
    end = to;
  });
  return start === -1 || end <= start ? null : [start, end];
}

/** The smallest edits that turn `before` into `after`, a replacement being one edit. */
export function editsBetween(before: string, after: string, offset = 0): TextEdit[] {
  const edits: TextEdit[] = [];
  let position = offset;
  for (const [operation, text] of diff(before, after)) {
    if (operation === diff.EQUAL) {
      position += text.length;
      continue;
    }
    const last = edits[edits.length - 1];
    const joined = last && last.end === position;
    const edit = joined ? last : { start: position, end: position, insert: '' };
    if (!joined) edits.push(edit);
    if (operation === diff.DELETE) {
      edit.end += text.length;
      position += text.length;
    } else {
      edit.insert += text;
    }
  }
  return edits;
}

/**
 * Writes `edits` (sorted, not overlapping, in the run's original offsets) into its nodes,
 * last first so earlier offsets still hold: a deletion removes its part from each node it
 * spans, and the inserted text goes into the node the edit starts in (the last node for an
 * edit at the very end of the run).
 */
export function $applyEdits(run: TextRun, edits: readonly TextEdit[]): void {
  const sizes = run.nodes.map((node) => node.getTextContentSize());
  for (let e = edits.length - 1; e >= 0; e -= 1) {
    const { start, end, insert } = edits[e];
    let home = run.nodes.length - 1;
    for (let index = run.nodes.length - 1; index >= 0; index -= 1) {
      const nodeStart = run.starts[index];
      const nodeEnd = nodeStart + sizes[index];
      if (start >= nodeStart && start < nodeEnd) home = index;
      const from = Math.max(start, nodeStart);
      const to = Math.min(end, nodeEnd);
      if (to > from) run.nodes[index].spliceText(from - nodeStart, to - from, '', false);
    }
    if (insert !== '') {
      const node = run.nodes[home];
      node.spliceText(Math.min(start - run.starts[home], node.getTextContentSize()), 0, insert, false);
    }
  }
}
