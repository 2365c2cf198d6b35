/**
 * The hooks every browser spec needs, registered by one call at the top of the file. Chromium
 * is started once per file, because starting it is the slow part; each test gets a fresh
 * archive file in its own temp folder, so no test sees another's articles; and after each test
 * the page, the shell and the folder are gone, whether the test passed or not.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { Archive } from '../../db/archive';
import { launchChromium, openApp, type AppSession } from './browser-shell';
import { makeTempDir } from './temp-archive';

/** Writes a test's starting data through the Archive API; what it returns is handed to the test. */
export type ArchiveSeed<T> = (archive: Archive) => T | Promise<T>;

export interface OpenOptions {
  /** Open this archive file instead of a fresh one; the suite leaves the file where it is. */
  dbPath?: string;
  /** A new file has no search index yet and the shell builds one: wait for it, so no answer says "rebuilding". */
  waitForSearchIndex?: boolean;
  /** The test id to wait for instead of the article list (a damaged archive shows no desk). */
  waitFor?: string;
  /** Runs on the new page before it loads the app (routes that hold back what it fetches). */
  beforeLoad?: (page: Page) => Promise<unknown>;
}

export interface OpenedApp<T> {
  session: AppSession;
  page: Page;
  /** What the seed returned (ids the test looks for), or undefined without a seed. */
  seeded: T;
}

export interface BrowserSuite {
  /** The running test's app; there is one only after `open`. */
  readonly session: AppSession;
  /** Seeds the test's archive (if asked), opens the app on it and waits for the article list. */
  open<T = undefined>(seed?: ArchiveSeed<T>, options?: OpenOptions): Promise<OpenedApp<T>>;
}

export function useBrowserSuite(): BrowserSuite {
  let browser: Browser | undefined;
  let session: AppSession | undefined;
  let tempDir: string | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    try {
      await session?.close();
    } finally {
      session = undefined;
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
      tempDir = undefined;
    }
  });

  return {
    get session(): AppSession {
      if (!session) throw new Error('No app is open in this test: call open() first.');
      return session;
    },

    async open<T = undefined>(seed?: ArchiveSeed<T>, options: OpenOptions = {}): Promise<OpenedApp<T>> {
      if (!browser) throw new Error('Chromium is not running: open() belongs inside a test.');
      // One app per test: a second one would outlive the afterEach that closes the first.
      if (session) throw new Error('This test already has an app open.');
      const dbPath = options.dbPath ?? join((tempDir = makeTempDir('dabir-e2e-')), 'archive.sqlite');
      const seeded = seed ? await seedArchive(dbPath, seed) : (undefined as T);
      session = await openApp(browser, { dbPath, beforeLoad: options.beforeLoad });
      if (options.waitForSearchIndex) await session.shell.indexReady;
      await session.page.getByTestId(options.waitFor ?? 'article-list').waitFor({ state: 'attached' });
      return { session, page: session.page, seeded };
    },
  };
}

/** Closes the archive before the shell opens the file, even when the seed fails half-way. */
async function seedArchive<T>(dbPath: string, seed: ArchiveSeed<T>): Promise<T> {
  const archive = Archive.open(dbPath);
  try {
    return await seed(archive);
  } finally {
    archive.close();
  }
}
