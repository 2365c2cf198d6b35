/** What the toolbar shows as active, read from the selection inside an editor read. */
import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $isRootOrShadowRoot, type LexicalNode } from 'lexical';

export type BlockType = 'paragraph' | 'h2' | 'h3' | 'bullet' | 'number' | 'quote' | 'other';

export interface ToolbarState {
  blockType: BlockType;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: boolean;
}

export const INITIAL_TOOLBAR_STATE: ToolbarState = {
  blockType: 'paragraph',
  bold: false,
  italic: false,
  underline: false,
  link: false,
};

function $topLevelBlock(node: LexicalNode): LexicalNode {
  if ($isRootOrShadowRoot(node)) return node;
  return (
    $findMatchingParent(node, (candidate) => {
      const parent = candidate.getParent();
      return parent !== null && $isRootOrShadowRoot(parent);
    }) ?? node.getTopLevelElementOrThrow()
  );
}

function $blockTypeOf(anchor: LexicalNode): BlockType {
  const block = $topLevelBlock(anchor);
  if ($isListNode(block)) {
    // The innermost list decides: a numbered list nested in a bulleted one is "numbered".
    const list = $getNearestNodeOfType(anchor, ListNode) ?? block;
    const listType = list.getListType();
    return listType === 'bullet' ? 'bullet' : listType === 'number' ? 'number' : 'other';
  }
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h2' || tag === 'h3' ? tag : 'other';
  }
  if ($isQuoteNode(block)) return 'quote';
  return block.getType() === 'paragraph' ? 'paragraph' : 'other';
}

export function $readToolbarState(): ToolbarState | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const focus = selection.focus.getNode();
  return {
    blockType: $blockTypeOf(anchor),
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    link: $findMatchingParent(anchor, $isLinkNode) !== null || $findMatchingParent(focus, $isLinkNode) !== null,
  };
}

export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return a.blockType === b.blockType && a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.link === b.link;
}
