/**
 * Text pasted from another program can carry control characters (a form feed from a word
 * processor, an escape byte from a terminal). The archive refuses them in any text, so they
 * are taken out of the body as they arrive, before a save could be refused for them.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TextNode } from 'lexical';
import { useEffect } from 'react';
import { withoutControlCharacters } from '../../../../common/text-limits';

export function ControlCharactersPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerNodeTransform(TextNode, (node) => {
        const text = node.getTextContent();
        const clean = withoutControlCharacters(text);
        if (clean !== text) node.setTextContent(clean);
      }),
    [editor],
  );
  return null;
}
