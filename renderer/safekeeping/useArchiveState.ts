/**
 * The archive's state (writable, read-only, damaged) as the desk shows it. Asked once on start,
 * again every ~1.5 s while the check run on open is still going (it may find damage), and again
 * whenever any call is answered `damaged` or `read_only`.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ArchiveState } from '../../common/contract';
import { onArchiveAlert } from '../api/archiveAlerts';
import { useApi } from '../api/ApiContext';

const POLL_MS = 1500;

export function useArchiveState(): { state: ArchiveState | null; refresh: () => void } {
  const api = useApi();
  const [state, setState] = useState<ArchiveState | null>(null);
  const [asked, setAsked] = useState(0);
  const refresh = useCallback(() => setAsked((count) => count + 1), []);

  useEffect(() => onArchiveAlert(refresh), [refresh]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const result = await api.getArchiveState({});
      if (stopped) return;
      if (result.ok) setState(result.value);
      // Until the check on open has finished, it may still find damage: ask again.
      if (!result.ok || !result.value.checked) timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, asked]);

  return { state, refresh };
}
