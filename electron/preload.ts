/**
 * The bridge into the sandboxed renderer: `window.dabir` holds one named function per API
 * method, and `window.dabirLifecycle` lets the page finish its saves before the window closes.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL, PRINT_PDF_CHANNEL } from './ipc-channels';
import { createIpcApi } from './preload-api';


contextBridge.exposeInMainWorld(
  'dabir',
  createIpcApi((channel, args) => ipcRenderer.invoke(channel, args)),
);

contextBridge.exposeInMainWorld('dabirLifecycle', {
  /** `flush` resolves true when everything is saved; main asks the user before losing text. */
  onBeforeClose(flush: () => Promise<boolean>): void {
    ipcRenderer.on(FLUSH_REQUEST_CHANNEL, () => {
      void flush()
        .catch(() => false)
        .then((saved) => ipcRenderer.send(FLUSH_DONE_CHANNEL, saved === true));
    });
  },
});

contextBridge.exposeInMainWorld('dabirPrint', {
  /** Prints the page (in its print preview) to a PDF and saves it where the user picks. */
  savePdf: (filename: string) => ipcRenderer.invoke(PRINT_PDF_CHANNEL, String(filename)),
});
