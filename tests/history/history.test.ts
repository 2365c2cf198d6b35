import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { autosaveTexts, longArticleParagraphs, runAutosaves } from '../../bench/autosave-workload';
import { HISTORY_TARGET_BYTES } from '../../bench/history-bench';
import { Archive } from '../../db/archive';
import { dispatchApiCall } from '../../api/dispatch';
import { bodyFromPlainText } from '../../db/editor/headless';
import { snapshotBodyText } from '../../db/history/revision-text';
import { openDatabase } from '../../db/open';
import { makeTempDir, openTempArchive, type TempArchive } from '../support/temp-archive';

let temp: TempArchive;
afterEach(() => temp?.cleanup());

const MIGRATIONS = join(__dirname, '..', '..', 'db', 'migrations');
const start = Date.parse('2026-03-01T08:00:00.000Z');
const at = (ms: number) => new Date(start + ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function fileBytes(archive: Archive, path: string): number {
  archive.db.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(path).size;
}

describe('history storage', () => {
  it('keeps 200 autosaves of an 11,000-character article in under 1 MB, each readable as it was saved', () => {
    temp = openTempArchive();
    const before = fileBytes(temp.archive, temp.path);
    const run = runAutosaves(temp.archive, 200, (save) => at((save + 1) * 1000));
    const growth = fileBytes(temp.archive, temp.path) - before;
    // Full JSON snapshots, one per save, grew the same archive by about 7 MB.
    expect(growth).toBeLessThan(HISTORY_TARGET_BYTES);

    const { revisions } = temp.archive.articles;
    expect(revisions.count(run.id)).toBe(201);
    const texts = autosaveTexts(longArticleParagraphs(), 200);
    for (const save of [0, 1, 63, 64, 65, 137, 199]) {
      expect(snapshotBodyText(revisions.snapshot(run.id, save + 2)!)).toBe(texts[save].join('\n'));
    }
    expect(snapshotBodyText(revisions.snapshot(run.id, 1)!)).toBe(longArticleParagraphs().join('\n'));
  });

  it('thins revisions as they age and still reads back every one it keeps', () => {
    temp = openTempArchive();
    const { articles } = temp.archive;
    const article = articles.create({ headline: 'پیش‌نویس', body: bodyFromPlainText('بند نخست') }, { at: at(0) });
    const saved = new Map<number, string>([[1, 'بند نخست']]);
    let revision = article.revision;
    // Twelve days of work, a save every 20 minutes, the status moving along the way.
    const statuses: Record<number, 'edited' | 'published' | 'archived'> = { 100: 'edited', 300: 'published', 320: 'edited', 700: 'archived' };
    for (let save = 1; save <= 860; save += 1) {
      const text = `بند نخست\nنسخهٔ ${save} از این خبر، با واژه‌های تازه ${'و '.repeat(save % 7)}`;
      revision = articles.save(article.id, { body: bodyFromPlainText(text), ...(statuses[save] ? { status: statuses[save] } : {}) }, {
        baseRevision: revision,
        at: at(save * 20 * MINUTE),
      }).revision;
      saved.set(revision, text);
    }
    const listed = articles.revisions.list(article.id);
    const kept = new Set(listed.map((item) => item.revision));
    const now = start + 860 * 20 * MINUTE;
    const aged = (from: number, to: number) =>
      listed.filter((item) => now - Date.parse(item.savedAt) > from && now - Date.parse(item.savedAt) <= to && !item.statusChanged);
    // The last hour whole; a day of one per ten minutes (here every save, 20 minutes apart);
    // a week of one per hour (of three saves an hour); one per day before that.
    expect(aged(-1, HOUR).map((item) => item.revision)).toEqual([861, 860, 859, 858]);
    expect(aged(HOUR, DAY)).toHaveLength(69);
    const hourly = aged(DAY, 7 * DAY).map((item) => Math.floor(Date.parse(item.savedAt) / HOUR));
    expect(new Set(hourly).size).toBe(hourly.length);
    expect(hourly.length).toBeGreaterThanOrEqual(6 * 24 - 1);
    // Nearly five days, over six calendar days, and the last published revision among them.
    expect(aged(7 * DAY, Infinity).length).toBeLessThanOrEqual(6 + 1);
    // Status changes (the first revision sets one) and the last published revision, whatever their age.
    for (const always of [1, 101, 301, 321, 701]) expect(kept.has(always), `revision ${always}`).toBe(true);
    const lastPublished = 320;
    expect(kept.has(lastPublished)).toBe(true);
    expect(kept.size).toBeLessThan(861 / 3);
    for (const item of listed) {
      expect(snapshotBodyText(articles.revisions.snapshot(article.id, item.revision)!), `revision ${item.revision}`).toBe(saved.get(item.revision));
    }
    // A change is counted against the revision listed before it, once the ones between are gone.
    const [newest, previous] = [listed[0], listed[1]];
    const diff = temp.archive.history.compare(article.id, previous.revision, newest.revision);
    expect(diff.fields.map((field) => field.field)).toEqual(['body']);
    expect(newest.wordsAdded + newest.wordsRemoved).toBeGreaterThan(0);
  });

  it('reads revisions written before migration 010 and lists them with their counts', () => {
    const dir = makeTempDir();
    const oldMigrations = join(dir, 'migrations');
    mkdirSync(oldMigrations);
    for (const file of readdirSync(MIGRATIONS).filter((name) => name < '010')) copyFileSync(join(MIGRATIONS, file), join(oldMigrations, file));
    const path = join(dir, 'archive.sqlite');
    const old = openDatabase(path, { migrationsDir: oldMigrations });
    const id = '0b6f8f5e-3c2a-4f64-9d0e-2b3c4d5e6f70';
    old.prepare("INSERT INTO articles (id, headline, status, body_text, revision, created_at, updated_at) VALUES (?, 'تیتر دوم', 'edited', 'بند دوم خبر', 2, ?, ?)").run(id, at(0), at(MINUTE));
    const snapshot = (revision: number, headline: string, status: string, text: string) =>
      JSON.stringify({ id, headline, kicker: '', lead: '', byline: '', desk: '', status, datelinePlace: '', datelineDate: null, body: bodyFromPlainText(text), tags: [], links: [], revision, createdAt: at(0), updatedAt: at(revision * MINUTE) });
    const insert = old.prepare('INSERT INTO revisions (article_id, revision, saved_at, snapshot) VALUES (?, ?, ?, ?)');
    insert.run(id, 1, at(0), snapshot(1, 'تیتر نخست', 'draft', 'بند نخست'));
    insert.run(id, 2, at(MINUTE), snapshot(2, 'تیتر دوم', 'edited', 'بند دوم خبر'));
    old.close();

    const archive = Archive.open(path);
    try {
      const listed = archive.history.history(id).revisions;
      expect(listed.map(({ revision, words, status, statusChanged }) => ({ revision, words, status, statusChanged }))).toEqual([
        { revision: 2, words: 3, status: 'edited', statusChanged: true },
        { revision: 1, words: 2, status: 'draft', statusChanged: true },
      ]);
      // «تیتر نخست / بند نخست» → «تیتر دوم / بند دوم خبر»: three words in, two out.
      expect(listed[0]).toMatchObject({ wordsAdded: 3, wordsRemoved: 2 });
      // A save after the migration stores its revision the new way, beside the old rows.
      archive.articles.save(id, { lead: 'لید تازه' }, { baseRevision: 2 });
      expect(archive.history.revert(id, 1, 3).revision).toBe(4);
      expect(archive.articles.get(id)).toMatchObject({ headline: 'تیتر نخست', status: 'draft', bodyText: 'بند نخست', lead: '' });
    } finally {
      archive.close();
    }
  });
});

describe('revert and compare', () => {
  function storyWithHistory() {
    temp = openTempArchive();
    const { articles, links } = temp.archive;
    const background = articles.create({ headline: 'پیشینهٔ نشست جاکارتا' });
    const story = articles.create({
      headline: 'نشست سران در جاکارتا',
      status: 'draft',
      tags: ['جاکارتا'],
      body: bodyFromPlainText('وزیر امور خارجه روز یکشنبه وارد جاکارتا شد.'),
    });
    const linked = links.add(story.id, background.id, 'background', { baseRevision: 1 });
    const edited = articles.save(
      story.id,
      { headline: 'نشست فوق‌العاده در جاکارتا', status: 'edited', tags: ['فلسطین'], body: bodyFromPlainText('وزیر امور خارجه ایران روز دوشنبه وارد جاکارتا شد.') },
      { baseRevision: linked.revision },
    );
    const unlinked = links.remove(story.id, background.id, 'background', edited.revision);
    return { story, background, revisions: { linked: linked.revision, edited: edited.revision, current: unlinked.revision } };
  }

  it('writes a new revision equal to the one chosen: fields, body, tags and cross-references', () => {
    const { story, background, revisions } = storyWithHistory();
    const { articles, history, search } = temp.archive;
    const receipt = history.revert(story.id, revisions.linked, revisions.current);
    expect(receipt.revision).toBe(revisions.current + 1);
    const reverted = articles.get(story.id);
    expect(reverted).toMatchObject({ headline: 'نشست سران در جاکارتا', status: 'draft', tags: ['جاکارتا'], bodyText: 'وزیر امور خارجه روز یکشنبه وارد جاکارتا شد.' });
    expect(reverted.links.map((link) => [link.articleId, link.type])).toEqual([[background.id, 'background']]);
    expect(articles.get(background.id).backlinks.map((link) => link.articleId)).toEqual([story.id]);
    // The search index follows the revert like any save.
    expect(search.search({ query: 'یکشنبه' }).results.map((hit) => hit.id)).toEqual([story.id]);
    expect(search.search({ query: 'دوشنبه' }).total).toBe(0);
    const [newest] = history.history(story.id).revisions;
    expect(newest).toMatchObject({ revision: receipt.revision, kind: 'revert', revertedFrom: revisions.linked, status: 'draft', statusChanged: true });
    // Every revision since is still there: the revert can itself be undone.
    expect(history.history(story.id).revisions.map((item) => item.revision)).toEqual([5, 4, 3, 2, 1]);
  });

  it('refuses a revert made on a stale revision and leaves the article as it was', () => {
    const { story, revisions } = storyWithHistory();
    const result = dispatchApiCall(temp.archive.services, 'revertArticle', { id: story.id, revision: 1, baseRevision: revisions.edited });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(temp.archive.articles.get(story.id)).toMatchObject({ revision: revisions.current, headline: 'نشست فوق‌العاده در جاکارتا' });
    expect(dispatchApiCall(temp.archive.services, 'revertArticle', { id: story.id, revision: 99, baseRevision: revisions.current })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('compares two revisions word by word, Persian words whole', () => {
    const { story, revisions } = storyWithHistory();
    const { fields } = temp.archive.history.compare(story.id, revisions.linked, revisions.edited);
    expect(fields.map((field) => field.field)).toEqual(['headline', 'body', 'status', 'tags']);
    expect(fields[0].parts).toEqual([
      { kind: 'same', text: 'نشست ' },
      { kind: 'removed', text: 'سران' },
      { kind: 'added', text: 'فوق‌العاده' },
      { kind: 'same', text: ' در جاکارتا' },
    ]);
    expect(fields[1].parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'added', text: 'ایران ' },
      { kind: 'removed', text: 'یکشنبه' },
      { kind: 'added', text: 'دوشنبه' },
    ]);
    expect(fields[2].parts).toEqual([
      { kind: 'removed', text: 'draft' },
      { kind: 'added', text: 'edited' },
    ]);
    expect(fields[3].parts).toEqual([
      { kind: 'added', text: 'فلسطین' },
      { kind: 'removed', text: 'جاکارتا' },
    ]);
    const links = temp.archive.history.compare(story.id, revisions.edited, revisions.current).fields;
    expect(links).toEqual([{ field: 'links', parts: [{ kind: 'removed', text: 'background: پیشینهٔ نشست جاکارتا' }] }]);
  });
});

describe('every write names the revision it was made on', () => {
  const call = (method: string, args: unknown) => dispatchApiCall(temp.archive.services, method, args);

  it('gives a stale window a conflict for a save, a link and a tag write, and changes nothing', () => {
    temp = openTempArchive();
    const target = temp.archive.articles.create({ headline: 'خبر پیشین' });
    const story = temp.archive.articles.create({ headline: 'نشست جاکارتا' });
    // Another window saved revision 2; this one still holds revision 1.
    expect(call('saveArticle', { id: story.id, fields: { lead: 'لید پنجرهٔ دیگر' }, baseRevision: 1 })).toMatchObject({ ok: true });
    const digest = () => JSON.stringify(temp.archive.articles.get(story.id));
    const before = digest();
    expect(call('saveArticle', { id: story.id, fields: { lead: 'لید کهنه' } })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(call('saveArticle', { id: story.id, fields: { lead: 'لید کهنه' }, baseRevision: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(call('addArticleLink', { sourceId: story.id, targetId: target.id, type: 'follow_up', baseRevision: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(call('tagArticles', { articleIds: [story.id], add: ['جاکارتا'], baseRevisions: { [story.id]: 1 } })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(digest()).toBe(before);
  });

  it('answers a link or tag write with the revision it made, so the window saves on it without a false conflict', () => {
    temp = openTempArchive();
    const target = temp.archive.articles.create({ headline: 'خبر پیشین' });
    const story = temp.archive.articles.create({ headline: 'نشست جاکارتا' });
    const linked = call('addArticleLink', { sourceId: story.id, targetId: target.id, type: 'follow_up', baseRevision: 1 });
    expect(linked).toMatchObject({ ok: true, value: { revision: 2, links: [{ articleId: target.id, type: 'follow_up' }] } });
    const tagged = call('tagArticles', { articleIds: [story.id, target.id], add: ['جاکارتا'], baseRevisions: { [story.id]: 2 } });
    expect(tagged).toMatchObject({ ok: true, value: { changed: 2, revisions: [{ id: story.id, from: 2, to: 3 }, { id: target.id, from: 1, to: 2 }] } });
    expect(call('saveArticle', { id: story.id, fields: { lead: 'لید تازه' }, baseRevision: 3 })).toMatchObject({ ok: true, value: { revision: 4 } });
    const removed = call('removeArticleLink', { sourceId: story.id, targetId: target.id, type: 'follow_up', baseRevision: 4 });
    expect(removed).toMatchObject({ ok: true, value: { revision: 5, links: [] } });
    const merged = call('mergeTags', { sourceIds: [temp.archive.tags.list('جاکارتا')[0].id], targetId: temp.archive.tags.ensure('اجلاس').id });
    expect(merged).toMatchObject({ ok: true, value: { name: 'اجلاس', revisions: [{ id: target.id, from: 2, to: 3 }, { id: story.id, from: 5, to: 6 }] } });
  });
});

// The legacy table's CHECK keeps a JSON snapshot; the new one refuses a row that is neither.
it('stores snapshots that SQLite itself can tell apart: a delta always names its keyframe', () => {
  temp = openTempArchive();
  const { id } = temp.archive.articles.create({ headline: 'تیتر' });
  expect(() => temp.archive.db.prepare("INSERT INTO revisions (article_id, revision, saved_at, kind, status, status_changed, encoding, data) VALUES (?, 9, 'x', 'save', 'draft', 0, 'delta', x'00')").run(id)).toThrow(/CHECK/);
  const check = new Database(temp.path, { readonly: true });
  expect(check.prepare('SELECT encoding, base FROM revisions WHERE article_id = ?').get(id)).toEqual({ encoding: 'deflate', base: null });
  check.close();
});
