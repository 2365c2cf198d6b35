/**
 * Locks down what the renderer can reach: no permissions, no navigation away from the app,
 * no new windows (a web link opens in the user's browser once they confirm it), no remote
 * content, no spellchecker dictionaries fetched from the network.
 */
import { BrowserWindow, dialog, session, shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN, isAppBlobUrl, isAppUrl } from './app-origin';
import { createExternalLinkOpener } from './external-links';

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // Nothing in Dabir is fetched from the network; a request that tries is a bug or an attack.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    // The page's own object URLs carry exported files to the download (see downloads.ts).
    const allowed =
      isAppUrl(details.url) || isAppBlobUrl(details.url) || details.url.startsWith('devtools://') || details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
}

/**
 * For every session as it is created, before any page loads: Chromium's spellchecker downloads
 * Hunspell dictionaries from Google's servers on Windows and Linux, even for windows that
 * turned spellcheck off. Switched off here, with the download address pointed at the app's own
 * origin, which serves no dictionaries, so not even a stray download leaves the machine.
 */
export function keepSpellcheckerOffline(created: Session): void {
  created.setSpellCheckerEnabled(false);
  created.setSpellCheckerDictionaryDownloadURL(`${APP_ORIGIN}/no-spellchecker-dictionaries/`);
}

export function guardNavigation(contents: WebContents): void {
  const openLink = createExternalLinkOpener({
    confirm: async (options) => {
      const window = BrowserWindow.fromWebContents(contents);
      return (await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))).response;
    },
    open: (href) => shell.openExternal(href),
    log: (message, error) => console.error(`${message}:`, error),
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    void openLink(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openLink(url);
    return { action: 'deny' };
  });
}
