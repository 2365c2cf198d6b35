/**
 * «ذخیرهٔ PDF» in the app: the renderer opens its print preview (the print stylesheet hides
 * the desk) and asks main, over one channel of its own, to print its page with Electron's
 * printToPDF and save the file where the user picks. Only our own frame may ask.
 */
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isAppUrl } from './app-protocol';
import { dialogText } from './dialog-messages';
import { PRINT_PDF_CHANNEL } from './ipc-channels';

export function registerPrintToPdf(): void {
  ipcMain.handle(PRINT_PDF_CHANNEL, async (event, filename: unknown) => {
    if (!isAppUrl(event.senderFrame?.url ?? '')) return { ok: false, error: 'unauthorized' };
    const name = typeof filename === 'string' && filename.endsWith('.pdf') ? basename(filename) : 'dabir.pdf';
    const window = BrowserWindow.fromWebContents(event.sender);
    try {
      const pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true });
      const options = {
        title: (await dialogText())['nativeDialog.savePdf.title'],
        defaultPath: join(app.getPath('downloads'), name),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { ok: false, error: 'cancelled' };
      await writeFile(choice.filePath, pdf);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  });
}
