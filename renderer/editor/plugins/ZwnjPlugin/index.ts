/**
 * Shift+Space (and Ctrl+Shift+2) types a ZWNJ half-space at the caret, as in «می‌شود». It runs
 * at high priority, before rich text's own key handling, and prevents the key's default so the
 * browser does not also insert a plain space.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { isZwnjShortcut, ZWNJ } from '../../../text/zwnj';

export function $insertZwnjAtSelection(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  selection.insertText(ZWNJ);
  return true;
}

export function ZwnjPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.isComposing || !isZwnjShortcut(event)) return false;
          if (!$insertZwnjAtSelection()) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
