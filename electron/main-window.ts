/** The Dabir window, and the close handshake that lets the renderer finish its last save. */
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from './ipc-bridge';
import { guardNavigation } from './security';

/** Long enough for a save of a long article on a slow disk; short enough that a hung page still closes. */
const FLUSH_TIMEOUT_MS = 4000;

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'دبیر',
    show: false,
    backgroundColor: '#f7f6f2',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // Dabir checks spelling itself, offline; Chromium's checker would fetch dictionaries.
      spellcheck: false,
    },
  });
  guardNavigation(window.webContents);
  window.once('ready-to-show', () => window.show());
  holdCloseUntilSaved(window);
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/** Asks the page to save; resolves true when it says everything is saved, false otherwise. */
function askRendererToSave(window: BrowserWindow): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = (saved: boolean) => {
      clearTimeout(timer);
      ipcMain.removeListener(FLUSH_DONE_CHANNEL, onDone);
      resolve(saved);
    };
    const onDone = (event: Electron.IpcMainEvent, saved: unknown) => {
      if (event.sender === window.webContents) finish(saved === true);
    };
    const timer = setTimeout(() => finish(false), FLUSH_TIMEOUT_MS);
    ipcMain.on(FLUSH_DONE_CHANNEL, onDone);
    window.webContents.send(FLUSH_REQUEST_CHANNEL);
  });
}

/** A correspondent must never lose a paragraph: an unsaved window asks before it closes. */
async function confirmLosingChanges(window: BrowserWindow): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    buttons: ['می‌مانم', 'بدون ذخیره ببند'],
    defaultId: 0,
    cancelId: 0,
    title: 'دبیر',
    message: 'آخرین تغییرات ذخیره نشد.',
    detail: 'اگر پنجره را ببندید، این تغییرات از دست می‌رود. The latest changes could not be saved.',
  });
  return response === 1;
}

function holdCloseUntilSaved(window: BrowserWindow): void {
  let mayClose = false;
  let asking = false;
  window.on('close', (event) => {
    if (mayClose) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void askRendererToSave(window)
      .then((saved) => saved || confirmLosingChanges(window))
      .then((close) => {
        asking = false;
        if (!close) return;
        mayClose = true;
        window.close();
      });
  });
}
