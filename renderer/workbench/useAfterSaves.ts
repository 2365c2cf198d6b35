/**
 * Runs `refresh` when the panel opens and again a quiet moment after saves stop coming:
 * typing saves about once a second, and asking for related coverage on every one of those
 * would only make the list flicker. `savedAt` is any value that changes when the article
 * did (a save, or a confirmed name, which also changes what is related).
 */
import { useEffect, useRef } from 'react';

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
    const timer = setTimeout(() => latest.current(), delayMs);
    return () => clearTimeout(timer);
  }, [savedAt, delayMs]);
}
