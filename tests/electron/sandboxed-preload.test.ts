/**
 * The built preload, run the way Electron runs a preload in a sandboxed window: in a fresh
 * context whose `require` knows only `electron`, `events`, `timers` and `url`. A preload that
 * requires anything else throws there before it exposes anything, and the window is left
 * with no archive; this is the test that sees it.
 */
import * as events from 'node:events';
import * as timers from 'node:timers';
import * as url from 'node:url';
import { runInContext, compileFunction, createContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../common/constants';
import { channelFor, FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from '../../electron/ipc-channels';
import { BUILT_PRELOAD, readBuilt } from '../support/built-bundles';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** What the sandbox's `electron` module hands the preload, recording everything done with it. */
function recordingElectron() {
  const exposed = new Map<string, unknown>();
  const invoked: { channel: string; args: unknown }[] = [];
  const sent: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Listener[]>();
  const electron = {
    contextBridge: {
      exposeInMainWorld(key: string, api: unknown) {
        if (exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
        exposed.set(key, api);
      },
    },
    ipcRenderer: {
      invoke(channel: string, args: unknown) {
        invoked.push({ channel, args });
        return Promise.resolve({ ok: true, value: { answeredOn: channel } });
      },
      send(channel: string, ...args: unknown[]) {
        sent.push({ channel, args });
      },
      on(channel: string, listener: Listener) {
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      },
    },
  };
  const emit = (channel: string) => (listeners.get(channel) ?? []).forEach((listener) => listener({ sender: 'main' }));
  return { electron, exposed, invoked, sent, listeners, emit };
}

/** Runs the preload file as Electron's sandboxed renderer does; returns what it exposed. */
function runSandboxedPreload(file: string) {
  const recorder = recordingElectron();
  // Electron's sandbox gives a preload these four modules and nothing else (no fs, no zod).
  const sandboxModules: Record<string, unknown> = { electron: recorder.electron, events, timers, url };
  const required: string[] = [];
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (!(name in sandboxModules)) throw new Error(`module not found: ${name}`);
    return sandboxModules[name];
  };
  const context = createContext({});
  const module = { exports: {} };
  const run = compileFunction(
    readBuilt(file),
    ['require', 'process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', 'exports', 'module'],
    { parsingContext: context, filename: file },
  );
  let error: unknown;
  try {
    run(sandboxRequire, { platform: process.platform, env: {} }, Buffer, runInContext('globalThis', context), setImmediate, clearImmediate, module.exports, module);
  } catch (thrown) {
    error = thrown;
  }
  return { ...recorder, required, error };
}

describe("the built preload in Electron's sandbox", () => {
  it('requires nothing the sandbox does not have, and exposes the API and the close handshake', () => {
    const { error, required, exposed } = runSandboxedPreload(BUILT_PRELOAD);
    expect(error).toBeUndefined();
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()].sort()).toEqual(['dabir', 'dabirLifecycle', 'dabirPrint']);
  });

  it('puts exactly the contract methods on window.dabir, each calling its own channel', async () => {
    const { exposed, invoked } = runSandboxedPreload(BUILT_PRELOAD);
    const dabir = exposed.get('dabir') as Record<string, (args: unknown) => Promise<unknown>>;
    expect(Object.keys(dabir).sort()).toEqual([...API_METHODS].sort());
    expect(Object.values(dabir).every((method) => typeof method === 'function')).toBe(true);
    expect(Object.isFrozen(dabir)).toBe(true);

    const args = { fields: { headline: 'دیدار وزیران خارجهٔ ایران و عمان در مسقط' } };
    const result = await dabir.createArticle(args);
    expect(invoked).toEqual([{ channel: channelFor('createArticle'), args }]);
    expect(result).toEqual({ ok: true, value: { answeredOn: 'dabir:createArticle' } });
    await dabir.searchArticles({ query: 'مسقط' });
    expect(invoked.map((call) => call.channel)).toEqual(['dabir:createArticle', 'dabir:searchArticles']);
  });

  it('answers main\'s close request with whether the page saved everything', async () => {
    const { exposed, sent, emit } = runSandboxedPreload(BUILT_PRELOAD);
    const lifecycle = exposed.get('dabirLifecycle') as { onBeforeClose(flush: () => Promise<boolean>): void };
    const outcomes = [async () => true, async () => false, async () => Promise.reject(new Error('دیسک پر است'))];
    lifecycle.onBeforeClose(() => outcomes.shift()!());
    for (let i = 0; i < 3; i += 1) emit(FLUSH_REQUEST_CHANNEL);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toEqual([
      { channel: FLUSH_DONE_CHANNEL, args: [true] },
      { channel: FLUSH_DONE_CHANNEL, args: [false] },
      { channel: FLUSH_DONE_CHANNEL, args: [false] },
    ]);
  });
});
