/**
 * The saver of the article open in this window. Leaving the article, creating another, and
 * closing the window all go through `flushPendingSave()`.
 */
import type { ArticleSaver } from './ArticleSaver';

let active: ArticleSaver | null = null;
let lifecycleRegistered = false;

export function setActiveSaver(saver: ArticleSaver | null): void {
  active = saver;
}

/** The open article's saver, for one who must keep hold of it after the article is gone (the crash screen). */
export function activeSaver(): ArticleSaver | null {
  return active;
}

/**
 * Sends any unsaved change of the open article now. Resolves true when everything is saved
 * (or nothing was pending), false when the archive refused or could not be reached; the
 * changes then stay in the window and the save status shows why.
 */
export function flushPendingSave(): Promise<boolean> {
  return active ? active.flush() : Promise.resolve(true);
}

/** The open article and the revision its editor holds, for a write made on it from elsewhere. */
export function openArticleRevision(): { id: string; revision: number } | null {
  return active ? { id: active.id, revision: active.baseRevision } : null;
}

export function hasUnsavedChanges(): boolean {
  return active?.hasUnsavedChanges() ?? false;
}

/**
 * Closing or hiding the window flushes at once. The page cannot wait for the answer, but the
 * call still leaves: over IPC main receives it, over HTTP the request is sent with keepalive.
 * Under Electron, main also asks before it closes a window (`dabirLifecycle`) and waits.
 */
export function installFlushOnLeave(): () => void {
  const flushNow = () => void flushPendingSave();
  const onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') flushNow();
  };
  window.addEventListener('beforeunload', flushNow);
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', onVisibilityChange);
  if (!lifecycleRegistered && window.dabirLifecycle) {
    // The preload offers no way to unregister, so this is done once per page.
    lifecycleRegistered = true;
    window.dabirLifecycle.onBeforeClose(() => flushPendingSave());
  }
  return () => {
    window.removeEventListener('beforeunload', flushNow);
    window.removeEventListener('pagehide', flushNow);
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
