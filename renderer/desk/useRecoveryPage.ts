/**
 * Whether the damaged-archive page replaces the desk. It does as soon as damage is known,
 * except over text that is not yet saved: then the desk stays, with a bar that says so, and
 * the writer chooses when to leave it (`show`).
 */
import { useEffect, useState } from 'react';
import type { ArchiveState } from '../../common/contract';
import { hasUnsavedChanges } from '../autosave/activeSaver';

export function useRecoveryPage(archive: ArchiveState | null): { damaged: boolean; shown: boolean; show: () => void } {
  const damaged = archive?.access === 'damaged';
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (damaged && !hasUnsavedChanges()) setShown(true);
  }, [damaged]);
  return { damaged, shown: damaged && shown, show: () => setShown(true) };
}
