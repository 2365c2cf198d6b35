/**
 * Which page the desk shows over the open article (a name, the list of names, the review of
 * detected mentions, the article's history, the backups), kept in step with the address so
 * Back, Forward and a reload land where the writer was. See navigation.ts for the address.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { flushPendingSave } from '../autosave/activeSaver';
import { adoptViewFromHash, leaveViewInHash, pushViewToHash, readArticleIdFromHash, readViewFromHash, type DeskView } from '../navigation';

export interface DeskRoute {
  /** The page over the article, or null when the article itself is shown. */
  view: DeskView | null;
  /** The page's container, which takes the focus when a page opens. */
  viewRef: RefObject<HTMLDivElement | null>;
  openView: (next: DeskView) => Promise<void>;
  /** The page's back control. */
  closeView: () => void;
  /** An article is being shown: whatever page was over it closes. */
  showArticle: () => void;
  /** The address changed under the app (a link, Back, Forward): the page it names is shown. */
  followAddress: () => void;
}

export function useDeskRoute(): DeskRoute {
  const [view, setView] = useState<DeskView | null>(() => readViewFromHash());
  const viewRef = useRef<HTMLDivElement>(null);

  const openView = useCallback(async (next: DeskView) => {
    // What was just typed (an @mention) belongs on the page about to be read. A failed save
    // stays in the article, which stays mounted, and its status says so.
    await flushPendingSave();
    pushViewToHash(next);
    setView(next);
  }, []);

  const closeView = useCallback(() => {
    // Through history when the page was pushed by the app; the hashchange then settles the view.
    if (!leaveViewInHash()) setView(null);
  }, []);

  const showArticle = useCallback(() => setView(null), []);
  const followAddress = useCallback(() => setView(readViewFromHash()), []);

  // A page replacing the article takes the focus the (now hidden) editor had, so the keyboard
  // and a screen reader start on the page.
  const viewKey = view === null ? null : view.kind === 'entity' ? `entity:${view.id}` : view.kind;
  useEffect(() => {
    if (viewKey !== null) viewRef.current?.focus({ preventScroll: true });
  }, [viewKey]);

  return { view, viewRef, openView, closeView, showArticle, followAddress };
}

/**
 * A change of address made outside the app's own calls (a link setting `location.hash`, Back,
 * Forward) shows the page it names and opens the article it names, through the same open path
 * as a click, so the pending save is flushed first.
 */
export function useAddressFollowing(followAddress: () => void, openedId: string | null, openArticle: (id: string) => unknown): void {
  useEffect(() => {
    const onHashChange = () => {
      adoptViewFromHash(openedId);
      const id = readArticleIdFromHash();
      followAddress();
      if (id && id !== openedId) void openArticle(id);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [followAddress, openedId, openArticle]);
}
