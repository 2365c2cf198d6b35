/**
 * Electron's `app://dabir` protocol, driven under Node with real `Request`s and real files:
 * the handler `protocol.handle` gets, with `net.fetch` replaced by a read of the file (which,
 * like net.fetch, rejects when the file is missing). Its headers are checked against what the
 * browser shell sends for the same page, so the two shells can't drift apart.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserShell, type BrowserShell } from '../../browser-shell/server';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../common/response-headers';
import { createAppRequestHandler } from '../../electron/app-origin';
import { makeTempDir } from '../support/temp-archive';

const PAGE = '<!doctype html><html lang="fa" dir="rtl"><title>دبیر</title></html>';

function rendererFolder(): string {
  const dir = makeTempDir('dabir-renderer-');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("دبیر")');
  return dir;
}

const readFileAsNetFetch = async (fileUrl: string) => new Response(await readFile(fileURLToPath(fileUrl)));

let shell: BrowserShell | undefined;
afterEach(async () => {
  await shell?.close();
  shell = undefined;
});

describe('the app: protocol', () => {
  const get = (url: string, init?: RequestInit) => createAppRequestHandler(rendererFolder(), readFileAsNetFetch)(new Request(url, init));

  it('serves the renderer with the same security headers as the browser shell, Referrer-Policy included', async () => {
    const dir = rendererFolder();
    const page = await createAppRequestHandler(dir, readFileAsNetFetch)(new Request('app://dabir/'));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(PAGE);

    shell = await startBrowserShell({ dbPath: join(makeTempDir(), 'archive.sqlite'), rendererDir: dir, port: 0 });
    const fromBrowserShell = await fetch(`http://127.0.0.1:${shell.port}/`);
    for (const name of Object.keys(SECURITY_HEADERS)) {
      expect(page.headers.get(name), name).toBe(fromBrowserShell.headers.get(name));
    }
    expect(page.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(page.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
  });

  it('answers a malformed % escape with 400, not an exception', async () => {
    for (const path of ['/%E0%A4%A', '/assets/%', '/%zz.js']) {
      const response = await get(`app://dabir${path}`);
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).not.toMatch(/URIError|URI malformed/);
    }
  });

  it('reaches nothing outside the renderer folder, on no other host, by no other method', async () => {
    expect((await get('app://dabir/..%2f..%2fetc%2fpasswd')).status).toBe(403);
    expect((await get('app://dabir/assets/..%5c..%5cindex.html')).status).toBe(403);
    expect((await get('app://elsewhere/index.html')).status).toBe(403);
    expect((await get('app://dabir/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await get('app://dabir/missing.js')).status).toBe(404);
    const script = await get('app://dabir/assets/app.js');
    expect(script.status).toBe(200);
    expect(await script.text()).toBe('console.log("دبیر")');
  });

  it("matches the page's own <meta> policy, which is the shared one less frame-ancestors (a <meta> can't carry it)", () => {
    const html = readFileSync(join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const shared = CONTENT_SECURITY_POLICY.split('; ').filter((rule) => !rule.startsWith('frame-ancestors'));
    expect(meta?.split('; ')).toEqual(shared);
  });
});
