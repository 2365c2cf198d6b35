/**
 * Downloads in the Dabir window: the renderer's exports, handed over as object URLs of its
 * own, are saved where the user picks in a save dialog that opens in the Downloads folder
 * with the name the export suggests. Nothing else may download: the app fetches nothing
 * from the network, so any other download is a bug or an attack.
 */
import { app, type Session } from 'electron';
import { join } from 'node:path';
import { isAppBlobUrl } from './app-origin';
import { dialogTextNow } from './dialog-messages';

export function saveExportsThroughDialog(session: Session): void {
  session.on('will-download', (event, item) => {
    if (!isAppBlobUrl(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({
      title: dialogTextNow()['nativeDialog.saveExport.title'],
      defaultPath: join(app.getPath('downloads'), item.getFilename()),
    });
  });
}
