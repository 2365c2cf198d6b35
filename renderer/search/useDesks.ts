/**
 * The desks the archive holds, for the desk filter. Asked only while the filters are shown
 * (and again whenever the archive changes then), since a save can bring a new desk.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';

export function useDesks(wanted: boolean, archiveVersion: number): string[] {
  const api = useApi();
  const [desks, setDesks] = useState<string[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    void api.listDesks({}).then((result) => {
      // On failure the last list stays: the filter still works for the desks already known.
      if (!cancelled && result.ok) setDesks(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, [api, wanted, archiveVersion]);
  return desks;
}
