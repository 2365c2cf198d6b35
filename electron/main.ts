/**
 * Electron main: opens the archive, wires the API contract to IPC, and shows the window.
 * The archive runs in this process for now; `db/` keeps no globals so it can move into a
 * utility process without changes when long jobs (imports, bulk detection) arrive. Its session
 * backs it up before upgrades, while it changes, and on quit (see db/safekeeping).
 */
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { join } from 'node:path';
import { resolveArchivePath } from '../db/archive-location';
import { ArchiveSession } from '../db/safekeeping/archive-session';
import { isAppUrl, registerAppScheme, serveRendererFrom } from './app-protocol';
import { saveExportsThroughDialog } from './downloads';
import { registerIpcHandlers } from './ipc-bridge';
import { createMainWindow } from './main-window';
import { denyAllPermissions } from './security';

registerAppScheme();

// A second Dabir is refused: it focuses the first (below) and quits before opening anything.
const isFirstInstance = app.requestSingleInstanceLock();
if (!isFirstInstance) app.quit();

let archiveSession: ArchiveSession | undefined;

function openArchive(): Promise<ArchiveSession> {
  const path = resolveArchivePath(process.argv, process.env, app.getPath('userData'));
  return ArchiveSession.open(path, {
    holder: 'app',
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

app.whenReady().then(async () => {
  if (!isFirstInstance) return;
  try {
    // A damaged archive still opens: the window says so and offers the newest backup.
    archiveSession = await openArchive();
  } catch (error) {
    const busy = (error as { code?: string }).code === 'busy';
    dialog.showErrorBox(
      'دبیر: بایگانی باز نشد',
      busy
        ? `این بایگانی در برنامهٔ دیگری باز است (مرورگر یا خط فرمان دبیر). آن را ببندید و دوباره بکوشید.\n\n${(error as Error).message}`
        : `The archive could not be opened.\n\n${(error as Error).message}`,
    );
    app.exit(1);
    return;
  }
  denyAllPermissions();
  saveExportsThroughDialog(session.defaultSession);
  serveRendererFrom(join(__dirname, '..', 'renderer'));
  const opened = archiveSession;
  registerIpcHandlers(ipcMain, () => opened.services, isAppUrl);
  const preload = join(__dirname, '..', 'preload', 'index.cjs');
  createMainWindow(preload);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preload);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// The window's own close handshake has saved the open article by now; the archive is backed
// up (when it changed) before the app goes, so quitting is a moment slower, never lossy.
app.on('will-quit', (event) => {
  const closing = archiveSession;
  if (!closing) return;
  archiveSession = undefined;
  event.preventDefault();
  void closing.close().finally(() => app.quit());
});
