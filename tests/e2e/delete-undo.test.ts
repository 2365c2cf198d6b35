/**
 * Deleting from the desk, end to end in Chromium: an article other stories refer to asks
 * first and names them; a name mentioned in articles asks too; either delete can be undone
 * from the bar that announces it, and what comes back is what went.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { bodyOf } from '../entities/support';
import { useBrowserSuite } from '../support/browser-suite';
import { DeskPage } from '../support/desk-page';
import { moveCaret } from '../support/editor-keys';

const TARGET = 'گشایش اجلاس سران سازمان همکاری اسلامی در جاکارتا';
const FOLLOW_UP = 'پیگیری: بیانیهٔ پایانی اجلاس جاکارتا';
const BYSTANDER = 'نرخ نفت در بازارهای جهانی';
const ENVOY = 'فرستادهٔ ویژه در امور قدس';

const suite = useBrowserSuite();

interface Seeded {
  targetId: string;
  followUpId: string;
  envoyId: string;
}

/** An article another one follows up, a name that follow-up mentions, and a bystander. */
function seedDesk(archive: Archive): Seeded {
  const target = archive.articles.create({ headline: TARGET, tags: ['اجلاس سران'], body: bodyFromPlainText('نشست با حضور وزیران خارجه آغاز شد.') });
  const followUp = archive.articles.create({ headline: FOLLOW_UP, body: bodyFromPlainText('بیانیهٔ پایانی دربارهٔ قدس صادر شد.') });
  archive.articles.create({ headline: BYSTANDER, body: bodyFromPlainText('بهای نفت خام کاهش یافت.') });
  archive.links.add(followUp.id, target.id, 'follow_up');
  const envoy = archive.services.createEntity({ kind: 'person', canonical: ENVOY });
  archive.services.setMentionState({ articleId: followUp.id, entityId: envoy.id, state: 'confirmed' });
  return { targetId: target.id, followUpId: followUp.id, envoyId: envoy.id };
}

async function start(): Promise<{ page: Page; ids: Seeded; archive: () => Archive }> {
  const { page, seeded } = await suite.open(seedDesk);
  return { page, ids: seeded, archive: () => suite.session.archive };
}

const listHeadlines = (page: Page) => page.getByTestId('article-item').allTextContents();

