/**
 * Going from one article to another, and to a page over the article and back, through the
 * paths App's hooks own: a switch waits for the writer's word when the open article's changes
 * could not be saved, and the address (Back, a reload) brings the desk back to where it was.
 */
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { useBrowserSuite } from '../support/browser-suite';
import { DeskPage } from '../support/desk-page';

const suite = useBrowserSuite();

const TALKS = 'ادامهٔ گفت‌وگوهای هسته‌ای در وین';
const OIL = 'بهای نفت خام در بازارهای جهانی کاهش یافت';

function seed(archive: Archive): { talks: string; oil: string } {
  const talks = archive.articles.create({ headline: TALKS, body: bodyFromPlainText('دور تازهٔ گفت‌وگوها روز دوشنبه آغاز می‌شود.') });
  const oil = archive.articles.create({ headline: OIL, body: bodyFromPlainText('بهای هر بشکه نفت برنت به کمتر از هشتاد دلار رسید.') });
  return { talks: talks.id, oil: oil.id };
}

describe('desk navigation', () => {
  it('holds a switch while the open article cannot be saved: «می‌مانم» keeps the text, «بدون ذخیره برو» opens the other', async () => {
    const { page, seeded } = await suite.open(seed);
    const desk = new DeskPage(page);
    await desk.articleItem(seeded.talks).click();
    await expect.poll(() => desk.headline.inputValue()).toBe(TALKS);

    await page.route('**/api/saveArticle', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'disk_full', message: 'SQLITE_FULL' } }) }),
    );
    await desk.headline.click();
    await page.keyboard.press('End');
    await page.keyboard.type('؛ دور دوم');
    await desk.articleItem(seeded.oil).click();

    const stay = page.getByRole('button', { name: 'می‌مانم' });
    await stay.waitFor();
    expect(await page.getByText('تغییرات این خبر ذخیره نشد. اگر از آن بروید، این تغییرات از دست می‌رود.').count()).toBe(1);
    await stay.click();
    await stay.waitFor({ state: 'detached' });
    expect(await desk.headline.inputValue()).toBe(`${TALKS}؛ دور دوم`);
    expect(await desk.articleItem(seeded.talks).getAttribute('aria-current')).toBe('true');
    expect(await desk.hashParam('article')).toBe(seeded.talks);

    await desk.articleItem(seeded.oil).click();
    await page.getByRole('button', { name: 'بدون ذخیره برو' }).click();
    await expect.poll(() => desk.headline.inputValue()).toBe(OIL);
    expect(await desk.hashParam('article')).toBe(seeded.oil);
    expect(await page.getByRole('button', { name: 'می‌مانم' }).count()).toBe(0);
    expect(suite.session.archive.articles.get(seeded.talks).headline).toBe(TALKS);
  });

  it('goes back from a page to the article under it with Back and the page\'s own back control, and a reload reopens the article with the page that was over it', async () => {
    const { page, seeded } = await suite.open(seed);
    const desk = new DeskPage(page);
    await desk.articleItem(seeded.oil).click();
    await expect.poll(() => desk.headline.inputValue()).toBe(OIL);

    await page.getByTestId('open-entities').click();
    await page.getByTestId('entity-browser').waitFor();
    expect(await desk.headline.isVisible()).toBe(false);
    expect(await desk.hashParam('view')).toBe('entities');

    await page.goBack();
    await page.getByTestId('entity-browser').waitFor({ state: 'detached' });
    expect(await desk.headline.isVisible()).toBe(true);
    expect(await desk.hashParam('article')).toBe(seeded.oil);
    expect(await desk.hashParam('view')).toBe(null);

    await page.goForward();
    await page.getByTestId('entity-browser').waitFor();
    expect(await desk.hashParam('view')).toBe('entities');
    await page.getByTestId('view-back').click();
    await page.getByTestId('entity-browser').waitFor({ state: 'detached' });
    expect(await desk.headline.isVisible()).toBe(true);
    expect(await desk.hashParam('view')).toBe(null);

    await page.reload();
    await expect.poll(() => desk.headline.inputValue()).toBe(OIL);
    expect(await desk.articleItem(seeded.oil).getAttribute('aria-current')).toBe('true');

    // A reload with a page over the article comes back to the page, the article open under it.
    await page.getByTestId('history-open').click();
    await page.getByTestId('history-page').waitFor();
    await page.reload();
    await page.getByTestId('history-page').waitFor();
    expect(await desk.hashParam('view')).toBe('history');
    expect(await desk.hashParam('article')).toBe(seeded.oil);
    expect(await desk.headline.isVisible()).toBe(false);
    await page.getByTestId('view-back').click();
    await page.getByTestId('history-page').waitFor({ state: 'detached' });
    await expect.poll(() => desk.headline.inputValue()).toBe(OIL);
    expect(await desk.hashParam('view')).toBe(null);
  });
});
