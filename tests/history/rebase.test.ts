/**
 * A window holds the revision it opened an article on. Writes made beside it (a name merged or
 * deleted, a tag added from the list, a cross-reference, the other article of a [[link]]
 * deleted) make new revisions; the window's next save, tag or link write is made over them
 * instead of being a conflict, and what they did survives it. Any other write between (another
 * window's edit, a revert) still makes it a conflict.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SerializedBody } from '../../common/contract';
import { readBody } from '../../db/editor/headless';
import { bodyOf } from '../entities/support';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

let temp: TempArchive;
afterEach(() => temp?.cleanup());

function zarifStory() {
  temp = openTempArchive();
  const { entities, articles } = temp.archive;
  const target = entities.create({ kind: 'person', canonical: 'محمدجواد ظریف' });
  const source = entities.create({ kind: 'person', canonical: 'جواد ظریف' });
  const body = (lead: string) => bodyOf([lead, { mention: source.id, text: 'جواد ظریف', format: 1 }, ' با همتای روس دیدار کرد.']);
  const article = articles.create({ headline: 'دیدار در مسکو', body: body('وزیر امور خارجه، ') });
  return { ...temp.archive, source, target, article, body };
}

const entityIdsOf = (body: SerializedBody | null) => [...readBody(body!).references.entityIds];

describe('a write made on a revision before writes made beside the editor', () => {
  it('saves over an entity merge, with the merge applied to the body it brings, and says so', () => {
    const { articles, entityLifecycle, source, target, article, body } = zarifStory();
    entityLifecycle.merge(source.id, target.id);
    expect(articles.get(article.id).revision).toBe(2);

    // The editor still shows the mention of the merged-away name, and types before it.
    const receipt = articles.save(article.id, { body: body('امروز وزیر امور خارجه، ') }, { baseRevision: 1 });

    expect(receipt).toMatchObject({ revision: 3, rebasedOver: [{ kind: 'retarget-entity', from: source.id, to: target.id }] });
    const saved = articles.get(article.id);
    expect(saved.bodyText).toBe('امروز وزیر امور خارجه، جواد ظریف با همتای روس دیدار کرد.');
    expect(entityIdsOf(saved.body)).toEqual([target.id]);
  });

  it('saves over an entity delete, its mention plain text in what it brings too', () => {
    const { articles, entityLifecycle, source, article, body } = zarifStory();
    entityLifecycle.delete(source.id, 'remove');
    const receipt = articles.save(article.id, { body: body('امروز ') }, { baseRevision: 1 });
    expect(receipt.rebasedOver).toEqual([{ kind: 'unlink', entityId: source.id }]);
    expect(entityIdsOf(articles.get(article.id).body)).toEqual([]);
    expect(articles.get(article.id).bodyText).toBe('امروز جواد ظریف با همتای روس دیدار کرد.');
  });

  it('saves over a tag added from the list and a cross-reference, keeping both; tags over tags is a conflict', () => {
    const { articles, tags, links, article } = zarifStory();
    const other = articles.create({ headline: 'پیشینهٔ دیدار' });
    tags.tagArticles([article.id], ['روسیه']);
    links.add(article.id, other.id, 'background', { baseRevision: 2 });

    const receipt = articles.save(article.id, { headline: 'دیدار ظریف و لاوروف' }, { baseRevision: 1 });
    expect(receipt).toMatchObject({ revision: 4 });
    expect(receipt.rebasedOver).toBeUndefined();
    expect(articles.get(article.id)).toMatchObject({ headline: 'دیدار ظریف و لاوروف', tags: ['روسیه'], links: [{ articleId: other.id }] });

    expect(() => articles.save(article.id, { tags: ['مسکو'] }, { baseRevision: 3 })).toThrow(/saved elsewhere/);
    expect(articles.get(article.id).tags).toEqual(['روسیه']);
  });

  it('makes a tag or link write on the editor\'s revision over a merge, and answers with the rule to apply', () => {
    const { articles, entityLifecycle, tags, links, source, target, article } = zarifStory();
    const other = articles.create({ headline: 'پیشینهٔ دیدار' });
    entityLifecycle.merge(source.id, target.id);
    const rule = [{ kind: 'retarget-entity', from: source.id, to: target.id }];

    const tagged = tags.tagArticles([article.id], ['روسیه'], [], { [article.id]: 1 });
    expect(tagged.revisions).toEqual([{ id: article.id, from: 1, to: 3, rebasedOver: rule }]);
    const linked = links.add(article.id, other.id, 'background', { baseRevision: 1 });
    expect(linked).toMatchObject({ revision: 4, rebasedOver: rule });
    expect(entityIdsOf(articles.get(article.id).body)).toEqual([target.id]);
  });

  it('is still a conflict over another window\'s edit or a revert, and changes nothing', () => {
    const { articles, entityLifecycle, history, source, target, article } = zarifStory();
    entityLifecycle.merge(source.id, target.id);
    articles.save(article.id, { lead: 'لید پنجرهٔ دیگر' }, { baseRevision: 2 });
    expect(() => articles.save(article.id, { headline: 'تیتر' }, { baseRevision: 1 })).toThrow(/saved elsewhere/);
    // A revert is an editor's act, not a rule: a window on the revision before it is stale.
    history.revert(article.id, 1, 3);
    expect(() => articles.save(article.id, { headline: 'تیتر' }, { baseRevision: 3 })).toThrow(/saved elsewhere/);
    // Nor is a revert made over a change of the cross-references it would put back.
    const other = articles.create({ headline: 'پیشینه' });
    temp.archive.links.add(article.id, other.id, 'background', { baseRevision: 4 });
    expect(() => history.revert(article.id, 2, 4)).toThrow(/saved elsewhere/);
    // And a revision from the future is no base at all.
    expect(() => articles.save(article.id, { headline: 'تیتر' }, { baseRevision: 9 })).toThrow(/saved elsewhere/);
    expect(articles.get(article.id)).toMatchObject({ revision: 5, headline: 'دیدار در مسکو', links: [{ articleId: other.id }] });
  });

  it('saves over the delete of an article it links to inline, the [[link]] plain text', () => {
    temp = openTempArchive();
    const { articles, deletion } = temp.archive;
    const earlier = articles.create({ headline: 'گزارش پیشین' });
    const linkNode = { type: 'article-link', version: 1, text: 'گزارش پیشین', format: 0, detail: 0, mode: 'token', style: '', articleId: earlier.id };
    const withLink = (lead: string) =>
      ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [
        { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [
          { type: 'text', version: 1, text: lead, format: 0, detail: 0, mode: 'normal', style: '' },
          linkNode,
        ] },
      ] } }) as unknown as SerializedBody;
    const story = articles.create({ headline: 'پیگیری', body: withLink('بنگرید به ') });
    deletion.delete(earlier.id, 'remove');

    const receipt = articles.save(story.id, { body: withLink('نیز بنگرید به ') }, { baseRevision: 1 });
    expect(receipt.rebasedOver).toEqual([{ kind: 'unlink', articleId: earlier.id }]);
    const saved = articles.get(story.id);
    expect(saved.bodyText).toBe('نیز بنگرید به گزارش پیشین');
    expect(readBody(saved.body!).references.articleIds.size).toBe(0);
  });
});
