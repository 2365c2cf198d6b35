/** Serves the built renderer from one folder, and nothing outside it. */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { rendererPathOf } from '../common/renderer-path';
import { SECURITY_HEADERS } from '../common/response-headers';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export async function serveStatic(rootDir: string, urlPath: string, response: ServerResponse): Promise<void> {
  const path = rendererPathOf(urlPath);
  if (!path.ok) {
    response.writeHead(path.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(path.reason);
    return;
  }
  const filePath = normalize(join(rootDir, path.relativePath));
  if (!filePath.startsWith(normalize(rootDir) + sep)) {
    response.writeHead(403).end();
    return;
  }
  let content: Buffer;
  try {
    content = await readFile(filePath);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(filePath)] ?? 'application/octet-stream',
    ...SECURITY_HEADERS,
    'Cache-Control': 'no-store',
  });
  response.end(content);
}
