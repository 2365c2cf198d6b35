/**
 * A stand-in for the `electron` module, for running the built main bundle under Node (the
 * Electron binary can't be had on these machines). It records what main asks of Electron in
 * order, and does the few things main's glue needs done for real: `whenReady` resolves when
 * the test says so, `net.fetch` reads the file, `ipcMain.handle` keeps the handler so the test
 * can call it. Anything else main touches is refused by name, so a new use of Electron in main
 * fails here with a clear message instead of passing unseen.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

type Listener = (...args: unknown[]) => unknown;

export interface FakeSession {
  calls: string[];
  spellCheckerEnabled: boolean | undefined;
  dictionaryDownloadUrl: string | undefined;
}

export interface FakeWindow {
  options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
  loadedUrl?: string;
  windowOpenHandler?: Listener;
  contentsListeners: Map<string, Listener[]>;
}

export interface FakeElectronOptions {
  holdsSingleInstanceLock: boolean;
  isPackaged: boolean;
  userData: string;
  appPath: string;
}

/** Refuses any property the fake does not define, naming it. */
function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      // Module interop asks for __esModule and default; a promise check asks for then.
      if (typeof property === 'symbol' || property in object || ['then', '__esModule', 'default'].includes(property)) {
        return Reflect.get(object, property, receiver);
      }
      throw new Error(`The fake electron has no ${name}.${property}: teach tests/support/fake-electron.ts what it should do.`);
    },
  });
}

export function createFakeElectron(options: FakeElectronOptions) {
  const calls: string[] = [];
  const appListeners = new Map<string, Listener[]>();
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const windows: FakeWindow[] = [];
  const errorBoxes: { title: string; content: string }[] = [];
  const messageBoxes: { message?: string; detail?: string; buttons?: string[] }[] = [];
  const openedExternally: string[] = [];
  /** The button the user picks in the next message boxes. */
  const user = { choice: 0 };
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const record = (call: string) => calls.push(call);

  const newSession = (): FakeSession & Record<string, unknown> => {
    const fake: FakeSession & Record<string, unknown> = {
      calls: [],
      spellCheckerEnabled: undefined,
      dictionaryDownloadUrl: undefined,
      setPermissionRequestHandler: () => fake.calls.push('setPermissionRequestHandler'),
      setPermissionCheckHandler: () => fake.calls.push('setPermissionCheckHandler'),
      webRequest: { onBeforeRequest: () => fake.calls.push('webRequest.onBeforeRequest') },
      on: (event: string) => fake.calls.push(`on(${event})`),
      setSpellCheckerEnabled: (enabled: boolean) => {
        fake.calls.push(`setSpellCheckerEnabled(${enabled})`);
        fake.spellCheckerEnabled = enabled;
      },
      setSpellCheckerDictionaryDownloadURL: (url: string) => {
        fake.calls.push('setSpellCheckerDictionaryDownloadURL');
        fake.dictionaryDownloadUrl = url;
      },
    };
    return fake;
  };
  const defaultSession = newSession();

  class BrowserWindow implements FakeWindow {
    static getAllWindows = () => [...windows];
    static fromWebContents = () => null;
    contentsListeners = new Map<string, Listener[]>();
    loadedUrl?: string;
    windowOpenHandler?: Listener;
    webContents = strict('webContents', {
      session: defaultSession,
      on: (event: string, listener: Listener) => this.contentsListeners.set(event, [...(this.contentsListeners.get(event) ?? []), listener]),
      setWindowOpenHandler: (handler: Listener) => (this.windowOpenHandler = handler),
      send: () => undefined,
    });
    constructor(public options: FakeWindow['options']) {
      record('new BrowserWindow');
      windows.push(this);
    }
    once = () => this;
    on = () => this;
    loadURL = async (url: string) => {
      this.loadedUrl = url;
    };
  }

  const electron = {
    app: strict('app', {
      isPackaged: options.isPackaged,
      requestSingleInstanceLock: () => (record('app.requestSingleInstanceLock'), options.holdsSingleInstanceLock),
      quit: () => record('app.quit'),
      exit: (code?: number) => record(`app.exit(${code ?? 0})`),
      on: (event: string, listener: Listener) => {
        record(`app.on(${event})`);
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      },
      whenReady: () => (record('app.whenReady'), ready),
      getPath: () => options.userData,
      getAppPath: () => options.appPath,
    }),
    protocol: strict('protocol', {
      registerSchemesAsPrivileged: () => record('protocol.registerSchemesAsPrivileged'),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        record(`protocol.handle(${scheme})`);
        protocolHandlers.set(scheme, handler);
      },
    }),
    // Electron's net.fetch rejects for a missing file, as readFile does.
    net: strict('net', { fetch: async (url: string) => new Response(await readFile(fileURLToPath(url))) }),
    session: strict('session', { defaultSession }),
    ipcMain: strict('ipcMain', {
      handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener),
      on: () => undefined,
      removeListener: () => undefined,
    }),
    BrowserWindow,
    dialog: strict('dialog', {
      showErrorBox: (title: string, content: string) => (record('dialog.showErrorBox'), errorBoxes.push({ title, content })),
      showMessageBox: async (...args: unknown[]) => {
        record('dialog.showMessageBox');
        messageBoxes.push(args[args.length - 1] as (typeof messageBoxes)[number]);
        return { response: user.choice };
      },
    }),
    shell: strict('shell', {
      openExternal: async (url: string) => {
        record('shell.openExternal');
        openedExternally.push(url);
      },
    }),
  };

  return {
    electron: strict('electron', electron),
    calls,
    appListeners,
    ipcHandlers,
    protocolHandlers,
    windows,
    errorBoxes,
    messageBoxes,
    openedExternally,
    user,
    defaultSession,
    newSession,
    markReady,
    emit: (event: string, ...args: unknown[]) => (appListeners.get(event) ?? []).map((listener) => listener(...args)),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
