/** Turning the selected blocks into paragraphs, subheadings, quotes or lists. */
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, $isRangeSelection, type ElementNode, type LexicalEditor } from 'lexical';
import type { BlockType } from './toolbarState';

function $setSelectedBlocks(createBlock: () => ElementNode): void {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) $setBlocksType(selection, createBlock);
}

/** Applies `target`, or returns to a plain paragraph when the blocks already are `target`. */
export function applyBlockType(editor: LexicalEditor, current: BlockType, target: BlockType): void {
  if (target === 'bullet' || target === 'number') {
    if (current === target) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(target === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  const next = current === target ? 'paragraph' : target;
  editor.update(() => {
    if (next === 'h2' || next === 'h3') $setSelectedBlocks(() => $createHeadingNode(next));
    else if (next === 'quote') $setSelectedBlocks(() => $createQuoteNode());
    else $setSelectedBlocks(() => $createParagraphNode());
  });
}
