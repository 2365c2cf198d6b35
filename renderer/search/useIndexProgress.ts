/**
 * While the archive says its search index is being rebuilt, asks how far along it is every
 * ~500 ms for the progress bar, and says when it is done so the search can be asked again
 * (its results were partial until then).
 */
import { useEffect, useRef, useState } from 'react';
import type { IndexStatus } from '../../common/contract';
import { api } from '../api/client';

const POLL_MS = 500;

export function useIndexProgress(rebuilding: boolean, onReady: () => void): IndexStatus | null {
  const [status, setStatus] = useState<IndexStatus | null>(null);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  useEffect(() => {
    if (!rebuilding) {
      setStatus(null);
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await api.getIndexStatus({});
      if (stopped) return;
      if (result.ok) {
        setStatus(result.value);
        if (result.value.state === 'ready') {
          onReadyRef.current();
          return;
        }
      }
      // An unanswered poll is tried again: the rebuild notice stays until the archive says ready.
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [rebuilding]);

  return status;
}

/** Whole percent done, never 100 before the archive says ready. */
export function percentDone(status: IndexStatus | null): number {
  if (!status || status.total <= 0) return 0;
  return Math.min(99, Math.floor((status.done / status.total) * 100));
}
