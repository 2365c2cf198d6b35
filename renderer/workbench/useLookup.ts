/**
 * The typeahead's fetch: asked a short pause after the text last changed, and only the answer
 * to the latest text kept, so a slow answer to «تح» never replaces the one to «تحریم». On
 * failure the list is empty: the field still works, only its hints are missing.
 */
import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../common/result';

export function useLookup<T>(key: string, wanted: boolean, delayMs: number, lookup: () => Promise<Result<T[]>>): T[] {
  const [found, setFound] = useState<T[]>([]);
  const ticket = useRef(0);
  const latest = useRef(lookup);
  latest.current = lookup;

  useEffect(() => {
    const mine = ++ticket.current;
    if (!wanted) {
      setFound([]);
      return;
    }
    const timer = setTimeout(() => {
      void latest.current().then((result) => {
        if (mine === ticket.current) setFound(result.ok ? result.value : []);
      });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [key, wanted, delayMs]);

  return found;
}
