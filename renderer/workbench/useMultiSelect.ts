/**
 * Picking several articles in a list, as in a mail client: a plain click opens one (and it
 * becomes the whole selection), Ctrl/Cmd+click adds or takes away one, Shift+click takes the
 * run from the last clicked row (or from the open article, when nothing was clicked yet). Escape anywhere in the list column lets go of a multiple
 * selection before anything else there reacts to it.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';

export interface ClickModifiers {
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export interface MultiSelect {
  /** The selected ids that are on screen, in list order. */
  ids: string[];
  isSelected: (id: string) => boolean;
  /** Two or more: the bulk bar shows and rows mark their selection. */
  multiple: boolean;
  /** Handles a row click. True when it changed the selection instead of opening the article. */
  click: (id: string, modifiers: ClickModifiers) => boolean;
  clear: () => void;
}

/** Elements that use Escape themselves (an open typeahead) carry this attribute. */
export const OWN_ESCAPE_ATTRIBUTE = 'data-own-escape';

export function useMultiSelect(order: readonly string[], fallbackAnchor: string | null, container: RefObject<HTMLElement | null>): MultiSelect {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);

  const ids = useMemo(() => order.filter((id) => selected.has(id)), [order, selected]);
  const multiple = ids.length >= 2;

  const clear = useCallback(() => {
    setSelected(new Set());
    anchor.current = null;
  }, []);

  const click = useCallback(
    (id: string, { ctrlKey, metaKey, shiftKey }: ClickModifiers) => {
      if (shiftKey) {
        const from = [anchor.current, fallbackAnchor].find((candidate) => candidate !== null && order.includes(candidate)) ?? id;
        const [start, end] = [order.indexOf(from), order.indexOf(id)].sort((a, b) => a - b);
        const run = order.slice(start, end + 1);
        // Ctrl+Shift adds the run to what is selected; Shift alone makes it the selection.
        setSelected((before) => new Set(ctrlKey || metaKey ? [...before, ...run] : run));
        anchor.current ??= from;
        return true;
      }
      anchor.current = id;
      if (ctrlKey || metaKey) {
        setSelected((before) => {
          const after = new Set(before);
          if (after.has(id)) after.delete(id);
          else after.add(id);
          return after;
        });
        return true;
      }
      setSelected(new Set([id]));
      return false;
    },
    [order, fallbackAnchor],
  );

  useEffect(() => {
    if (!multiple) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      const inColumn = target === null || target === document.body || container.current?.contains(target);
      if (!inColumn || target?.closest(`[${OWN_ESCAPE_ATTRIBUTE}]`)) return;
      // Captured, so the search box does not also take this Escape to clear the query.
      event.preventDefault();
      event.stopPropagation();
      clear();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [multiple, container, clear]);

  const isSelected = useCallback((id: string) => selected.has(id), [selected]);
  return { ids, isSelected, multiple, click, clear };
}
