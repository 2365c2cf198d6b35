import { useSyncExternalStore } from 'react';
import type { ArticleSaver, SaveState } from './ArticleSaver';

export function useSaveState(saver: ArticleSaver): SaveState {
  return useSyncExternalStore(saver.subscribe, saver.getState);
}
