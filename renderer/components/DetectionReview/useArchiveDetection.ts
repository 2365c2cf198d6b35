/**
 * The window's one archive-wide detection pass, and hooks to reach it. One pass per API
 * object: it outlives the review page (the archivist may open a suggested article while it
 * runs and come back to find it still going), and a component test with its own API gets its own.
 */
import { useSyncExternalStore } from 'react';
import type { DabirApi } from '../../../common/contract';
import { useApi } from '../../api/ApiContext';
import { ArchiveDetection, type DetectionState } from './archiveDetection';

const passes = new WeakMap<DabirApi, ArchiveDetection>();

function passFor(api: DabirApi): ArchiveDetection {
  let pass = passes.get(api);
  if (!pass) passes.set(api, (pass = new ArchiveDetection(api)));
  return pass;
}

/** The pass itself, to start or stop it. */
export function useDetectionPass(): ArchiveDetection {
  return passFor(useApi());
}

/** Where the pass is, re-rendering as it moves. */
export function useArchiveDetection(): DetectionState {
  const pass = useDetectionPass();
  return useSyncExternalStore(pass.subscribe, pass.getState);
}
