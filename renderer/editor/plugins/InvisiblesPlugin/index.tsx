/**
 * «نمایش نویسه‌های نامرئی»: marks every half-space (ZWNJ), no-break space and bidi mark in the
 * body with a small sign drawn over the text, without changing the text itself (a writer must
 * see where a half-space is, and a copy editor where a stray RLM hides). The signs are redrawn
 * after edits and on scroll, for the blocks on screen only.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useEffect, useState } from 'react';
import { useEditorChrome } from '../../chrome/EditorChrome';
import { blocksNearViewport, boxOf, frameThrottled, layerOrigin, textNodesOf, watchLayout, type Box } from '../../overlay/visibleText';
import './InvisiblesPlugin.css';

type InvisibleKind = 'zwnj' | 'nbsp' | 'bidi';

const INVISIBLE = /[\u200C\u00A0\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

function kindOf(ch: string): InvisibleKind {
  if (ch === '\u200C') return 'zwnj';
  if (ch === '\u00A0') return 'nbsp';
  return 'bidi';
}

interface Mark extends Box {
  kind: InvisibleKind;
  code: string;
}

function measureMarks(root: HTMLElement, origin: DOMRect): Mark[] {
  const marks: Mark[] = [];
  for (const block of blocksNearViewport(root)) {
    for (const text of textNodesOf(block)) {
      const value = text.data;
      INVISIBLE.lastIndex = 0;
      for (let match = INVISIBLE.exec(value); match; match = INVISIBLE.exec(value)) {
        const box = boxOf(text, match.index, match.index + 1, origin);
        if (box) marks.push({ ...box, kind: kindOf(match[0]), code: match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') });
      }
    }
  }
  return marks;
}

export function InvisiblesPlugin() {
  const [editor] = useLexicalComposerContext();
  const { showInvisibles } = useEditorChrome();
  const [marks, setMarks] = useState<Mark[]>([]);

  useEffect(() => {
    if (!showInvisibles) {
      setMarks([]);
      return;
    }
    const redraw = frameThrottled(() => {
      const root = editor.getRootElement();
      const layer = root?.parentElement;
      if (!root || !layer) return;
      setMarks(measureMarks(root, layerOrigin(layer)));
    });
    redraw.schedule();
    const root = editor.getRootElement();
    const unwatch = root ? watchLayout(root, redraw.schedule) : () => undefined;
    const unregister = mergeRegister(editor.registerUpdateListener(() => redraw.schedule()));
    return () => {
      redraw.cancel();
      unregister();
      unwatch();
    };
  }, [editor, showInvisibles]);

  if (!showInvisibles) return null;
  return (
    <div className="invisible-marks" aria-hidden="true" data-testid="invisible-marks">
      {marks.map((mark, index) => (
        <span
          key={index}
          className={`invisible-mark invisible-mark--${mark.kind}`}
          data-kind={mark.kind}
          data-code={mark.code}
          // Measured boxes: physical coordinates are what getClientRects gives.
          style={{ left: mark.left + mark.width / 2, top: mark.top, height: mark.height }}
        />
      ))}
    </div>
  );
}
