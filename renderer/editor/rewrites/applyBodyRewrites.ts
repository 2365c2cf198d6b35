/**
 * The archive's body rules (a name merged into another, a name or an article deleted), applied
 * to the open editor when a save of it was made over them (see db/history/system-rewrites.ts).
 * The archive already applied them to what it stored; the editor must show the same, or its
 * next save would bring back the mention of a name that is gone. Node by node, so the cursor
 * and the rest of the text stay where they are, and tagged as a history merge: not an edit,
 * so nothing is saved again for it.
 */
import { $createTextNode, $getRoot, HISTORY_MERGE_TAG, type LexicalEditor, type TextNode } from 'lexical';
import type { BodyRewrite } from '../../../common/contract';
import { $isArticleLinkNode } from '../../../common/editor/ArticleLinkNode';
import { $createEntityMentionNode, $isEntityMentionNode } from '../../../common/editor/EntityMentionNode';

/** The same words, format and style as `node`, in `replacement`. */
function $replaceKeepingLook(node: TextNode, replacement: TextNode): void {
  node.replace(replacement.setFormat(node.getFormat()).setStyle(node.getStyle()).setDetail(node.getDetail()));
}

function $applyRule(rewrite: BodyRewrite): void {
  for (const node of $getRoot().getAllTextNodes()) {
    if (rewrite.kind === 'retarget-entity') {
      if ($isEntityMentionNode(node) && node.getEntityId() === rewrite.from) {
        $replaceKeepingLook(node, $createEntityMentionNode(rewrite.to, node.getTextContent()));
      }
    } else if (
      ($isEntityMentionNode(node) && rewrite.entityId !== undefined && node.getEntityId() === rewrite.entityId) ||
      ($isArticleLinkNode(node) && rewrite.articleId !== undefined && node.getArticleId() === rewrite.articleId)
    ) {
      $replaceKeepingLook(node, $createTextNode(node.getTextContent()));
    }
  }
}

export function applyBodyRewrites(editor: LexicalEditor, rewrites: readonly BodyRewrite[]): void {
  if (rewrites.length === 0) return;
  // In order: a name merged into another and that one deleted after leaves plain text.
  editor.update(() => rewrites.forEach($applyRule), { tag: HISTORY_MERGE_TAG });
}
