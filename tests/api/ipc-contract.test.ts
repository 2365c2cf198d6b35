/**
 * The Electron glue under plain Node: the preload's named functions and main's handlers are
 * wired to each other exactly as Electron would, over a real archive file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../common/contract';
import { dispatchApiCall } from '../../api/dispatch';
import { registerIpcHandlers, type IpcCallEvent } from '../../electron/ipc-bridge';
import { channelFor } from '../../electron/ipc-channels';
import { createIpcApi } from '../../electron/preload-api';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

let temp: TempArchive;
afterEach(() => temp?.cleanup());

function wire(senderUrl: string) {
  const handlers = new Map<string, (event: IpcCallEvent, args: unknown) => unknown>();
  registerIpcHandlers({ handle: (channel, listener) => handlers.set(channel, listener) }, (method, args) => dispatchApiCall(temp.archive.services, method, args), (url) =>
    url.startsWith('app://dabir/'),
  );
  // Electron's invoke clones arguments and results; JSON does the same for our plain data.
  const api = createIpcApi(async (channel, args) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler for ${channel}`);
    return JSON.parse(JSON.stringify(await handler({ senderFrame: { url: senderUrl } }, JSON.parse(JSON.stringify(args ?? {})))));
  });
  return { api, handlers };
}

describe('IPC bridge', () => {
  it('registers one handler per contract method and exposes one named function each', () => {
    temp = openTempArchive();
    const { api, handlers } = wire('app://dabir/index.html');
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map(channelFor).sort());
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('carries a create, save and get of a Persian article end to end', async () => {
    temp = openTempArchive();
    const { api } = wire('app://dabir/index.html');
    const created = await api.createArticle({ fields: { headline: 'دیدار ظریف و مرسودی' } });
    if (!created.ok) throw new Error(created.error.message);
    const saved = await api.saveArticle({ id: created.value.id, fields: { desk: 'بین‌الملل' }, baseRevision: 1 });
    expect(saved).toMatchObject({ ok: true, value: { revision: 2 } });
    const loaded = await api.getArticle({ id: created.value.id });
    expect(loaded).toMatchObject({ ok: true, value: { headline: 'دیدار ظریف و مرسودی', desk: 'بین‌الملل' } });
    const invalid = await api.saveArticle({ id: created.value.id, fields: { status: 'gone' as never }, baseRevision: 2 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });

  it('refuses calls from any frame that is not the app', async () => {
    temp = openTempArchive();
    const { api } = wire('https://evil.example/');
    expect(await api.listArticles({})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const { api: fileApi } = wire('file:///tmp/page.html');
    expect(await fileApi.createArticle({})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(temp.archive.articles.list().total).toBe(0);
  });
});
