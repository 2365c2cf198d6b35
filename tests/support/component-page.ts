/**
 * A renderer component in real Chromium without the app around it or a server behind it: the
 * fixture (a .tsx entry that mounts the component with its providers and an in-page archive)
 * is bundled with esbuild and run in a blank page. Styles are left out; what is tested is
 * behaviour, not looks.
 */
import { buildSync } from 'esbuild';
import type { Browser, Page } from 'playwright-core';

export interface ComponentPage {
  page: Page;
  /** Problems the page reported: console errors and uncaught exceptions. */
  pageErrors: string[];
  close(): Promise<void>;
}

const bundles = new Map<string, string>();

function bundle(entry: string): string {
  let code = bundles.get(entry);
  if (code === undefined) {
    const built = buildSync({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      jsx: 'automatic',
      loader: { '.css': 'empty' },
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    });
    code = built.outputFiles[0].text;
    bundles.set(entry, code);
  }
  return code;
}

export async function openComponentPage(browser: Browser, entry: string): Promise<ComponentPage> {
  const code = bundle(entry);
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, locale: 'fa-IR' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div></body></html>');
  await page.addScriptTag({ content: code });
  return { page, pageErrors, close: () => context.close() };
}
