/** The Dabir window, and the close handshake that lets the renderer finish its last save. */
import { BrowserWindow, ipcMain } from 'electron';
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
      spellcheck: true,
    },
  });
  guardNavigation(window.webContents);
  window.once('ready-to-show', () => window.show());
  holdCloseUntilFlushed(window);
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

function holdCloseUntilFlushed(window: BrowserWindow): void {
  let flushed = false;
  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    const finish = () => {
      flushed = true;
      clearTimeout(timer);
      ipcMain.removeListener(FLUSH_DONE_CHANNEL, onDone);
      window.close();
    };
    const onDone = (doneEvent: Electron.IpcMainEvent) => {
      if (doneEvent.sender === window.webContents) finish();
    };
    const timer = setTimeout(finish, FLUSH_TIMEOUT_MS);
    ipcMain.on(FLUSH_DONE_CHANNEL, onDone);
    window.webContents.send(FLUSH_REQUEST_CHANNEL);
  });
}
