/**
 * Reports every change of the body's content to the saver. Selection moves are not changes,
 * and neither are updates tagged `history-merge`: Lexical uses that tag for loading the saved
 * state and for normalising it when plugins register, which must not count as an edit (it
 * would bump the article's revision and move it to the top of the archive just by opening it).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG, type EditorState } from 'lexical';
import { useEffect } from 'react';

export function AutosavePlugin({ onChange }: { onChange: (editorState: EditorState) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (tags.has(HISTORY_MERGE_TAG) || prevEditorState.isEmpty()) return;
        onChange(editorState);
      }),
    [editor, onChange],
  );
  return null;
}
