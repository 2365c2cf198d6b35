/**
 * Whether the archive stopped under this window and was reopened (or could not be): asked
 * every few seconds, since a worker can die between two of the page's own calls. When it was
 * reopened, changes whose save failed meanwhile are sent again at once.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { flushPendingSave } from '../autosave/activeSaver';

const POLL_MS = 3000;

export type ArchiveRestartNotice = { kind: 'restarted'; count: number } | { kind: 'unavailable' } | null;

export function useArchiveRestarts(): { notice: ArchiveRestartNotice; dismiss: () => void } {
  const api = useApi();
  const [notice, setNotice] = useState<ArchiveRestartNotice>(null);

  useEffect(() => {
    let stopped = false;
    let seen: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await api.getArchiveRestarts({});
      if (stopped) return;
      if (result.ok) {
        const { count, available } = result.value;
        // Restarts before this page opened are none of its business: it started on the reopened archive.
        if (seen !== null && count > seen) {
          setNotice(available ? { kind: 'restarted', count } : { kind: 'unavailable' });
          if (available) void flushPendingSave();
        } else if (!available) {
          setNotice({ kind: 'unavailable' });
        }
        seen = count;
      }
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api]);

  return { notice, dismiss: () => setNotice(null) };
}
