/**
 * Runs `refresh` when a panel opens and again after the article changed (`savedAt` is any value
 * that changes when it did: a save, or a decision on a name), but never between two keystrokes:
 * a refresh is a request, the archive's answer and a render of the panel, and a writer who
 * typed on after a save would feel it land in the middle of a word. So it waits until the
 * typing has paused as well.
 */
import { useEffect, useRef } from 'react';
import { lastInputAt } from '../timing/inputActivity';
import { quietTimer } from '../timing/quietTimer';

export interface AfterSaveTiming {
  /** How long after the last change the refresh comes. */
  delayMs: number;
  /** How long the typing must have paused before it. */
  quietMs: number;
}

/**
 * Related coverage and the links: typing saves about once a second, and asking for related
 * coverage on every one of those would only make the list flicker, so they wait for saves to
 * stop too.
 */
export const AFTER_SAVES: AfterSaveTiming = { delayMs: 1500, quietMs: 1500 };

/**
 * The names and quotes of the text just saved: what the writer looks at to see what the
 * archive found in it, so at once, unless the writer has typed on (a save that took a while, or
 * one that came during typing that does not stop); then at the first pause.
 */
export const RIGHT_AFTER_SAVE: AfterSaveTiming = { delayMs: 0, quietMs: 600 };

export function useAfterSaves(savedAt: string, refresh: () => void, timing: AfterSaveTiming = AFTER_SAVES): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  const first = useRef(true);
  const { delayMs, quietMs } = timing;

  useEffect(() => {
    if (first.current) {
      first.current = false;
      latest.current();
      return;
    }
    const timer = quietTimer(delayMs, () => latest.current(), { alsoQuietSince: lastInputAt, quietMs });
    timer.poke();
    return () => timer.cancel();
  }, [savedAt, delayMs, quietMs]);
}
