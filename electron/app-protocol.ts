/**
 * Serves the built renderer from `app://dabir/…`: a custom scheme instead of `file://` gives
 * the page a real origin for the CSP to pin, and nothing outside the renderer folder is reachable.
 */
import { net, protocol } from 'electron';
import { APP_SCHEME, createAppRequestHandler } from './app-origin';

// main.ts takes the origin check from here with the rest of the protocol's wiring.
export { isAppUrl } from './app-origin';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRendererFrom(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, (fileUrl) => net.fetch(fileUrl)));
}
