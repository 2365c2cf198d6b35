/**
 * Electron main: opens the archive, wires the API contract to IPC, and shows the window.
 * The archive runs in this process for now; `db/` keeps no globals so it can move into a
 * utility process without changes when long jobs (imports, bulk detection) arrive.
 */
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { join } from 'node:path';
import { resolveArchivePath } from '../db/archive-location';
import { Archive } from '../db/archive';
import { isAppUrl, registerAppScheme, serveRendererFrom } from './app-protocol';
import { saveExportsThroughDialog } from './downloads';
import { registerIpcHandlers } from './ipc-bridge';
import { createMainWindow } from './main-window';
import { registerPrintToPdf } from './print-to-pdf';
import { denyAllPermissions } from './security';

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second Dabir on the same archive would only queue on its write lock; focus the first.
  app.quit();
}

let archive: Archive | undefined;

function openArchive(): Archive {
  const path = resolveArchivePath(process.argv, process.env, app.getPath('userData'));
  return Archive.open(path, {
    // In development `npm start` builds better-sqlite3 for Electron's ABI beside the Node build
    // the tests use; a packaged app carries only the Electron build and needs no override.
    nativeBinding: process.env.DABIR_NATIVE_BINDING || undefined,
    migrationsDir: join(app.getAppPath(), 'db', 'migrations'),
  });
}

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.whenReady().then(() => {
  try {
    archive = openArchive();
  } catch (error) {
    dialog.showErrorBox('دبیر: بایگانی باز نشد', `The archive could not be opened.\n\n${(error as Error).message}`);
    app.exit(1);
    return;
  }
  if (archive.searchIndex.needsRebuild()) {
    // A batch at a time between IPC calls; the renderer polls getIndexStatus for progress.
    archive.searchIndex.rebuildInBackground().catch((error) => console.error('Search index rebuild failed:', error));
  }
  denyAllPermissions();
  saveExportsThroughDialog(session.defaultSession);
  serveRendererFrom(join(__dirname, '..', 'renderer'));
  registerIpcHandlers(ipcMain, () => archive!.services, isAppUrl);
  registerPrintToPdf();
  const preload = join(__dirname, '..', 'preload', 'index.cjs');
  createMainWindow(preload);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preload);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  archive?.close();
});
