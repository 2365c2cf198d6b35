/**
 * An article's history, end to end in Chromium: the page lists the revisions with their words
 * and change, shows what a revision changed word by word, and restores one (asking first) as
 * a new revision, after which the article reads as it did and writing on saves cleanly. A
 * window holding a stale revision is refused instead of overwriting the other's work.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { useBrowserSuite } from '../support/browser-suite';
import { DeskPage } from '../support/desk-page';

const FIRST_HEADLINE = 'نشست سران سازمان همکاری اسلامی در جاکارتا';
const LATER_HEADLINE = 'نشست فوق‌العاده سازمان همکاری اسلامی دربارهٔ فلسطین';
const FIRST_BODY = 'وزیر امور خارجه ایران روز یکشنبه وارد جاکارتا شد.';
const LATER_BODY = 'وزیر امور خارجه ایران روز دوشنبه وارد جاکارتا شد و گفت این توافق اجرا می‌شود.';

const suite = useBrowserSuite();

/** Three revisions: the first draft, a corrected body marked edited, a new headline with a tag. */
function seedStory(archive: Archive): string {
  const story = archive.articles.create({ headline: FIRST_HEADLINE, body: bodyFromPlainText(FIRST_BODY) }, { at: '2026-03-01T08:00:00.000Z' });
  archive.articles.save(story.id, { body: bodyFromPlainText(LATER_BODY), status: 'edited' }, { baseRevision: 1, at: '2026-03-01T08:10:00.000Z' });
  archive.articles.save(story.id, { headline: LATER_HEADLINE, tags: ['فلسطین'] }, { baseRevision: 2, at: '2026-03-01T08:25:00.000Z' });
  return story.id;
}

class HistoryDesk extends DeskPage {
  get historyPage() {
    return this.page.getByTestId('history-page');
  }

  revision(number: number) {
    return this.page.locator(`[data-testid="history-revision"][data-revision="${number}"]`);
  }

  texts(testId: string): Promise<string[]> {
    return this.historyPage.getByTestId(testId).allTextContents();
  }
}

async function openStory(page: Page, id: string): Promise<HistoryDesk> {
  const desk = new HistoryDesk(page);
  await desk.articleItem(id).click();
  await expect.poll(() => desk.headline.inputValue()).toBe(LATER_HEADLINE);
  return desk;
}

describe('article history', () => {
  it('lists the revisions, shows what one changed word by word, and restores it as a new revision', async () => {
    const { page, seeded: id } = await suite.open(seedStory);
    const desk = await openStory(page, id);

    // One more revision, typed: the history page flushes it before it reads.
    await desk.body.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' خبرنگار اعزامی');
    await page.getByTestId('history-open').click();
    await expect.poll(() => desk.historyPage.isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('history-revision').count()).toBe(4);
    expect(await desk.hashParam('view')).toBe('history');
    const newest = page.getByTestId('history-revision').first();
    expect(await newest.getAttribute('data-revision')).toBe('4');
    expect(await newest.textContent()).toContain('کنونی');
    expect(await newest.textContent()).toContain('۱۷ واژه');
    // The newest revision against the one before it: the two typed words, added.
    await expect.poll(() => desk.texts('diff-added')).toEqual(['خبرنگار اعزامی']);

    // Revision 2 against revision 1: one weekday for another, a clause added, the status set.
    await desk.revision(2).click();
    await expect.poll(() => desk.texts('diff-removed')).toEqual(['یکشنبه', 'پیش‌نویس']);
    expect(await desk.texts('diff-added')).toEqual(['دوشنبه', 'و گفت این توافق اجرا می‌شود', 'ویرایش‌شده']);
    expect(await desk.revision(2).textContent()).toContain('وضعیت: ویرایش‌شده');

    // Any two revisions: the first against the newest.
    await page.getByTestId('history-from').selectOption('1');
    await page.getByTestId('history-to').selectOption('4');
    await expect.poll(() => desk.historyPage.getByTestId('diff-field-headline').count()).toBe(1);
    expect(await desk.historyPage.getByTestId('diff-field-tags').textContent()).toContain('فلسطین');

    // Restoring asks first and says what happens; cancelling changes nothing.
    await desk.revision(2).click();
    await page.getByTestId('history-revert').click();
    const dialog = page.getByTestId('revert-dialog');
    expect(await dialog.textContent()).toContain('نسخهٔ ۲');
    await dialog.getByTestId('revert-cancel').click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(suite.session.archive.services.getArticle({ id }).revision).toBe(4);

    await page.getByTestId('history-revert').click();
    await page.getByTestId('revert-dialog').getByTestId('revert-confirm').click();
    // Back on the article, as revision 2 had it.
    await expect.poll(() => desk.historyPage.count()).toBe(0);
    await expect.poll(() => desk.headline.inputValue()).toBe(FIRST_HEADLINE);
    expect(await desk.body.textContent()).toBe(LATER_BODY);
    const archive = suite.session.archive;
    expect(archive.services.getArticle({ id })).toMatchObject({ revision: 5, headline: FIRST_HEADLINE, status: 'edited', tags: [] });
    expect(archive.services.getArticleHistory({ id }).revisions[0]).toMatchObject({ revision: 5, kind: 'revert', revertedFrom: 2 });

    // Writing on after the revert saves on it, with no false conflict.
    await desk.headline.fill(`${FIRST_HEADLINE} (به‌روز)`);
    await desk.waitUntilSaved();
    expect(archive.services.getArticle({ id })).toMatchObject({ revision: 6, headline: `${FIRST_HEADLINE} (به‌روز)` });

    // The restored revision shows in the history as a revert.
    await page.getByTestId('history-open').click();
    await expect.poll(() => desk.revision(5).textContent()).toContain('بازگردانی نسخهٔ ۲');
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('refuses a save from a window whose copy is stale, and keeps both texts', async () => {
    const { page, seeded: id } = await suite.open(seedStory);
    const desk = await openStory(page, id);
    // Another window (here the archive's own API, as its save arrives) saves first.
    const archive = suite.session.archive;
    archive.services.saveArticle({ id, fields: { lead: 'لید پنجرهٔ دیگر' }, baseRevision: 3 });

    await desk.headline.fill('تیتر این پنجره');
    await expect.poll(() => desk.saveState(), { timeout: 10_000 }).toBe('error');
    expect(await desk.saveStatus.textContent()).toContain('جای دیگری هم تغییر کرده است');
    // Nothing of either was lost: the archive kept the other window's lead, this one its headline.
    expect(archive.services.getArticle({ id })).toMatchObject({ revision: 4, headline: LATER_HEADLINE, lead: 'لید پنجرهٔ دیگر' });
    expect(await desk.headline.inputValue()).toBe('تیتر این پنجره');
  });
});
