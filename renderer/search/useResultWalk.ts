/**
 * The keyboard walk through the search results from the box: arrows move the active hit
 * (past the last loaded one they fetch the next page), Enter opens it or the first hit. Enter
 * pressed before the answer to the latest keystrokes arrives opens that answer's first hit
 * when it comes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchState } from './useSearch';

export interface ResultWalk {
  /** The hit the walk is on, if it is among the hits shown. */
  activeHit: string | null;
  move: (delta: 1 | -1) => void;
  enter: () => void;
  /** Opens a hit (a click, or Enter) and puts the walk on it. */
  openHit: (id: string) => void;
  /** Back to the box, and no Enter left waiting for an answer. */
  reset: () => void;
  /** An Enter left waiting is dropped: the question it was for has changed. */
  cancelPendingOpen: () => void;
}

export function useResultWalk(search: SearchState, onOpenHit: (id: string) => void): ResultWalk {
  const { key, hits, settled, active, loadMore } = search;
  const [activeId, setActiveId] = useState<string | null>(null);
  // A new question starts the walk through its answers from the box (adjusted while rendering,
  // as React advises for state that follows a prop, rather than one render late in an effect).
  const [walkedKey, setWalkedKey] = useState(key);
  if (walkedKey !== key) {
    setWalkedKey(key);
    setActiveId(null);
  }
  const openWhenSettled = useRef(false);
  const activeHit = activeId !== null && hits.some((hit) => hit.id === activeId) ? activeId : null;

  const openHit = useCallback(
    (id: string) => {
      setActiveId(id);
      onOpenHit(id);
    },
    [onOpenHit],
  );

  useEffect(() => {
    if (!openWhenSettled.current || !settled) return;
    openWhenSettled.current = false;
    if (hits[0]) openHit(hits[0].id);
  }, [settled, hits, openHit]);

  const move = (delta: 1 | -1) => {
    if (hits.length === 0) return;
    const next = hits.findIndex((hit) => hit.id === activeHit) + delta;
    if (next < 0) return setActiveId(null);
    if (next >= hits.length) {
      // Walking past the last loaded hit fetches the next page rather than stopping short.
      loadMore();
      return;
    }
    setActiveId(hits[next].id);
  };

  const enter = () => {
    if (!active) return;
    if (!settled) {
      openWhenSettled.current = true;
      return;
    }
    const id = activeHit ?? hits[0]?.id;
    if (id) openHit(id);
  };

  const cancelPendingOpen = useCallback(() => {
    openWhenSettled.current = false;
  }, []);

  const reset = () => {
    openWhenSettled.current = false;
    setActiveId(null);
  };

  return { activeHit, move, enter, openHit, reset, cancelPendingOpen };
}
