import { useSyncExternalStore } from 'react';
import type { ArticleSaver, SaveState } from './ArticleSaver';

export function useSaveState(saver: ArticleSaver): SaveState {
  return useSyncExternalStore(saver.subscribe, saver.getState);
}

/**
 * Only when the archive last confirmed a save: a component that shows the time re-renders
 * when it changes, not on the keystroke that marks the article unsaved.
 */
export function useSavedAt(saver: ArticleSaver): string {
  return useSyncExternalStore(saver.subscribe, () => saver.getState().savedAt);
}
