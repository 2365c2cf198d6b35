/**
 * Locks down what the renderer can reach: no permissions, no navigation away from the app,
 * no new windows (web links open in the user's browser instead), no remote content.
 */
import { session, shell, type WebContents } from 'electron';
import { isAppBlobUrl, isAppUrl } from './app-origin';

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

const isWebLink = (url: string): boolean => /^(https?:|mailto:)/i.test(url);

export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isWebLink(url)) void shell.openExternal(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
