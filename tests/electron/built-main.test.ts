/**
 * The built main bundle, run under Node against a recording stand-in for Electron (see
 * tests/support/fake-electron.ts): the order in which it asks Electron for things is the part
 * of main that only ever breaks in the real app. Everything else is real: the bundle as it
 * ships, better-sqlite3, an archive file in a temp folder.
 */
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compileFunction } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../common/constants';
import { PRINT_PDF_CHANNEL } from '../../electron/ipc-channels';
import { BUILT_MAIN, BUILT_PRELOAD, readBuilt, REPOSITORY_ROOT } from '../support/built-bundles';
import { createFakeElectron, type FakeElectron, type FakeElectronOptions } from '../support/fake-electron';
import { makeTempDir } from '../support/temp-archive';

interface RunningMain {
  fake: FakeElectron;
  userData: string;
}
let running: RunningMain | undefined;

afterEach(async () => {
  if (!running) return;
  await quitAndWait(running.fake);
  rmSync(running.userData, { recursive: true, force: true });
  running = undefined;
});

async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`waited 20 s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Quits as Electron does: main holds the quit back (preventDefault) while the archive worker
 * writes what it was handed and closes, then quits again.
 */
async function quitAndWait(fake: FakeElectron): Promise<void> {
  const quits = () => fake.calls.filter((call) => call === 'app.quit').length;
  const before = quits();
  let heldBack = false;
  fake.emit('will-quit', { preventDefault: () => (heldBack = true) });
  if (heldBack) await until(() => quits() > before, 'main to quit once the archive closed');
}

/** Runs out/main/index.js as Electron would, with `electron` answered by the fake. */
function runBuiltMain(options: Omit<FakeElectronOptions, 'userData' | 'appPath'>, env: Record<string, string> = {}): RunningMain {
  const userData = makeTempDir('dabir-userdata-');
  const fake = createFakeElectron({ ...options, userData, appPath: REPOSITORY_ROOT });
  const realRequire = createRequire(BUILT_MAIN);
  const module = { exports: {} };
  // Main reads its archive location from argv and env; it must not find the developer's.
  const process_ = Object.create(process, { argv: { value: ['electron', '.'] }, env: { value: { PATH: process.env.PATH, ...env } } });
  const run = compileFunction(readBuilt(BUILT_MAIN), ['exports', 'require', 'module', '__filename', '__dirname', 'process'], { filename: BUILT_MAIN });
  run(module.exports, (id: string) => (id === 'electron' ? fake.electron : realRequire(id)), module, BUILT_MAIN, dirname(BUILT_MAIN), process_);
  running = { fake, userData };
  return running;
}

/** Resolves once main has shown its window or its error box after `whenReady`. */
async function readyAndSettled(fake: FakeElectron): Promise<void> {
  fake.markReady();
  const deadline = Date.now() + 20_000;
  while (fake.windows.length === 0 && fake.errorBoxes.length === 0) {
    if (Date.now() > deadline) throw new Error(`main did neither; it did: ${fake.calls.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the built main bundle', () => {
  it('quits without registering any whenReady work when another Dabir holds the single-instance lock', async () => {
    const { fake } = runBuiltMain({ holdsSingleInstanceLock: false, isPackaged: true });
    // The scheme must be registered before ready in every process; nothing else may happen.
    expect(fake.calls).toEqual(['protocol.registerSchemesAsPrivileged', 'app.requestSingleInstanceLock', 'app.quit']);
    fake.markReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.calls).not.toContain('new BrowserWindow');
    expect(existsSync(join(running!.userData, 'archive.sqlite'))).toBe(false);
  });

  it('holding the lock, switches the spellchecker off for every session and opens the archive and a sandboxed window', async () => {
    const { fake } = runBuiltMain({ holdsSingleInstanceLock: true, isPackaged: true });
    const registered = fake.calls.slice(0, fake.calls.indexOf('app.whenReady'));
    // The spellchecker is switched off as each session is created, before any page can load.
    expect(registered).toContain('app.on(session-created)');
    await readyAndSettled(fake);
    expect(fake.errorBoxes).toEqual([]);

    const [window] = fake.windows;
    expect(window.options.webPreferences).toMatchObject({
      preload: BUILT_PRELOAD,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      spellcheck: false,
    });
    expect(window.loadedUrl).toBe('app://dabir/index.html');

    for (const session of [fake.defaultSession, fake.newSession()]) {
      fake.emit('session-created', session);
      expect(session.spellCheckerEnabled).toBe(false);
      expect(session.dictionaryDownloadUrl).toMatch(/^app:\/\/dabir\//);
    }
  });

  it('answers IPC from the app with the real archive, and refuses other frames', async () => {
    const { fake } = runBuiltMain({ holdsSingleInstanceLock: true, isPackaged: true });
    await readyAndSettled(fake);
    // One channel per contract method, and the print-to-PDF request.
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...API_METHODS.map((method) => `dabir:${method}`), PRINT_PDF_CHANNEL].sort());
    const invoke = (method: string, args: unknown, url = 'app://dabir/index.html') =>
      Promise.resolve(fake.ipcHandlers.get(`dabir:${method}`)!({ senderFrame: { url } }, args));
    const created = await invoke('createArticle', { fields: { headline: 'نشست شورای امنیت دربارهٔ یمن' } });
    expect(created).toMatchObject({ ok: true, value: { headline: 'نشست شورای امنیت دربارهٔ یمن', revision: 1 } });
    expect(await invoke('listArticles', {}, 'https://example.org/')).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('serves the renderer on app: and answers a malformed % escape with 400', async () => {
    const { fake } = runBuiltMain({ holdsSingleInstanceLock: true, isPackaged: true });
    await readyAndSettled(fake);
    const handle = fake.protocolHandlers.get('app')!;
    const page = await handle(new Request('app://dabir/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect((await handle(new Request('app://dabir/%E0%A4%A'))).status).toBe(400);
  });

  it('loads the native addon DABIR_NATIVE_BINDING names only when the app is not packaged', async () => {
    const env = { DABIR_NATIVE_BINDING: join(makeTempDir(), 'planted.node') };
    const packaged = runBuiltMain({ holdsSingleInstanceLock: true, isPackaged: true }, env);
    await readyAndSettled(packaged.fake);
    // The window opens while the worker opens the archive; a call waits for the archive.
    const list = await packaged.fake.ipcHandlers.get('dabir:listArticles')!({ senderFrame: { url: 'app://dabir/index.html' } }, {});
    expect(list).toMatchObject({ ok: true });
    expect(packaged.fake.errorBoxes).toEqual([]);
    expect(packaged.fake.windows).toHaveLength(1);
    await quitAndWait(packaged.fake);
    rmSync(packaged.userData, { recursive: true, force: true });

    // In development the variable is honoured, so the planted path is tried (and, missing, fails).
    const development = runBuiltMain({ holdsSingleInstanceLock: true, isPackaged: false }, env);
    await readyAndSettled(development.fake);
    await until(() => development.fake.errorBoxes.length > 0, 'the error box');
    expect(development.fake.errorBoxes).toHaveLength(1);
    expect(development.fake.errorBoxes[0].content).toContain('planted.node');
    expect(development.fake.calls).toContain('app.exit(1)');
  });

  it('opens a link the page follows only through the Persian confirmation, and only the web and mail', async () => {
    const { fake } = runBuiltMain({ holdsSingleInstanceLock: true, isPackaged: true });
    await readyAndSettled(fake);
    const [window] = fake.windows;
    const follow = async (url: string) => {
      let prevented = false;
      for (const listener of window.contentsListeners.get('will-navigate') ?? []) listener({ preventDefault: () => (prevented = true) }, url);
      await new Promise((resolve) => setTimeout(resolve, 10));
      return prevented;
    };
    const link = 'https://www.mfa.gov.ir/بیانیه';
    expect(await follow(link)).toBe(true);
    // The dialog's words follow the language setting main asks the archive for.
    await until(() => fake.messageBoxes.length > 0, 'the confirmation');
    expect(fake.messageBoxes.at(-1)).toMatchObject({ message: 'این پیوند در مرورگر باز شود؟' });
    expect(fake.messageBoxes.at(-1)!.detail).toContain(new URL(link).href);
    expect(fake.openedExternally).toEqual([]);

    fake.user.choice = 1;
    expect(window.windowOpenHandler!({ url: link })).toEqual({ action: 'deny' });
    await until(() => fake.openedExternally.length > 0, 'the link opened');
    expect(fake.openedExternally).toEqual([new URL(link).href]);

    const boxes = fake.messageBoxes.length;
    expect(await follow('file:///etc/passwd')).toBe(true);
    expect(window.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.messageBoxes).toHaveLength(boxes);
    expect(fake.openedExternally).toHaveLength(1);
    // The app's own pages navigate freely.
    expect(await follow('app://dabir/index.html#article')).toBe(false);
  });
});
