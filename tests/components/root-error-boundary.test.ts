/**
 * The root error boundary, rendered over a desk that throws while rendering: what the writer
 * typed a moment before (still waiting for the autosave's pause) reaches the archive before the
 * Persian message says so, and when the archive refuses it the message says the changes are
 * not saved and offers to try again rather than to reload them away.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser-shell';
import { openComponentPage, type ComponentPage } from '../support/component-page';
import { ARTICLE_VIENNA } from './fixtures/names-archive';

const ENTRY = join(__dirname, 'fixtures', 'root-error-boundary.tsx');
const TYPED = 'دیدار ظریف و بورل در وین؛ گفت‌وگوها ادامه می‌یابد';

describe('RootErrorBoundary', () => {
  let browser: Browser;
  let opened: ComponentPage | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  const savedHeadline = () => opened!.page.evaluate((id) => window.testArchive.article(id)!.headline, ARTICLE_VIENNA);

  it('saves the pending change of the open article, then shows its Persian message', async () => {
    opened = await openComponentPage(browser, ENTRY);
    const { page } = opened;
    await page.getByTestId('headline').fill(TYPED);
    // Pressed within the autosave's one-second pause: only the boundary's flush can save it.
    await page.getByTestId('break').click();

    const screen = page.getByTestId('crash-screen');
    await expect.poll(() => screen.getAttribute('data-save')).toBe('saved');
    expect(await screen.getByRole('heading').textContent()).toBe('دبیر به خطایی برخورد و این صفحه نمی‌تواند ادامه دهد');
    expect(await page.getByTestId('crash-save').textContent()).toBe('تغییرات خبر باز در بایگانی ذخیره شده است. پنجره را دوباره بارگذاری کنید تا کار را از سر بگیرید.');
    expect(await savedHeadline()).toBe(TYPED);
    expect(await page.getByTestId('headline').count()).toBe(0);
  });

  it('says the changes are not saved when the archive refuses them, and saves them on «ذخیرهٔ دوباره»', async () => {
    opened = await openComponentPage(browser, ENTRY);
    const { page } = opened;
    await page.evaluate(() => {
      window.testArchive.refuseWrites = 'disk_full';
    });
    await page.getByTestId('headline').fill(TYPED);
    await page.getByTestId('break').click();

    const screen = page.getByTestId('crash-screen');
    await expect.poll(() => screen.getAttribute('data-save')).toBe('unsaved');
    expect(await page.getByTestId('crash-save').textContent()).toContain('ذخیره نشد');
    expect(await savedHeadline()).toBe('دیدار ظریف با همتای اروپایی در وین');

    await page.evaluate(() => {
      window.testArchive.refuseWrites = null;
    });
    await screen.getByRole('button', { name: 'ذخیرهٔ دوباره' }).click();
    await expect.poll(() => screen.getAttribute('data-save')).toBe('saved');
    expect(await savedHeadline()).toBe(TYPED);
  });
});
