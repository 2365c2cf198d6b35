/**
 * Runs `refresh` when the panel opens and again at a quiet moment after saves stop coming:
 * typing saves about once a second, and asking for related coverage on every one of those
 * would only make the list flicker. A quiet moment is also one without typing: a writer who
 * goes on after a save would otherwise have the refresh (a request, the archive's answer, a
 * render of the panel) land between two keystrokes. `savedAt` is any value that changes when
 * the article did (a save, or a confirmed name, which also changes what is related).
 */
import { useEffect, useRef } from 'react';
import { lastInputAt } from '../timing/inputActivity';
import { quietTimer } from '../timing/quietTimer';

export const AFTER_SAVE_DELAY_MS = 1500;

export function useAfterSaves(savedAt: string, refresh: () => void, delayMs = AFTER_SAVE_DELAY_MS): void {
  const latest = useRef(refresh);
  latest.current = refresh;
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      latest.current();
      return;
    }
    const timer = quietTimer(delayMs, () => latest.current(), { alsoQuietSince: lastInputAt });
    timer.poke();
    return () => timer.cancel();
  }, [savedAt, delayMs]);
}