describe('deleting and undoing', () => {
  it('names the articles that refer to an article before deleting it, and the undo brings it all back', async () => {
    const { page, ids, archive } = await start();
    await page.getByTestId('article-item').filter({ hasText: TARGET }).click();
    await expect.poll(() => page.getByTestId('headline').inputValue()).toBe(TARGET);

    await page.getByTestId('delete-article').click();
    const dialog = page.getByTestId('delete-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByTestId('delete-references').textContent()).toContain(FOLLOW_UP);
    expect(await dialog.getByTestId('delete-references').textContent()).toContain('ارجاع دستی');

    // Cancel first: nothing changes.
    await dialog.getByTestId('delete-cancel').click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(archive().services.getArticle({ id: ids.targetId }).headline).toBe(TARGET);

    await page.getByTestId('delete-article').click();
    await page.getByTestId('delete-dialog').getByTestId('delete-confirm').click();
    const notice = page.getByTestId('undo-delete');
    await expect.poll(() => notice.textContent()).toContain(`خبر «${TARGET}» حذف شد.`);
    await expect.poll(() => listHeadlines(page).then((rows) => rows.some((row) => row.includes(TARGET)))).toBe(false);
    expect(await page.getByTestId('headline').count()).toBe(0);
    expect(archive().services.getArticle({ id: ids.followUpId }).links).toEqual([]);

    await notice.getByTestId('undo-delete-action').click();
    await expect.poll(() => page.getByTestId('headline').inputValue()).toBe(TARGET);
    await expect.poll(() => listHeadlines(page).then((rows) => rows.some((row) => row.includes(TARGET)))).toBe(true);
    expect(await notice.count()).toBe(0);
    await expect.poll(() => page.getByTestId('backlinks').textContent()).toContain(FOLLOW_UP);
    const restored = archive().services.getArticle({ id: ids.targetId });
    expect(restored.tags).toEqual(['اجلاس سران']);
    expect(restored.backlinks).toMatchObject([{ articleId: ids.followUpId, type: 'follow_up' }]);
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('deletes an article nothing refers to without asking, and offers the undo', async () => {
    const { page } = await start();
    await page.getByTestId('article-item').filter({ hasText: BYSTANDER }).click();
    await expect.poll(() => page.getByTestId('headline').inputValue()).toBe(BYSTANDER);
    // An edit made just before the delete is what the undo brings back.
    await page.getByTestId('headline').fill(`${BYSTANDER} (به‌روز)`);
    await page.getByTestId('delete-article').click();
    await expect.poll(() => page.getByTestId('undo-delete').textContent()).toContain('(به‌روز)');
    expect(await page.getByTestId('delete-dialog').count()).toBe(0);
    await page.getByTestId('undo-delete-action').click();
    await expect.poll(() => page.getByTestId('headline').inputValue()).toBe(`${BYSTANDER} (به‌روز)`);
  });

  it('asks before deleting a name articles mention, and the undo restores its page and mentions', async () => {
    const { page, ids, archive } = await start();
    await page.getByTestId('open-entities').click();
    await page.getByTestId('entity-search').fill('فرستاده');
    await page.getByTestId('entity-list-item').filter({ hasText: ENVOY }).click();
    await expect.poll(() => page.getByTestId('entity-title').textContent()).toBe(ENVOY);

    await page.getByTestId('entity-delete').click();
    const dialog = page.getByTestId('delete-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByTestId('delete-references').textContent()).toContain(FOLLOW_UP);
    await dialog.getByTestId('delete-confirm').click();

    await expect.poll(() => page.getByTestId('undo-delete').textContent()).toContain(`نام «${ENVOY}» حذف شد.`);
    expect(() => archive().services.getEntity({ id: ids.envoyId })).toThrow();
    await page.getByTestId('undo-delete-action').click();
    await expect.poll(() => page.getByTestId('entity-title').textContent()).toBe(ENVOY);
    expect(await page.getByTestId('entity-timeline-item').allTextContents()).toEqual([expect.stringContaining(FOLLOW_UP)]);
    expect(suite.session.pageErrors).toEqual([]);
  });
});

describe('deleting a name the open article mentions', () => {
  it('shows the article as the delete left it, and its next save keeps the name as plain text', async () => {
    const HEADLINE = 'دیدار فرستادهٔ ویژه با وزیر خارجه';
    const { page, seeded } = await suite.open((archive) => {
      const envoy = archive.services.createEntity({ kind: 'person', canonical: ENVOY });
      const article = archive.articles.create({
        headline: HEADLINE,
        body: bodyOf(['امروز ', { mention: envoy.id, text: ENVOY }, ' با وزیر خارجه دیدار کرد.']),
      });
      return { envoyId: envoy.id, articleId: article.id };
    });
    const desk = new DeskPage(page);
    await desk.articleItem(seeded.articleId).click();
    const mention = desk.body.locator('.entity-mention');
    await expect.poll(() => mention.count()).toBe(1);

    // From the @mention to the name's page, and the name deleted there.
    await mention.click();
    await expect.poll(() => page.getByTestId('entity-title').textContent()).toBe(ENVOY);
    await page.getByTestId('entity-delete').click();
    const dialog = page.getByTestId('delete-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByTestId('delete-references').textContent()).toContain(HEADLINE);
    await dialog.getByTestId('delete-confirm').click();
    await expect.poll(() => page.getByTestId('undo-delete').textContent()).toContain(ENVOY);

    // Back in the article: the name is plain text, and writing on saves without a conflict.
    await desk.articleItem(seeded.articleId).click();
    await expect.poll(() => desk.body.textContent()).toContain(ENVOY);
    expect(await mention.count()).toBe(0);
    await desk.body.click();
    await moveCaret(page, 'Control+End');
    await page.keyboard.type(' گفت‌وگو ادامه دارد.');
    await desk.waitUntilSaved();
    const saved = suite.session.archive.services.getArticle({ id: seeded.articleId });
    expect(saved.bodyText).toContain(`${ENVOY} با وزیر خارجه دیدار کرد. گفت‌وگو ادامه دارد.`);
    expect(JSON.stringify(saved.body)).not.toContain(seeded.envoyId);
    expect(suite.session.pageErrors).toEqual([]);
  });
});
