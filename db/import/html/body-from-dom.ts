/**
 * Sanitised HTML becomes an article body the way a paste does: Lexical's own
 * `$generateNodesFromDOM`, with the article editor's nodes (so an exported @mention or
 * [[link]] comes back as one), top-level inline runs gathered into paragraphs as the editor's
 * paste does. Links to anything but the web or e-mail are unwrapped to their text, and blank
 * paragraphs (Word's spacing) are dropped.
 */
import { $generateNodesFromDOM } from '@lexical/html';
import { $isLinkNode } from '@lexical/link';
import { $createParagraphNode, $getRoot, $isElementNode, $isParagraphNode, type ElementNode, type LexicalNode } from 'lexical';
import type { SerializedBody } from '../../../common/contract';
import { createArticleEditor } from '../../editor/headless';
import type { ImportWindow } from './import-window';

const LINK_PROTOCOLS = /^(https?:|mailto:)/i;

function $unwrapUnsafeLinks(node: LexicalNode): void {
  if (!$isElementNode(node)) return;
  for (const child of node.getChildren()) $unwrapUnsafeLinks(child);
  if ($isLinkNode(node) && !LINK_PROTOCOLS.test(node.getURL())) {
    for (const child of node.getChildren()) node.insertBefore(child);
    node.remove();
  }
}

/** Inside an editor update: every link in the body to anything but the web or e-mail becomes its text. */
export function unwrapUnsafeLinksInBody(): void {
  $unwrapUnsafeLinks($getRoot());
}

function $isBlank(node: ElementNode): boolean {
  return node.getTextContent().replace(/[\s\u00a0\u200c\u200f]/g, '') === '' && !node.getChildren().some((child) => $isElementNode(child) && !child.isInline());
}

/** The body for the children of `container` (a sanitised `<body>`, or a part of it). */
export function bodyFromDom(window: ImportWindow, container: ParentNode): SerializedBody {
  const editor = createArticleEditor();
  window.asGlobals(() =>
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        let paragraph: ElementNode | null = null;
        for (const node of $generateNodesFromDOM(editor, container)) {
          if ($isElementNode(node) && !node.isInline()) {
            paragraph = null;
            root.append(node);
          } else {
            if (!paragraph) {
              paragraph = $createParagraphNode();
              root.append(paragraph);
            }
            paragraph.append(node);
          }
        }
        $unwrapUnsafeLinks(root);
        for (const block of root.getChildren()) {
          if ($isParagraphNode(block) && $isBlank(block)) block.remove();
        }
      },
      { discrete: true },
    ),
  );
  return editor.getEditorState().toJSON() as unknown as SerializedBody;
}
