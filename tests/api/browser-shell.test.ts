import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserShell, TOKEN_HEADER, type BrowserShell } from '../../browser-shell/server';
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

const call = (s: BrowserShell, method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${s.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('browser shell', () => {
  it('listens on 127.0.0.1 and puts a long random token in its URL', async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    const other = await startBrowserShell({ dbPath: join(makeTempDir(), 'a.sqlite'), rendererDir: '/nonexistent', port: 0 });
    expect(other.token).not.toBe(s.token);
    await other.close();
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    const s = await start();
    const missing = await call(s, 'createArticle', {});
    expect(missing.status).toBe(401);
    const wrong = await call(s, 'createArticle', {}, { [TOKEN_HEADER]: 'x'.repeat(s.token.length) });
    expect(wrong.status).toBe(401);
    expect(await (await call(s, 'listArticles', {}, { [TOKEN_HEADER]: s.token })).json()).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const s = await start();
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: s.port, path: '/api/listArticles', method: 'POST', headers: { Host: 'attacker.example', [TOKEN_HEADER]: s.token } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(421);
  });

  it('answers with results as values: data, validation errors, bad JSON', async () => {
    const s = await start();
    const auth = { [TOKEN_HEADER]: s.token };
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
});
