/**
 * A stored body in a headless editor, ready for Lexical's exporters. Blocks get their `dir`
 * here by the editor's own rule, because an imported body (or one saved before the editor
 * wrote directions) has none, and its Latin paragraphs would otherwise inherit the page's
 * right-to-left direction in the exported file.
 */
import type { LexicalEditor, SerializedEditorState } from 'lexical';
import type { SerializedBody } from '../../common/contract';
import { $updateAllBlockDirections } from '../../common/editor/block-direction';
import { createArticleEditor } from '../editor/headless';

export function loadBodyForExport(body: SerializedBody | null): LexicalEditor {
  const editor = createArticleEditor();
  if (body === null) return editor;
  editor.setEditorState(editor.parseEditorState(body as unknown as SerializedEditorState));
  editor.update(() => $updateAllBlockDirections(), { discrete: true });
  return editor;
}
