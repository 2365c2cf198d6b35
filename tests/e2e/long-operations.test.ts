/**
 * Long operations in the app, end to end in Chromium through the worker-backed browser shell:
 * the index rebuild on open shows its progress and stops on «توقف» (and can be started again),
 * bulk tagging of a large selection stops keeping what it had done, a selection exports as one
 * .zip, and a worker that dies under the desk is reported in Persian and replaced, the article
 * still saving.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import { useBrowserSuite } from '../support/browser-suite';
import { DeskPage } from '../support/desk-page';

const suite = useBrowserSuite();

const PARAGRAPH = 'نشست وزیران امور خارجه سازمان همکاری اسلامی در جاکارتا با موضوع آزادی فلسطین برگزار شد و بیانیهٔ پایانی آن تصویب شد. ';

/**
 * Many long articles written straight into the table, as an archive from before a normaliser
 * change looks to the rebuild (no index, an old version on record): seeded in a blink, yet
 * taking the worker seconds to re-index or re-tag.
 */
function seedManyStories(count: number, chars: number, staleIndex: boolean) {
  return (archive: Archive): string[] => {
    const body = PARAGRAPH.repeat(Math.ceil(chars / PARAGRAPH.length)).slice(0, chars);
    const insert = archive.db.prepare('INSERT INTO articles (id, headline, body_text, revision, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)');
    const ids = archive.db.transaction(() =>
      Array.from({ length: count }, (_, i) => {
        const id = randomUUID();
        const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
        insert.run(id, `گزارش شمارهٔ ${i} از جاکارتا`, body, at, at);
        return id;
      }),
    )();
    if (staleIndex) archive.db.prepare("UPDATE search_state SET value = '0' WHERE key = 'normalizer_version'").run();
    return ids;
  };
}

class LongOperationsPage extends DeskPage {
  notice(kind: string) {
    return this.page.locator(`[data-testid="search-notice"][data-notice="${kind}"]`);
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('search-input').fill(text);
  }

  /** Shift+click from the first row to the last: every article in the list. */
  async selectAll(): Promise<void> {
    await this.articleItems.first().click();
    await this.articleItems.last().click({ modifiers: ['Shift'] });
  }
}

describe('long operations in the app', () => {
  it('shows the index rebuild on open with its progress, stops it on «توقف», and starts it again', async () => {
    const { page } = await suite.open(seedManyStories(6000, 5000, true));
    const app = new LongOperationsPage(page);
    await app.search('جاکارتا');
    const rebuilding = app.notice('index_rebuilding');
    await rebuilding.waitFor();
    await expect.poll(() => rebuilding.getByRole('progressbar').getAttribute('aria-valuenow')).not.toBeNull();
    await rebuilding.getByTestId('index-rebuild-cancel').click();

    // Stopped: search says the index is incomplete, and offers to rebuild it.
    const incomplete = app.notice('index_incomplete');
    await incomplete.waitFor({ timeout: 15_000 });
    expect(await incomplete.textContent()).toContain('بازسازی نمایهٔ جست‌وجو نیمه‌کاره ماند');
    expect(await rebuilding.count()).toBe(0);
    expect(suite.session.archive.searchIndex.needsRebuild()).toBe(true);

    await incomplete.getByTestId('index-rebuild-restart').click();
    await rebuilding.waitFor();
    await expect.poll(() => rebuilding.getByTestId('index-rebuild-label').textContent()).toMatch(/در حال بازسازی نمایهٔ جست‌وجو: [۰-۹]+٪/);
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('tags a large selection with progress, and «توقف» keeps what was tagged before it', async () => {
    const { page } = await suite.open(seedManyStories(500, 6000, false));
    const app = new LongOperationsPage(page);
    await app.articleItems.nth(499).waitFor();
    await app.selectAll();
    const bar = page.getByTestId('bulk-bar');
    await expect.poll(() => bar.getByTestId('bulk-count').textContent()).toBe('۵۰۰ خبر انتخاب شد');

    await page.getByTestId('bulk-add-tag').click();
    await page.getByTestId('bulk-tag-input').fill('فلسطین');
    await page.keyboard.press('Enter');
    const progress = bar.getByTestId('bulk-progress');
    await expect.poll(() => progress.getByTestId('bulk-progress-label').textContent()).toMatch(/در حال برچسب‌زدن: [۰-۹]+٪ \([۰-۹]+ از ۵۰۰ خبر\)/);
    await progress.getByTestId('bulk-progress-cancel').click();

    await expect.poll(() => bar.getByTestId('bulk-message').textContent(), { timeout: 15_000 }).toMatch(/^برچسب‌زدن متوقف شد: [۰-۹]+ خبر از ۵۰۰/);
    const tagged = (suite.session.archive.tags.list('فلسطین')[0]?.count ?? 0);
    expect(tagged).toBeGreaterThan(0);
    expect(tagged).toBeLessThan(500);
    const shown = (await bar.getByTestId('bulk-message').textContent())!.match(/: ([۰-۹]+) خبر/)![1];
    expect(Number(shown.replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit))))).toBe(tagged);
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('exports the selected articles as one .zip', async () => {
    const { page } = await suite.open(seedManyStories(3, 400, false));
    const app = new LongOperationsPage(page);
    await app.articleItems.nth(2).waitFor();
    await app.selectAll();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bulk-export-markdown').click()]);
    expect(download.suggestedFilename()).toBe('دبیر-3-خبر.zip');
    const files = unzipSync(readFileSync((await download.path())!));
    expect(Object.keys(files).sort()).toEqual(['گزارش-شمارهٔ-0-از-جاکارتا.md', 'گزارش-شمارهٔ-1-از-جاکارتا.md', 'گزارش-شمارهٔ-2-از-جاکارتا.md']);
    expect(strFromU8(files['گزارش-شمارهٔ-1-از-جاکارتا.md'])).toContain('# گزارش شمارهٔ 1 از جاکارتا');
    await expect.poll(() => page.getByTestId('bulk-message').textContent()).toBe('خروجی ۳ خبر در یک فایل zip آماده شد.');
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('says so in Persian when the archive worker dies, reopens it, and the article goes on saving', async () => {
    const { page, seeded: [id] } = await suite.open(seedManyStories(1, 200, false));
    const app = new LongOperationsPage(page);
    await app.articleItem(id).click();
    await app.headline.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (نخست)');
    await app.waitUntilSaved();

    await suite.session.shell.host.killWorker();
    const notice = page.getByTestId('archive-restarted');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain('بایگانی از کار افتاده بود و دوباره باز شد');

    await app.headline.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (دوم)');
    await app.waitUntilSaved();
    expect(suite.session.archive.articles.get(id).headline).toBe('گزارش شمارهٔ 0 از جاکارتا (نخست) (دوم)');
    // The page saw the archive go and come back; it reported nothing as broken.
    expect(suite.session.pageErrors).toEqual([]);
  });
});
