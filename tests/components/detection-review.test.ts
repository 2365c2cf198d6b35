/**
 * The names review page rendered on its own, against an archive that lives in the page:
 * no shell, no SQLite, no server. What the archivist sees and what the archive records must
 * agree: the pass finds the names in the stories, and a confirmed suggestion leaves the list
 * and is confirmed in the archive.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser-shell';
import { openComponentPage, type ComponentPage } from '../support/component-page';
import { ARTICLE_SPOKESMAN, ARTICLE_VIENNA, ENTITY_VIENNA, ENTITY_ZARIF } from './fixtures/names-archive';

const ENTRY = join(__dirname, 'fixtures', 'detection-review.tsx');

describe('DetectionReview on an in-page archive', () => {
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

  it('runs the pass over the stories, lists what it found by article, and records a confirmation', async () => {
    opened = await openComponentPage(browser, ENTRY);
    const { page } = opened;
    const review = page.getByTestId('detection-review');
    await review.getByText('پیشنهادی در انتظار بررسی نیست.').waitFor();

    await page.getByTestId('detection-start').click();
    await page.getByText('پایان یافت: ۳ پیشنهاد تازه').waitFor();
    expect(await page.getByTestId('detection-progress-text').textContent()).toBe('۱۰۰٪ — ۲ از ۲ خبر');

    const groups = page.getByTestId('suggestion-group');
    await expect.poll(() => groups.count()).toBe(2);
    const vienna = groups.filter({ hasText: 'دیدار ظریف با همتای اروپایی در وین' });
    expect(await vienna.getByTestId('detection-suggestion').count()).toBe(2);
    expect(await page.getByTestId('detection-suggestion').count()).toBe(3);

    const zarif = vienna.getByTestId('detection-suggestion').filter({ hasText: 'محمدجواد ظریف' });
    expect(await zarif.textContent()).toContain('ظریف');
    await zarif.getByTestId('suggestion-confirm').click();

    await expect.poll(() => page.getByTestId('detection-suggestion').count()).toBe(2);
    expect(await vienna.getByText('محمدجواد ظریف').count()).toBe(0);
    const states = await page.evaluate(
      ([article, zarifId, viennaId, spokesman]) => [
        window.testArchive.mentionState(article, zarifId),
        window.testArchive.mentionState(article, viennaId),
        window.testArchive.mentionState(spokesman, viennaId),
      ],
      [ARTICLE_VIENNA, ENTITY_ZARIF, ENTITY_VIENNA, ARTICLE_SPOKESMAN],
    );
    expect(states).toEqual(['confirmed', 'suggested', 'suggested']);
    expect(opened.pageErrors).toEqual([]);
  });

  it('says why the call failed and keeps the suggestion when the archive refuses it', async () => {
    opened = await openComponentPage(browser, ENTRY);
    const { page } = opened;
    await page.getByTestId('detection-start').click();
    await expect.poll(() => page.getByTestId('detection-suggestion').count()).toBe(3);

    await page.evaluate(() => {
      window.testArchive.refuseWrites = 'read_only';
    });
    await page.getByTestId('detection-suggestion').first().getByTestId('suggestion-dismiss').click();

    const alert = page.getByTestId('detection-review').getByRole('alert');
    await alert.waitFor();
    // The reason fits the situation: nothing here was typed, so nothing is said to be unsaved.
    expect(await alert.textContent()).toBe('تصمیم دربارهٔ این پیشنهاد ثبت نشد. بایگانی فقط‌خواندنی است.');
    expect(await page.getByTestId('detection-suggestion').count()).toBe(3);
    expect(await page.evaluate(([article, entity]) => window.testArchive.mentionState(article, entity), [ARTICLE_VIENNA, ENTITY_ZARIF])).toBe('suggested');
  });
});
