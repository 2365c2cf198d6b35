/**
 * End-to-end plumbing: a real browser shell on a fresh archive file, and Debian's Chromium
 * driven by playwright-core. Specs get a page already open on the app.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBrowserShell, type BrowserShell } from '../../browser-shell/server';
import { Archive } from '../../db/archive';
import { makeTempDir } from './temp-archive';

export const REPOSITORY_ROOT = join(__dirname, '..', '..');
export const RENDERER_DIR = join(REPOSITORY_ROOT, 'out', 'renderer');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface AppSession {
  shell: BrowserShell;
  page: Page;
  dbPath: string;
  /**
   * The test's own connection to the archive file, for checking what the app wrote: the
   * shell's runs in its worker thread. Opened on first use.
   */
  readonly archive: Archive;
  /** Problems the page reported: console errors, CSP violations, uncaught exceptions. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Starts a shell on a fresh archive (or the given one) and opens the app in a new page. */
export async function openApp(browser: Browser, options: { dbPath?: string; beforeLoad?: (page: Page) => Promise<unknown> } = {}): Promise<AppSession> {
  const dir = options.dbPath ? undefined : makeTempDir('dabir-e2e-');
  const dbPath = options.dbPath ?? join(dir!, 'archive.sqlite');
  const shell = await startBrowserShell({ dbPath, rendererDir: RENDERER_DIR, port: 0 });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'fa-IR' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await options.beforeLoad?.(page);
  await page.goto(shell.url);
  let archive: Archive | undefined;
  return {
    shell,
    page,
    dbPath,
    get archive() {
      return (archive ??= Archive.open(dbPath));
    },
    pageErrors,
    async close() {
      await context.close();
      archive?.close();
      await shell.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
