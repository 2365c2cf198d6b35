/**
 * Gives every block of the body an explicit `dir`: a paragraph whose first strong character is
 * Latin runs left-to-right, a Persian one right-to-left.
 *
 * Lexical 0.52 no longer computes direction itself: a top-level block whose direction is unset
 * is rendered with `dir="auto"`, and nested blocks with none. `dir="auto"` gets typed text right
 * but an empty paragraph resolves to left-to-right, which puts the caret on the wrong side of
 * a Persian page, and the direction would not be in the saved JSON. So the direction is
 * written into the nodes from node transforms: it is saved with the article, undone with the
 * keystroke that changed it, and the reconciler renders it as `dir="ltr"`/`dir="rtl"`.
 *
 * A block without any strong character (empty, or only digits and punctuation) keeps the
 * direction it has; a new one takes its previous sibling's, so pressing Enter after an English
 * paragraph continues in English, and the first block of a body defaults to right-to-left.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { ParagraphNode, TextNode, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { $isDirectionalBlock, $updateBlockDirection } from '../../../../common/editor/block-direction';

/** A text change can change the first strong character of every block around it. */
function $updateEnclosingBlocks(node: LexicalNode): void {
  for (let parent = node.getParent(); parent !== null; parent = parent.getParent()) {
    if ($isDirectionalBlock(parent)) $updateBlockDirection(parent);
  }
}

const DIRECTIONAL_BLOCKS = [ParagraphNode, HeadingNode, QuoteNode, ListNode, ListItemNode] as const;

export function DirectionPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        // Typing changes text nodes only; their blocks are not transformed unless told.
        editor.registerNodeTransform(TextNode, $updateEnclosingBlocks),
        // Blocks whose children changed (a node removed, merged, a block created or loaded).
        ...DIRECTIONAL_BLOCKS.map((klass) => editor.registerNodeTransform(klass, $updateBlockDirection)),
      ),
    [editor],
  );
  return null;
}
