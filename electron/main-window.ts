/** The Dabir window, and the close handshake that lets the renderer finish its last save. */
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { APP_ORIGIN } from './app-origin';
import { createCloseHandshake } from './close-handshake';
import { dialogText } from './dialog-messages';
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from './ipc-channels';
import { guardNavigation } from './security';

/** Long enough for a save of a long article on a slow disk; short enough that a hung page still closes. */
const FLUSH_TIMEOUT_MS = 4000;

const MAIN_WINDOW_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  // Chromium's spellchecker fetches its dictionaries from Google's servers on Windows and
  // Linux; an offline newsroom app fetches nothing. Real spellchecking comes with the editor.
  spellcheck: false,
} as const;

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'دبیر',
    show: false,
    backgroundColor: '#f7f6f2',
    webPreferences: { preload: preloadPath, ...MAIN_WINDOW_WEB_PREFERENCES },
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
    try {
      window.webContents.send(FLUSH_REQUEST_CHANNEL);
    } catch {
      // A crashed or destroyed page can't be asked; what it had is not known to be saved.
      finish(false);
    }
  });
}

/** A correspondent must never lose a paragraph: an unsaved window asks before it closes. */
async function confirmLosingChanges(window: BrowserWindow): Promise<boolean> {
  const text = await dialogText();
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    buttons: [text['nativeDialog.unsaved.stay'], text['nativeDialog.unsaved.closeWithoutSaving']],
    defaultId: 0,
    cancelId: 0,
    title: text['nativeDialog.appTitle'],
    message: text['nativeDialog.unsaved.message'],
    detail: text['nativeDialog.unsaved.detail'],
  });
  return response === 1;
}

function holdCloseUntilSaved(window: BrowserWindow): void {
  window.on(
    'close',
    createCloseHandshake({
      askRendererToSave: () => askRendererToSave(window),
      confirmLosingChanges: () => confirmLosingChanges(window),
      close: () => window.close(),
      isDestroyed: () => window.isDestroyed(),
      log: (message, error) => console.error(`${message}:`, error),
    }),
  );
}
