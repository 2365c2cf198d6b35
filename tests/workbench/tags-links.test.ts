import { afterEach, describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { createHeadlessEditor } from '@lexical/headless';
import type { SerializedBody } from '../../common/contract';
import { $createArticleLinkNode } from '../../common/editor/ArticleLinkNode';
import { ARTICLE_BODY_NODES } from '../../common/editor-nodes';
import { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { openTempArchive, type TempArchive } from '../support/temp-archive';
import { onCurrentRevision } from '../support/revisions';

let temp: TempArchive;
afterEach(() => temp?.cleanup());

/** A body whose second sentence holds a [[link]] to another article. */
function bodyLinkingTo(targetId: string, label: string): SerializedBody {
  const editor = createHeadlessEditor({ nodes: [...ARTICLE_BODY_NODES], onError: (error) => { throw error; } });
  editor.update(
    () => {
      const paragraph = $createParagraphNode().append(
        $createTextNode('در پیگیری گزارش پیشین '),
        $createArticleLinkNode(targetId, label),
        $createTextNode(' باید گفت که نشست ادامه دارد.'),
      );
      $getRoot().append(paragraph);
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as SerializedBody;
}

describe('tags', () => {
  it('treats spelling variants as one tag, keeps the first spelling, and counts articles', () => {
    temp = openTempArchive();
    const { articles, tags } = temp.archive;
    const a = articles.create({ headline: 'یک', tags: ['تحریم‌ها', 'OIC'] });
    articles.create({ headline: 'دو', tags: ['تحريمها'] });
    expect(articles.get(a.id).tags).toEqual(['OIC', 'تحریم‌ها']);
    const listed = tags.list();
    expect(listed.find((tag) => tag.name === 'تحریم‌ها')?.count).toBe(2);
    expect(listed.map((tag) => tag.name)).not.toContain('تحريمها');
    expect(tags.list('تحر').map((tag) => tag.name)).toEqual(['تحریم‌ها']);
  });

  it('records tag changes in the article history', () => {
    temp = openTempArchive();
    const { articles } = temp.archive;
    const { id } = articles.create({ headline: 'نشست' });
    articles.save(id, { tags: ['اوپک'] }, onCurrentRevision(articles, id));
    expect([1, 2].map((revision) => articles.revisions.snapshot(id, revision)?.tags)).toEqual([[], ['اوپک']]);
  });

  it('renames everywhere at once and refuses a rename onto another tag', () => {
    temp = openTempArchive();
    const { articles, tags } = temp.archive;
    const { id } = articles.create({ headline: 'یک', tags: ['اجلاس جاکارتا', 'فلسطین'] });
    const summit = tags.list('اجلاس')[0];
    tags.rename(summit.id, 'نشست جاکارتا');
    expect(articles.get(id).tags).toContain('نشست جاکارتا');
    expect(() => tags.rename(summit.id, 'فلسطين')).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('merges tags across the archive, with a revision for each article changed', () => {
    temp = openTempArchive();
    const { articles, tags } = temp.archive;
    const one = articles.create({ headline: 'یک', tags: ['سازمان کنفرانس اسلامی'] });
    const two = articles.create({ headline: 'دو', tags: ['سازمان همکاری اسلامی', 'سازمان کنفرانس اسلامی'] });
    const [source] = tags.list('سازمان کنفرانس');
    const [target] = tags.list('سازمان همکاری');
    const merged = tags.merge([source.id], target.id);
    expect(merged.count).toBe(2);
    expect(articles.get(one.id).tags).toEqual(['سازمان همکاری اسلامی']);
    expect(articles.get(two.id).tags).toEqual(['سازمان همکاری اسلامی']);
    expect(tags.list('سازمان کنفرانس')).toEqual([]);
    expect(articles.get(one.id).revision).toBe(2);
  });

  it('tags and untags many articles at once, and filters search by tag', () => {
    temp = openTempArchive();
    const { articles, tags, search } = temp.archive;
    const ids = ['نشست اول جاکارتا', 'نشست دوم جاکارتا', 'نشست سوم تهران'].map((headline) => articles.create({ headline }).id);
    expect(tags.tagArticles(ids.slice(0, 2), ['اجلاس سران'])).toEqual({ changed: 2, revisions: ids.slice(0, 2).map((id) => ({ id, from: 1, to: 2 })) });
    expect(tags.tagArticles(ids.slice(0, 2), ['اجلاس سران'])).toEqual({ changed: 0, revisions: [] });
    expect(search.search({ query: 'نشست', filters: { tags: ['اجلاس سران'] } }).total).toBe(2);
    expect(search.search({ query: '', filters: { tags: ['اجلاس سران'] } }).total).toBe(2);
    tags.tagArticles([ids[0]], [], ['اجلاس سران']);
    expect(search.search({ query: 'نشست', filters: { tags: ['اجلاس سران'] } }).results.map((hit) => hit.id)).toEqual([ids[1]]);
  });
});

describe('cross-references', () => {
  it('shows manual links on the source and as backlinks on the target, in the history', () => {
    temp = openTempArchive();
    const { articles, links } = temp.archive;
    const earlier = articles.create({ headline: 'آغاز نشست جاکارتا' });
    const later = articles.create({ headline: 'پایان نشست جاکارتا' });
    links.add(later.id, earlier.id, 'follow_up', onCurrentRevision(articles, later.id));
    expect(articles.get(later.id).links).toEqual([{ articleId: earlier.id, headline: 'آغاز نشست جاکارتا', type: 'follow_up', origin: 'manual' }]);
    expect(articles.get(earlier.id).backlinks.map((link) => [link.articleId, link.type])).toEqual([[later.id, 'follow_up']]);
    expect(articles.get(later.id).revision).toBe(2);
    links.remove(later.id, earlier.id, 'follow_up', onCurrentRevision(articles, later.id).baseRevision);
    expect(articles.get(earlier.id).backlinks).toEqual([]);
    expect(() => links.add(later.id, later.id, 'related', onCurrentRevision(articles, later.id))).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });

  it('keeps inline [[links]] in step with the body and shows them as backlinks', () => {
    temp = openTempArchive();
    const { articles } = temp.archive;
    const earlier = articles.create({ headline: 'دیدار ظریف و مرسودی' });
    const later = articles.create({ headline: 'بیانیه پایانی', body: bodyLinkingTo(earlier.id, 'دیدار ظریف و مرسودی') });
    expect(articles.get(earlier.id).backlinks).toMatchObject([{ articleId: later.id, origin: 'inline', type: 'related' }]);
    articles.save(later.id, { body: bodyFromPlainText('متن بدون پیوند') }, onCurrentRevision(articles, later.id));
    expect(articles.get(earlier.id).backlinks).toEqual([]);
  });

  it('answers an article\'s links both ways on their own, as the article carries them, and not for a deleted one', () => {
    temp = openTempArchive();
    const { articles, links } = temp.archive;
    const earlier = articles.create({ headline: 'دیدار ظریف و مرسودی' });
    const later = articles.create({ headline: 'بیانیه پایانی', body: bodyLinkingTo(earlier.id, 'دیدار ظریف و مرسودی') });
    links.add(earlier.id, later.id, 'background', onCurrentRevision(articles, earlier.id));
    for (const id of [earlier.id, later.id]) {
      const { links: outgoing, backlinks } = articles.get(id);
      expect(links.of(id)).toEqual({ links: outgoing, backlinks });
    }
    expect(links.of(earlier.id).backlinks).toMatchObject([{ articleId: later.id, origin: 'inline' }]);
    expect(links.of(earlier.id).links).toMatchObject([{ articleId: later.id, type: 'background', origin: 'manual' }]);
    temp.archive.deletion.delete(later.id, 'remove');
    expect(() => links.of(later.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(links.of(earlier.id)).toEqual({ links: [], backlinks: [] });
  });

  it('suggests articles by headline for [[, with a prefix on the last word', () => {
    temp = openTempArchive();
    const { articles, search } = temp.archive;
    const summit = articles.create({ headline: 'نشست سران در جاکارتا' });
    articles.create({ headline: 'بازار نفت' });
    expect(search.suggestArticles('نشست جاکا').map((hit) => hit.id)).toEqual([summit.id]);
    expect(search.suggestArticles('نشست جاکا', summit.id)).toEqual([]);
    expect(search.suggestArticles('').length).toBe(2);
  });
});

describe('deleting an article', () => {
  it('refuses while other articles point at it, and reports them', () => {
    temp = openTempArchive();
    const { articles, links, deletion } = temp.archive;
    const target = articles.create({ headline: 'گزارش نخست' });
    const source = articles.create({ headline: 'پیگیری' });
    links.add(source.id, target.id, 'follow_up', onCurrentRevision(articles, source.id));
    const report = deletion.delete(target.id, 'refuse');
    expect(report).toEqual({ deleted: false, references: [{ articleId: source.id, headline: 'پیگیری', kind: 'backlink' }] });
    expect(articles.get(target.id).headline).toBe('گزارش نخست');
  });

  it('removes every reference, turning inline links into plain text, and leaves a tombstone', () => {
    temp = openTempArchive();
    const { articles, links, deletion, search } = temp.archive;
    const target = articles.create({ headline: 'گزارش نخست از اجلاس' });
    const inline = articles.create({ headline: 'متن پیوندی', body: bodyLinkingTo(target.id, 'گزارش نخست') });
    const manual = articles.create({ headline: 'پیوند دستی' });
    links.add(manual.id, target.id, 'background', onCurrentRevision(articles, manual.id));
    const report = deletion.delete(target.id, 'remove');
    expect(report.deleted).toBe(true);
    expect(report.references.map((ref) => ref.kind).sort()).toEqual(['backlink', 'inline']);
    expect(() => articles.get(target.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(articles.list().items.map((item) => item.id)).not.toContain(target.id);
    expect(search.search({ query: 'اجلاس' }).total).toBe(0);
    const body = JSON.stringify(articles.get(inline.id).body);
    expect(body).not.toContain('article-link');
    expect(articles.get(inline.id).bodyText).toContain('گزارش نخست');
    expect(articles.get(manual.id).links).toEqual([]);
    const dangling = temp.archive.db.prepare('SELECT count(*) AS n FROM article_links WHERE target_id = ? OR source_id = ?').get(target.id, target.id);
    expect(dangling).toEqual({ n: 0 });
    const tombstone = temp.archive.db.prepare('SELECT deleted_at FROM articles WHERE id = ?').get(target.id) as { deleted_at: string };
    expect(tombstone.deleted_at).toBeTruthy();
  });

  it('is undone by restore: the article, its tags and links, and the links made to it by hand', () => {
    temp = openTempArchive();
    const { articles, links, deletion, search } = temp.archive;
    const target = articles.create({ headline: 'گزارش نخست از اجلاس', tags: ['سازمان همکاری اسلامی'] });
    const background = articles.create({ headline: 'پیشینهٔ اجلاس' });
    const follower = articles.create({ headline: 'پیگیری اجلاس' });
    const inline = articles.create({ headline: 'متن پیوندی', body: bodyLinkingTo(target.id, 'گزارش نخست') });
    links.add(target.id, background.id, 'background', onCurrentRevision(articles, target.id));
    links.add(follower.id, target.id, 'follow_up', onCurrentRevision(articles, follower.id));
    const followerRevisions = articles.revisionCount(follower.id);

    deletion.delete(target.id, 'remove');
    // The link's removal is part of the other article's history.
    expect(articles.revisionCount(follower.id)).toBe(followerRevisions + 1);
    expect(() => deletion.restore(background.id)).toThrow(expect.objectContaining({ code: 'not_found' }));

    const restored = temp.archive.services.restoreArticle({ id: target.id });
    expect(restored).toMatchObject({ id: target.id, headline: 'گزارش نخست از اجلاس' });
    const back = articles.get(target.id);
    expect(back.tags).toEqual(['سازمان همکاری اسلامی']);
    expect(back.links).toMatchObject([{ articleId: background.id, type: 'background', origin: 'manual' }]);
    expect(back.backlinks).toMatchObject([{ articleId: follower.id, type: 'follow_up', origin: 'manual' }]);
    expect(articles.list().items.map((item) => item.id)).toContain(target.id);
    expect(search.search({ query: 'اجلاس گزارش' }).results.map((hit) => hit.id)).toEqual([target.id]);
    // The [[link]] turned into text stays text: its earlier revision still has it.
    expect(JSON.stringify(articles.get(inline.id).body)).not.toContain('article-link');
    expect(() => deletion.restore(target.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('survives reopening the archive', () => {
    temp = openTempArchive();
    const { articles, links } = temp.archive;
    const a = articles.create({ headline: 'الف', tags: ['اوپک'] });
    const b = articles.create({ headline: 'ب' });
    links.add(b.id, a.id, 'correction', onCurrentRevision(articles, b.id));
    temp.archive.close();
    temp.archive = Archive.open(temp.path);
    expect(temp.archive.articles.get(a.id).backlinks).toMatchObject([{ articleId: b.id, type: 'correction' }]);
    expect(temp.archive.articles.get(a.id).tags).toEqual(['اوپک']);
  });
});
