/**
 * The `app://dabir` origin the Electron window is served from, and how a request to it is
 * answered. Kept free of `electron` itself so tests can drive it under plain Node with real
 * `Request`s; `app-protocol.ts` hands it to `protocol.handle`.
 */
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rendererPathOf } from '../common/renderer-path';
import { SECURITY_HEADERS } from '../common/response-headers';

export const APP_SCHEME = 'app';
export const APP_HOST = 'dabir';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const isAppUrl = (url: string): boolean => url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);

/** An object URL the renderer made (`blob:app://dabir/…`): how it hands over an exported file. */
export const isAppBlobUrl = (url: string): boolean => url.startsWith(`blob:${APP_ORIGIN}/`);

/** Reads a `file:` URL; in Electron this is `net.fetch`. */
export type FetchFile = (fileUrl: string) => Promise<Response>;

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } });

/** Answers `app://dabir/…` from the built renderer folder, and nothing outside it. */
export function createAppRequestHandler(rendererDir: string, fetchFile: FetchFile): (request: Request) => Promise<Response> {
  const root = normalize(rendererDir);
  return async (request) => {
    const { host, pathname } = new URL(request.url);
    if (host !== APP_HOST) return plain(403, 'Forbidden');
    // The renderer is a set of static files; nothing in it posts to its own origin.
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const path = rendererPathOf(pathname);
    if (!path.ok) return plain(path.status, path.reason);
    const filePath = normalize(join(root, path.relativePath));
    if (!filePath.startsWith(root + sep)) return plain(403, 'Forbidden');
    let file: Response;
    try {
      file = await fetchFile(pathToFileURL(filePath).toString());
    } catch {
      // net.fetch rejects for a missing file; the page should see a 404, not a failed load.
      return plain(404, 'Not found');
    }
    const headers = new Headers(file.headers);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    return new Response(file.body, { status: file.status, headers });
  };
}
