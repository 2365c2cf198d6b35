/**
 * Setting the direction of the selected paragraphs by hand (right-to-left, left-to-right) or
 * handing them back to the automatic rule. The choice is node state, saved with the body.
 */
import { $isListItemNode, $isListNode } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, type ElementNode, type LexicalNode } from 'lexical';
import {
  $directionChoiceOf,
  $isDirectionalBlock,
  $setDirectionChoice,
  type DirectionChoice,
} from '../../../common/editor/block-direction';

/** The paragraph-like block a node is in: a paragraph, heading, quote or list item. */
function $leafBlockOf(node: LexicalNode): ElementNode | null {
  const block = $isDirectionalBlock(node) && !$isListNode(node) ? node : $findMatchingParent(node, (candidate) => $isDirectionalBlock(candidate) && !$isListNode(candidate));
  return block as ElementNode | null;
}

function $selectedBlocks(): ElementNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const blocks = new Map<string, ElementNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes(), selection.focus.getNode()]) {
    const block = $leafBlockOf(node);
    if (block) blocks.set(block.getKey(), block);
  }
  return [...blocks.values()];
}

export function $setSelectedDirection(choice: DirectionChoice): void {
  for (const block of $selectedBlocks()) {
    $setDirectionChoice(block, choice);
    // A list runs the way its items do: its bullets or numbers go on that side.
    const list = $isListItemNode(block) ? block.getParent() : null;
    if ($isListNode(list)) $setDirectionChoice(list, choice);
  }
}

/** The choice of the block the caret is in, for the toolbar. */
export function $caretDirectionChoice(): DirectionChoice {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'auto';
  const block = $leafBlockOf(selection.anchor.getNode());
  return block ? $directionChoiceOf(block) : 'auto';
}
