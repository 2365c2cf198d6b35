/**
 * Word and character counts of the body, kept off the keystroke path. Counting a 20,000-word
 * body with Intl.Segmenter on every change cost about 18 ms a keystroke; instead each
 * top-level block's counts are cached by its key, only the blocks an edit touched are counted
 * again, and that happens a moment after typing pauses. The sum is the same as counting the
 * whole text: blocks are separated by line breaks, which count as neither.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type EditorState } from 'lexical';
import { useEffect } from 'react';
import { countText, type TextCounts } from '../../../../common/text-counts';
import { quietTimer } from '../../../timing/quietTimer';

/** Long enough to fall between keystrokes of a fast typist, short enough to feel live. */
const RECOUNT_DELAY_MS = 300;

export function BodyStatsPlugin({ onCounts }: { onCounts: (counts: TextCounts) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const cache = new Map<string, TextCounts>();
    const dirty = new Set<string>();

    const recount = (state: EditorState) => {
      const total = state.read(() => {
        const sum: TextCounts = { words: 0, characters: 0 };
        const seen = new Set<string>();
        for (const block of $getRoot().getChildren()) {
          const key = block.getKey();
          seen.add(key);
          let counts = cache.get(key);
          if (!counts || dirty.has(key)) {
            counts = countText(block.getTextContent());
            cache.set(key, counts);
          }
          sum.words += counts.words;
          sum.characters += counts.characters;
        }
        for (const key of cache.keys()) if (!seen.has(key)) cache.delete(key);
        return sum;
      });
      dirty.clear();
      onCounts(total);
    };

    recount(editor.getEditorState());
    const later = quietTimer(RECOUNT_DELAY_MS, () => recount(editor.getEditorState()));
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      // Every ancestor of a changed node is among the dirty elements, top-level blocks included.
      for (const key of dirtyElements.keys()) dirty.add(key);
      later.poke();
    });
    return () => {
      later.cancel();
      unregister();
    };
  }, [editor, onCounts]);
  return null;
}
