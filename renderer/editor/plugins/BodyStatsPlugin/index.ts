/** Word and character counts of the body, recounted when its text changes. */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { countText, type TextCounts } from '../../../../common/text-counts';

export function BodyStatsPlugin({ onCounts }: { onCounts: (counts: TextCounts) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onCounts(editor.getEditorState().read(() => countText($getRoot().getTextContent())));
    // Called only when the text differs, not on formatting or selection changes.
    return editor.registerTextContentListener((text) => onCounts(countText(text)));
  }, [editor, onCounts]);
  return null;
}
