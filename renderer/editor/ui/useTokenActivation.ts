/**
 * A reference token in the body (an @mention, a [[link]]) is also a way there: a plain click on
 * it follows it. A click that ends a selection, or with a modifier held, is left to editing.
 * Each token gets a tooltip saying where it goes.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { CLICK_COMMAND, COMMAND_PRIORITY_LOW, type Klass, type LexicalNode } from 'lexical';
import { useEffect, useRef } from 'react';

export function useTokenActivation(
  klass: Klass<LexicalNode>,
  className: string,
  tooltip: (element: HTMLElement) => string,
  follow: (element: HTMLElement) => void,
): void {
  const [editor] = useLexicalComposerContext();
  const followRef = useRef(follow);
  followRef.current = follow;
  const tooltipRef = useRef(tooltip);
  tooltipRef.current = tooltip;

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          CLICK_COMMAND,
          (event) => {
            if (event.button !== 0 || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return false;
            const token = event.target instanceof Element ? event.target.closest(`.${className}`) : null;
            if (!(token instanceof HTMLElement) || !editor.getRootElement()?.contains(token)) return false;
            if (!(window.getSelection()?.isCollapsed ?? true)) return false;
            followRef.current(token);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerMutationListener(klass, (mutations) => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') continue;
            const element = editor.getElementByKey(key);
            if (element) element.title = tooltipRef.current(element);
          }
        }),
      ),
    [editor, klass, className],
  );
}
