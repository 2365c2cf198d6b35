/**
 * Where the keyboard goes when the search box lets go of it (Escape with nothing left to
 * clear): into the article just opened from the results, else back where it came from before
 * the box took it, else into the open article, else nowhere (the box only blurs).
 */
import { useCallback, useRef, type FocusEvent, type RefObject } from 'react';

export interface FocusReturn {
  /** The box took the focus: remember from where, unless it came from inside the column. */
  noteFocus: (event: FocusEvent<HTMLInputElement>) => void;
  /** An article was opened from the results: Escape then goes into it. */
  noteOpenedFromSearch: () => void;
  giveFocusBack: () => void;
}

/**
 * `column`: the list column, whose own controls are no place to return to.
 * `focusOpenArticle`: focuses the open article's first field, and says whether there was one.
 */
export function useFocusReturn(column: RefObject<HTMLElement | null>, box: RefObject<HTMLInputElement | null>, focusOpenArticle: () => boolean): FocusReturn {
  const returnTo = useRef<HTMLElement | null>(null);
  const openedFromSearch = useRef(false);

  const noteFocus = useCallback(
    (event: FocusEvent<HTMLInputElement>) => {
      const from = event.relatedTarget;
      if (from instanceof HTMLElement && !column.current?.contains(from)) {
        returnTo.current = from;
        openedFromSearch.current = false;
      }
    },
    [column],
  );

  const noteOpenedFromSearch = useCallback(() => {
    openedFromSearch.current = true;
  }, []);

  const giveFocusBack = useCallback(() => {
    const previous = returnTo.current;
    const fromSearch = openedFromSearch.current;
    returnTo.current = null;
    openedFromSearch.current = false;
    if (fromSearch && focusOpenArticle()) return;
    if (previous?.isConnected) previous.focus();
    else if (!focusOpenArticle()) box.current?.blur();
  }, [box, focusOpenArticle]);

  return { noteFocus, noteOpenedFromSearch, giveFocusBack };
}
