/**
 * A search's results exported from the app, and a bundle from another laptop merged through
 * the import dialog, end to end in Chromium through the browser shell: the export runs as a
 * job and downloads one file in the chosen format; the merge lists the article edited on
 * both sides «نیازمند بازبینی پس از ادغام», and reviewing it takes it off the list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../db/archive';
import { writeBundle } from '../../db/bundle/write-bundle';
import { bodyFromPlainText } from '../../db/editor/headless';
import { useBrowserSuite } from '../support/browser-suite';
import { makeTempDir } from '../support/temp-archive';

const suite = useBrowserSuite();

describe('bulk export and merge in the app', () => {
  it('exports a search’s results as JSON Lines, one line per article found', async () => {
    const { page } = await suite.open((archive) => {
      archive.articles.create({ headline: 'نشست وزیران در جاکارتا', body: bodyFromPlainText('وزیران خارجه در جاکارتا دیدار کردند.') });
      archive.articles.create({ headline: 'بیانیهٔ پایانی جاکارتا', body: bodyFromPlainText('بیانیهٔ پایانی نشست جاکارتا تصویب شد.') });
      archive.articles.create({ headline: 'دیدار در تهران', body: bodyFromPlainText('دو وزیر در تهران دیدار کردند.') });
    });
    await page.getByTestId('search-input').fill('جاکارتا');
    const control = page.getByTestId('search-export');
    await control.waitFor();
    await control.getByTestId('search-export-format').selectOption('jsonl');
    const [download] = await Promise.all([page.waitForEvent('download'), control.getByTestId('search-export-start').click()]);
    expect(download.suggestedFilename()).toBe('دبیر-2-خبر.jsonl');
    const lines = readFileSync((await download.path())!, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { headline: string });
    expect(lines.map((line) => line.headline).sort()).toEqual(['بیانیهٔ پایانی جاکارتا', 'نشست وزیران در جاکارتا']);
    await expect.poll(() => control.getByTestId('search-export-message').textContent()).toBe('خروجی ۲ خبر آماده و دریافت شد.');
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('merges a bundle edited on another laptop, lists the article edited on both sides, and takes it off once reviewed', async () => {
    const dir = makeTempDir('dabir-e2e-merge-');
    const bundle = join(dir, 'لپ‌تاپ-دوم.dabir');
    const { page, session } = await suite.open(async (archive) => {
      const { id } = archive.articles.create({ headline: 'نشست سران در جاکارتا', body: bodyFromPlainText('متن نخست.') });
      // The second laptop starts from the same archive…
      const copy = join(dir, 'second.sqlite');
      await archive.db.backup(copy);
      archive.articles.save(id, { headline: 'نشست سران در جاکارتا (ویرایش دبیر)' }, { at: '2024-03-01T10:00:00.000Z', baseRevision: 1 });
      // …and edits the same article there, later.
      const second = Archive.open(copy);
      try {
        second.articles.save(id, { headline: 'نشست سران در جاکارتا (ویرایش خبرنگار)' }, { at: '2024-03-02T10:00:00.000Z', baseRevision: 1 });
        await writeBundle(second, {}, bundle);
      } finally {
        second.close();
      }
      return id;
    });
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-files-input').setInputFiles([bundle]);
    await page.getByTestId('import-start').click();
    const row = page.getByTestId('import-report-row');
    await row.waitFor({ timeout: 60_000 });
    expect(await row.textContent()).toContain('۱ خبر نیازمند بازبینی پس از ادغام');
    await page.getByTestId('import-close').last().click();

    await page.getByTestId('open-merge-reviews').click();
    const review = page.getByTestId('merge-review-row');
    await expect.poll(() => review.textContent()).toContain('نشست سران در جاکارتا (ویرایش خبرنگار)');
    await review.getByTestId('merge-review-resolve').click();
    await expect.poll(() => review.count()).toBe(0);
    expect(session.archive.mergeReviews.list().total).toBe(0);
    // Both lines of edits are kept: the first, each side's edit, and the merge.
    expect(session.archive.articles.revisionCount(session.archive.articles.list().items[0].id)).toBeGreaterThanOrEqual(4);
    expect(suite.session.pageErrors).toEqual([]);
  });
});
