/**
 * The Import dialog end to end in Chromium through the browser shell: files chosen (a real
 * .docx, HTML as Google Docs saves it, Windows-1256 text, a big .jsonl, binary junk) go to the
 * archive in pieces, a progress bar names the file being imported, and the dialog ends with a
 * report file by file, in Persian. A second run cancels midway and only whole files stay; a
 * drop works as the choosers do.
 */
import iconv from 'iconv-lite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite';
import { makeTempDir } from '../support/temp-archive';
import { FIXTURES, persianDocx } from '../import/support';

const suite = useBrowserSuite();

class ImportPage {
  constructor(readonly page: Page) {}

  get dialog() {
    return this.page.getByTestId('import-dialog');
  }

  async openDialog(): Promise<void> {
    await this.page.getByTestId('open-import').click();
    await this.dialog.waitFor();
  }

  async choose(paths: string[]): Promise<void> {
    await this.page.getByTestId('import-files-input').setInputFiles(paths);
  }

  rows() {
    return this.page.getByTestId('import-report-row');
  }
}

/** A .jsonl big enough that importing it takes a while, so progress and cancel can be seen. */
function bigJsonl(path: string, lines: number): string {
  writeFileSync(path, Array.from({ length: lines }, (_, i) => JSON.stringify({ headline: `گزارش شمارهٔ ${i} از نشست`, body: `متن گزارش ${i}. `.repeat(40) })).join('\n'));
  return path;
}

describe('the Import dialog', () => {
  it('imports chosen files with progress and ends with a Persian report, file by file', async () => {
    const { page, session } = await suite.open();
    const dir = makeTempDir('dabir-e2e-import-');
    const docx = join(dir, 'نشست-جاکارتا.docx');
    writeFileSync(docx, await persianDocx());
    const old = join(dir, 'قدیمی.txt');
    writeFileSync(old, iconv.encode('بيانيه پاياني\r\nوزيران خارجه ديدار کردند.\r\n', 'windows-1256'));
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const feed = bigJsonl(join(dir, 'feed.jsonl'), 800);

    const app = new ImportPage(page);
    await app.openDialog();
    // Nothing chosen yet: «شروع ورود» can do nothing, and looks it.
    const start = page.getByTestId('import-start');
    const opacity = () => start.evaluate((button) => Number(getComputedStyle(button).opacity));
    expect(await start.isDisabled()).toBe(true);
    expect(await opacity()).toBeLessThan(0.7);
    await app.choose([docx, join(FIXTURES, 'google-docs.html'), old, junk, feed]);
    await expect.poll(() => page.getByTestId('import-chosen').textContent()).toContain('۵ پرونده');
    expect(await start.isDisabled()).toBe(false);
    expect(await opacity()).toBe(1);
    await page.getByTestId('import-start').click();

    // The bar names the file in hand while the big feed is imported.
    await page.getByTestId('import-progress').waitFor();
    await expect.poll(() => page.getByTestId('import-current').textContent(), { timeout: 60_000 }).toMatch(/\.(jsonl|docx|html|txt)$/);
    await page.screenshot({ path: join(dir, 'progress.png') });

    await page.getByTestId('import-report').waitFor({ timeout: 120_000 });
    const rows = await app.rows().allTextContents();
    expect(rows).toHaveLength(5);
    const byFile = (name: string) => rows.find((row) => row.startsWith(name)) ?? '';
    expect(byFile('feed.jsonl')).toContain('۸۰۰ خبر وارد شد');
    expect(byFile('نشست-جاکارتا.docx')).toContain('۱ خبر وارد شد');
    expect(byFile('قدیمی.txt')).toContain('۱ خبر وارد شد');
    expect(byFile('junk.txt')).toContain('پرونده متن نیست');
    expect(await page.locator('[data-testid="import-report-row"][data-outcome="failed"]').count()).toBe(1);
    expect(await page.getByTestId('import-summary').textContent()).toContain('۸۰۳ خبر وارد شد');
    await page.screenshot({ path: join(dir, 'report.png') });
    writeFileSync(join(process.env.DABIR_SCREENSHOTS ?? dir, 'import-report.png'), readFileSync(join(dir, 'report.png')));

    // The list shows what came in; importing the same files again skips every story.
    await page.getByTestId('import-again').click();
    await app.choose([docx, old]);
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    expect(await app.rows().allTextContents()).toEqual([expect.stringContaining('تکراری'), expect.stringContaining('تکراری')]);
    expect(session.archive.articles.list().total).toBe(803);
  }, 240_000);

  it('cancels midway, keeping only whole files', async () => {
    const { page, session } = await suite.open();
    const dir = makeTempDir('dabir-e2e-import-');
    // Files go in name order: this one is whole before the big one starts.
    const small = join(dir, 'a-small.txt');
    writeFileSync(small, 'خبر کوتاه\nمتن کوتاه.');
    const feed = bigJsonl(join(dir, 'huge.jsonl'), 20_000);
    const app = new ImportPage(page);
    await app.openDialog();
    await app.choose([small, feed]);
    await page.getByTestId('import-start').click();
    // Cancel once the big file has started to go in.
    await expect.poll(() => session.archive.articles.list().total, { timeout: 120_000 }).toBeGreaterThan(300);
    await page.getByTestId('import-progress-cancel').click({ timeout: 60_000 });
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-summary').textContent()).toContain('ورود لغو شد');
    expect(session.archive.articles.list().items.map((item) => item.headline)).toEqual(['خبر کوتاه']);
  }, 240_000);

  it('takes dropped files as the choosers do', async () => {
    const { page, session } = await suite.open();
    const app = new ImportPage(page);
    await app.openDialog();
    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['تیتر رهاشده\nمتن خبر رهاشده.'], 'dropped.txt', { type: 'text/plain' }));
      transfer.items.add(new File(['x'], 'photo.jpg', { type: 'image/jpeg' }));
      return transfer;
    });
    await page.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer: dropped });
    await expect.poll(() => page.getByTestId('import-chosen').textContent()).toContain('۱ پرونده');
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    expect(session.archive.articles.list().items.map((item) => item.headline)).toEqual(['تیتر رهاشده']);
  }, 120_000);
});
