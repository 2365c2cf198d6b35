/**
 * Which file of the built renderer a request path names, decided the same way in both shells
 * (the browser shell's HTTP server and Electron's `app:` protocol), so neither can answer a
 * malformed path with a 500 that carries an internal message, or reach outside the folder.
 */
export type RendererPath = { ok: true; relativePath: string } | { ok: false; status: 400 | 403; reason: string };

/** `/` is the app's page; `/assets/x.js` is `assets/x.js`; `%` escapes are decoded once. */
export function rendererPathOf(pathname: string): RendererPath {
  if (pathname === '/' || pathname === '') return { ok: true, relativePath: 'index.html' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed % escape in the path' };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400, reason: 'NUL in the path' };
  // Backslashes separate folders on Windows, so they count as separators here too.
  const segments = decoded.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return { ok: false, status: 403, reason: 'the path leaves the renderer folder' };
  if (segments.length === 0) return { ok: true, relativePath: 'index.html' };
  return { ok: true, relativePath: segments.join('/') };
}
