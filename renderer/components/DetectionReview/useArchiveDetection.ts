/** The window's one archive-wide detection pass, and a hook to watch it. */
import { useSyncExternalStore } from 'react';
import { api } from '../../api/client';
import { ArchiveDetection, type DetectionState } from './archiveDetection';

export const archiveDetection = new ArchiveDetection(api);

export function useArchiveDetection(): DetectionState {
  return useSyncExternalStore(archiveDetection.subscribe, archiveDetection.getState);
}
