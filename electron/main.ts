/**
 * Electron main: starts the archive's worker host, wires the API contract to IPC, and shows
 * the window. The archive runs in the worker (host/), the same host the browser shell uses:
 * this thread hands each call over and awaits its Result, so it never waits on SQL. The worker
 * holds the archive's lock, backs it up before upgrades, while it changes and on quit, and
 * notices damage (see db/safekeeping).
 */
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { join } from 'node:path';
import type { Preferences } from '../common/contract';
import { resolveArchivePath } from '../db/archive-location';
import { ArchiveHost } from '../host/archive-host';
import { isAppUrl, registerAppScheme, serveRendererFrom } from './app-protocol';
import { dialogText, dialogTextFor, readDialogLocaleFrom } from './dialog-messages';
import { saveExportsThroughDialog } from './downloads';
import { registerIpcHandlers } from './ipc-bridge';
import { createMainWindow } from './main-window';
import { nativeBindingFor } from './native-binding';
import { registerPrintToPdf } from './print-to-pdf';
import { denyAllPermissions, keepSpellcheckerOffline } from './security';

registerAppScheme();

let host: ArchiveHost | undefined;

if (!app.requestSingleInstanceLock()) {
  // A second Dabir on the same archive would only queue on its write lock; the first gets
  // focus (below) and this one quits without opening anything.
  app.quit();
} else {
  app.on('session-created', keepSpellcheckerOffline);
  app.on('second-instance', focusFirstWindow);
  app.whenReady().then(startDabir);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Quitting waits for the worker to write the saves already handed to it, back the archive up
  // (when it changed since its last backup) and close it: a moment slower, never lossy.
  app.on('will-quit', (event) => {
    const closing = host;
    if (!closing) return;
    host = undefined;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
}

function openArchive(): Promise<ArchiveHost> {
  return ArchiveHost.start({
    dbPath: resolveArchivePath(process.argv, process.env, app.getPath('userData')),
    holder: 'app',
    nativeBinding: nativeBindingFor(app.isPackaged, process.env),
    migrationsDir: join(app.getAppPath(), 'db', 'migrations'),
    // The window hears of it through getArchiveRestarts and says so in Persian; this is the log.
    onRestart: ({ reason, reopened }) => console.error(`Archive worker stopped (${reason}); ${reopened ? 'reopened' : 'could not reopen'}.`),
  });
}

function focusFirstWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
}

function startDabir(): void {
  // The window opens while the worker opens the archive (and rebuilds an index made by an
  // older normaliser, with its progress in the window); calls made meanwhile wait for it.
  const opening = openArchive();
  readDialogLocaleFrom(async () => {
    const preferences = await (await opening).call('getPreferences', {});
    if (!preferences.ok) throw new Error(preferences.error.message);
    return (preferences.value as Preferences).locale;
  });
  opening.then(
    (opened) => {
      host = opened;
      void dialogText();
    },
    (error: Error & { code?: string }) => {
      // A damaged archive still opens (the window offers the newest backup); one held by
      // another Dabir (a browser shell, a command) does not.
      // Persian first with the English beside it: the archive that holds the language setting did not open.
      const [fa, en] = [dialogTextFor('fa'), dialogTextFor('en')];
      const cause = error.code === 'busy' ? 'nativeDialog.openFailed.busy' : 'nativeDialog.openFailed.other';
      dialog.showErrorBox(fa['nativeDialog.openFailed.title'], `${fa[cause]}\n${en[cause]}\n\n${error.message}`);
      app.exit(1);
    },
  );
  denyAllPermissions();
  saveExportsThroughDialog(session.defaultSession);
  serveRendererFrom(join(__dirname, '..', 'renderer'));
  registerIpcHandlers(ipcMain, async (method, args) => (await opening).call(method, args), isAppUrl);
  registerPrintToPdf();
  const preload = join(__dirname, '..', 'preload', 'index.cjs');
  createMainWindow(preload);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preload);
  });
}
