/**
 * An article stays open in the editor while a name it mentions is merged into another, from
 * outside the editor (the names API, as the command line or another window would). The
 * archive rewrites the article's @mention as a revision of its own; the editor, still on the
 * revision before, types on and saves: no conflict, and the merge's rewrite is neither lost
 * in that save nor in the next, because the editor takes it up too.
 */
import { describe, expect, it } from 'vitest';
import { readBody } from '../../db/editor/headless';
import { bodyOf } from '../entities/support';
import { useBrowserSuite } from '../support/browser-suite';
import { DeskPage } from '../support/desk-page';
import { moveCaret } from '../support/editor-keys';

const suite = useBrowserSuite();

/** The @mentions of a stored body, as entity, words and format. */
function mentionNodes(body: unknown): Array<{ entityId: string; text: string; format: number }> {
  const found: Array<{ entityId: string; text: string; format: number }> = [];
  const walk = (node: { type?: string; entityId?: string; text?: string; format?: number; children?: unknown[] }) => {
    if (node.type === 'entity-mention') found.push({ entityId: node.entityId!, text: node.text!, format: node.format! });
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk((body as { root: typeof walk extends (n: infer N) => void ? N : never }).root);
  return found;
}

describe('a name merged while the article that mentions it is open', () => {
  it('saves what is typed after the merge without a conflict, and keeps the mention on the surviving name', async () => {
    const { page, seeded } = await suite.open((archive) => {
      const kept = archive.services.createEntity({ kind: 'person', canonical: 'محمدجواد ظریف' });
      const merged = archive.services.createEntity({ kind: 'person', canonical: 'جواد ظریف' });
      const article = archive.articles.create({
        headline: 'دیدار ظریف و لاوروف در مسکو',
        body: bodyOf(['وزیر امور خارجه، ', { mention: merged.id, text: 'جواد ظریف', format: 1 }, '، با همتای روس خود دیدار کرد.']),
      });
      return { keptId: kept.id, mergedId: merged.id, articleId: article.id };
    });
    const desk = new DeskPage(page);
    await desk.articleItem(seeded.articleId).click();
    const mention = desk.body.locator('.entity-mention');
    await expect.poll(() => mention.getAttribute('data-entity-id')).toBe(seeded.mergedId);

    // Merged from outside the editor: the archive rewrites the article as revision 2.
    suite.session.archive.services.mergeEntities({ sourceId: seeded.mergedId, targetId: seeded.keptId });
    expect(suite.session.archive.services.getArticle({ id: seeded.articleId }).revision).toBe(2);

    await desk.body.click();
    await moveCaret(page, 'Control+End');
    await page.keyboard.type(' دو طرف دربارهٔ برجام گفت‌وگو کردند.');
    await desk.waitUntilSaved();
    expect(await desk.saveState()).toBe('saved');
    // No conflict: the status offers no «save this window's version».
    expect(await page.getByRole('button', { name: 'نسخهٔ این پنجره را ذخیره کن' }).count()).toBe(0);

    const saved = suite.session.archive.services.getArticle({ id: seeded.articleId });
    expect(saved.revision).toBe(3);
    expect(saved.bodyText).toBe('وزیر امور خارجه، جواد ظریف، با همتای روس خود دیدار کرد. دو طرف دربارهٔ برجام گفت‌وگو کردند.');
    expect([...readBody(saved.body!).references.entityIds]).toEqual([seeded.keptId]);
    expect(mentionNodes(saved.body)).toEqual([{ entityId: seeded.keptId, text: 'جواد ظریف', format: 1 }]);
    // The editor shows the mention on the surviving name now, still bold.
    await expect.poll(() => mention.getAttribute('data-entity-id')).toBe(seeded.keptId);
    expect(await mention.getAttribute('class')).toContain('ae-bold');

    // The next save is made on revision 3 and brings the rewritten mention, not the old one.
    await page.keyboard.type(' دیدار دو ساعت به طول انجامید.');
    await desk.waitUntilSaved();
    const next = suite.session.archive.services.getArticle({ id: seeded.articleId });
    expect(next.revision).toBe(4);
    expect(JSON.stringify(next.body)).not.toContain(seeded.mergedId);
    expect(mentionNodes(next.body)).toEqual([{ entityId: seeded.keptId, text: 'جواد ظریف', format: 1 }]);
    // The mention in the panel's list is the surviving name's, as the @mention confirms it.
    const mentions = suite.session.archive.services.getArticleMentions({ id: seeded.articleId });
    expect(mentions.map(({ entity, state, origin }) => ({ id: entity.id, state, origin }))).toContainEqual({ id: seeded.keptId, state: 'confirmed', origin: 'inline' });
    expect(mentions.some(({ entity }) => entity.id === seeded.mergedId)).toBe(false);
    expect(suite.session.pageErrors).toEqual([]);
  });
});
