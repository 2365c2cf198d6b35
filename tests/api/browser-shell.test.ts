import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { API_CALL_HEADER } from '../../common/browser-shell-api';
import { MAX_REQUEST_BYTES, startBrowserShell, type BrowserShell } from '../../browser-shell/server';
import { openLaunchUrl, signIn } from '../support/shell-session';
import { makeTempDir } from '../support/temp-archive';

let shell: BrowserShell | undefined;
afterEach(async () => {
  await shell?.close();
  shell = undefined;
});

async function start(): Promise<BrowserShell> {
  const dir = makeTempDir();
  shell = await startBrowserShell({ dbPath: join(dir, 'archive.sqlite'), rendererDir: join(dir, 'renderer'), port: 0 });
  return shell;
}

/** Opens a launch URL as a browser would, without following the redirect; returns the cookie it set. */
const call = (s: BrowserShell, method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${s.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** A raw request, for what fetch won't send: a Host of our choosing, a body without Content-Length. */
function rawRequest(
  s: BrowserShell,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: Buffer | string; chunked?: boolean },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: s.port, path: options.path, method: options.method ?? 'POST', headers: options.headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    // The shell may answer and close before the whole of a refused body is written.
    req.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : reject(error)));
    if (options.chunked && options.body) {
      const body = Buffer.from(options.body);
      for (let offset = 0; offset < body.length; offset += 1 << 20) req.write(body.subarray(offset, offset + (1 << 20)));
      req.end();
    } else {
      req.end(options.body);
    }
  });
}

describe('browser shell', () => {
  it('prints a one-time launch URL that gives the browser an HttpOnly, SameSite=Strict session and opens the app', async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/launch\/[\w-]{32}$/);
    expect(s.newLaunchUrl()).not.toBe(s.url);

    const first = await openLaunchUrl(s.url);
    expect(first.response.status).toBe(303);
    expect(first.response.headers.get('location')).toBe('/');
    expect(first.setCookie).toMatch(new RegExp(`^dabir-session-${s.port}=[\\w-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
    // Nothing that was on a command line or in the output is the session itself.
    expect(s.url).not.toContain(first.cookie!.split('=')[1]);

    // Spent: another browser that copies the URL gets a page saying so, not the session.
    const again = await openLaunchUrl(s.url);
    expect(again.response.status).toBe(403);
    expect(again.setCookie).toBeNull();
    expect(await again.response.text()).toContain('این نشانی پیش‌تر باز شده است');
    // The browser that holds the session may open the printed link again.
    const sameBrowser = await openLaunchUrl(s.url, first.cookie);
    expect(sameBrowser.response.status).toBe(303);
    expect(sameBrowser.setCookie).toBeNull();
  });

  it('gives every launch its own session', async () => {
    const s = await start();
    const other = await startBrowserShell({ dbPath: join(makeTempDir(), 'a.sqlite'), rendererDir: '/nonexistent', port: 0 });
    const ours = await signIn(s);
    const theirs = await signIn(other);
    expect(ours.cookie).not.toBe(theirs.cookie);
    expect((await call(other, 'listArticles', {}, { ...ours, cookie: ours.cookie.replace(String(s.port), String(other.port)) })).status).toBe(401);
    await other.close();
  });

  it('refuses API calls without the session, without the call header, or from another origin', async () => {
    const s = await start();
    const auth = await signIn(s);
    expect((await call(s, 'createArticle', {})).status).toBe(401);
    expect((await call(s, 'createArticle', {}, { [API_CALL_HEADER]: '1' })).status).toBe(401);
    // A page on another port of 127.0.0.1 is the same site, so the cookie goes along; it can't add the header.
    expect((await call(s, 'createArticle', {}, { cookie: auth.cookie })).status).toBe(401);
    const forged = auth.cookie.replace(/=.*/, `=${'x'.repeat(43)}`);
    expect((await call(s, 'createArticle', {}, { ...auth, cookie: forged })).status).toBe(401);
    expect((await call(s, 'createArticle', {}, { ...auth, origin: 'http://127.0.0.1:1' })).status).toBe(401);
    expect(await (await call(s, 'listArticles', {}, auth)).json()).toMatchObject({ ok: true, value: { total: 0 } });
    expect((await call(s, 'createArticle', {}, { ...auth, origin: `http://127.0.0.1:${s.port}` })).status).toBe(200);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const s = await start();
    const auth = await signIn(s);
    const { status } = await rawRequest(s, { path: '/api/listArticles', headers: { ...auth, Host: 'attacker.example' }, body: '{}' });
    expect(status).toBe(421);
  });

  it('answers with results as values: data, validation errors, bad JSON', async () => {
    const s = await start();
    const auth = await signIn(s);
    const created = await (await call(s, 'createArticle', { fields: { headline: 'اجلاس سران' } }, auth)).json();
    expect(created).toMatchObject({ ok: true, value: { headline: 'اجلاس سران', revision: 1 } });
    const invalid = await (await call(s, 'getArticle', { id: 'nope' }, auth)).json();
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const broken = await call(s, 'getArticle', '{"id": ', auth);
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const unknown = await (await call(s, 'eval', {}, auth)).json();
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('never serves files outside the renderer folder', async () => {
    const s = await start();
    const response = await fetch(`http://127.0.0.1:${s.port}/..%2f..%2fetc%2fpasswd`);
    expect([403, 404]).toContain(response.status);
  });

  it('answers a malformed % escape in a path with 400, not a 500 that carries an internal message', async () => {
    const s = await start();
    for (const path of ['/%E0%A4%A', '/assets/%', '/%zz.js']) {
      const response = await fetch(`http://127.0.0.1:${s.port}${path}`);
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).not.toMatch(/URIError|URI malformed/);
    }
  });

  it('answers an oversized body with 413 and saves nothing, whether or not its length was declared', async () => {
    const s = await start();
    const auth = await signIn(s);
    const headline = 'گزارش بلند'.padEnd(400, ' ');
    const body = JSON.stringify({ fields: { headline, lead: 'ا'.repeat(MAX_REQUEST_BYTES / 2 + 1) } });
    expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_REQUEST_BYTES);
    const declared = await rawRequest(s, { path: '/api/createArticle', headers: { ...auth, 'Content-Type': 'application/json' }, body });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.text)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const chunked = await rawRequest(s, {
      path: '/api/createArticle',
      headers: { ...auth, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body,
      chunked: true,
    });
    expect(chunked.status).toBe(413);
    // The shell is still answering, and nothing was written.
    expect(await (await call(s, 'listArticles', {}, auth)).json()).toMatchObject({ ok: true, value: { total: 0 } });
  });
});
