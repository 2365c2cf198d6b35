/**
 * Paste that keeps the structure and nothing else. Runs before rich text's own paste: HTML is
 * sanitised (paste/sanitizePastedHtml.ts) and only then handed to Lexical's importer; plain
 * text becomes one paragraph per blank-line-separated block. A copy from this editor itself
 * (Lexical's own clipboard format, same namespace) is left to Lexical.
 */
import { $insertDataTransferForRichText, $insertGeneratedNodes } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { plainTextParagraphs, sanitizePastedHtml } from '../../paste/sanitizePastedHtml';

const LEXICAL_CLIPBOARD = 'application/x-lexical-editor';

function pasteHtml(editor: LexicalEditor, html: string, plain: string): void {
  const cleaned = new DataTransfer();
  cleaned.setData('text/html', sanitizePastedHtml(html));
  cleaned.setData('text/plain', plain);
  editor.update(() => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $insertDataTransferForRichText(cleaned, selection, editor);
  });
}

function pastePlainText(editor: LexicalEditor, text: string): void {
  const paragraphs = plainTextParagraphs(text);
  if (paragraphs.length === 0) return;
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (paragraphs.length === 1) {
      selection.insertText(paragraphs[0]);
      return;
    }
    const nodes = paragraphs.map((paragraph) => $createParagraphNode().append($createTextNode(paragraph)));
    $insertGeneratedNodes(editor, nodes, selection);
  });
}

export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data || data.types.includes(LEXICAL_CLIPBOARD)) return false;
          const html = data.getData('text/html');
          const plain = data.getData('text/plain');
          if (!html && !plain) return false;
          event.preventDefault();
          if (html) pasteHtml(editor, html, plain);
          else pastePlainText(editor, plain);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
