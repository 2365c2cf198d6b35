/**
 * Merging two archives by the rules of issue 10: one-sided changes are taken, two-sided ones
 * keep both lines and are listed for review, a delete meeting an edit keeps the article, no
 * revision is dropped, a second merge changes nothing, a damaged bundle changes nothing, and
 * merging another archive file does the same as its bundle.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onCurrentRevision } from '../support/revisions';
import type { Archive } from '../../db/archive';
import { mergeArchiveFile } from '../../db/bundle/merge-archive';
import { mergeBundleFile } from '../../db/bundle/merge-bundle';
import { MergeReviews } from '../../db/bundle/merge-reviews';
import { bodyFromPlainText } from '../../db/editor/headless';
import { importPaths } from '../../db/import/import-files';
import { makeTempDir, openTempArchive, type TempArchive } from '../support/temp-archive';
import { bundleOf, copiesOf, mergeState, revisionIds } from './support';

let temp: TempArchive;
let dir: string;
let a: Archive;
let b: Archive;
let ids: string[];

beforeEach(() => {
  temp = openTempArchive();
  dir = makeTempDir('dabir-merge-');
  const common = temp.archive;
  ids = ['نشست جاکارتا', 'بیانیه پایانی', 'دیدار دوجانبه'].map(
    (headline) => common.articles.create({ headline, tags: ['OIC'], body: bodyFromPlainText(`متن ${headline}`) }).id,
  );
  common.links.add(ids[1], ids[0], 'follow_up', onCurrentRevision(common.articles, ids[1]));
  [a, b] = copiesOf(common, dir, ['a', 'b']);
});
afterEach(() => {
  for (const archive of [a, b]) if (archive.db.open) archive.close();
  temp.cleanup();
});

const revisionOf = (archive: Archive, id: string) => archive.db.prepare('SELECT revision FROM articles WHERE id = ?').pluck().get(id);

describe('merging a bundle', () => {
  it('takes a change made on one side only, adds a new article with its history, and agrees both ways', async () => {
    a.articles.save(ids[0], { headline: 'نشست فوق‌العاده جاکارتا', tags: ['OIC', 'قدس'] }, onCurrentRevision(a.articles, ids[0]));
    const fresh = a.articles.create({ headline: 'خبر تازه از جاکارتا', body: bodyFromPlainText('تازه') });
    a.articles.save(fresh.id, { lead: 'لید' }, onCurrentRevision(a.articles, fresh.id));
    a.links.add(fresh.id, ids[2], 'background', onCurrentRevision(a.articles, fresh.id));

    const summary = await mergeBundleFile(b, await bundleOf(a, dir, 'a'));
    expect(summary).toMatchObject({ articlesAdded: 1, articlesUpdated: 1, needsReview: [] });
    expect(b.articles.get(ids[0]).headline).toBe('نشست فوق‌العاده جاکارتا');
    expect(b.articles.get(ids[0]).tags).toEqual(['OIC', 'قدس']);
    expect(b.articles.get(fresh.id).links.map((link) => [link.articleId, link.type])).toEqual([[ids[2], 'background']]);
    expect(b.articles.revisionCount(fresh.id)).toBe(3);
    expect(b.search.search({ query: 'فوق‌العاده' }).results.map((hit) => hit.id)).toEqual([ids[0]]);
    // The side that was ahead gains nothing from the other, and the two agree.
    expect(await mergeBundleFile(a, await bundleOf(b, dir, 'b'))).toMatchObject({ articlesAdded: 0, articlesUpdated: 0 });
    expect(mergeState(a)).toEqual(mergeState(b));
  });

  it('keeps both lines of an article edited on both sides, makes the newer current, and lists it for review', async () => {
    a.articles.save(ids[0], { headline: 'نسخهٔ الف', tags: ['OIC', 'الف'] }, onCurrentRevision(a.articles, ids[0]));
    b.articles.save(ids[0], { headline: 'نسخهٔ ب', tags: ['OIC', 'ب'] }, onCurrentRevision(b.articles, ids[0]));
    const aRevisions = revisionIds(a);
    const bRevisions = revisionIds(b);
    const [aBundle, bBundle] = [await bundleOf(a, dir, 'a'), await bundleOf(b, dir, 'b')];

    const intoA = await mergeBundleFile(a, bBundle);
    const intoB = await mergeBundleFile(b, aBundle);
    expect(intoA.needsReview).toEqual([{ id: ids[0], headline: 'نسخهٔ ب', reason: 'edited_on_both_sides' }]);
    expect(intoB.needsReview).toEqual(intoA.needsReview);
    const merged = b.articles.get(ids[0]);
    expect(merged.headline).toBe('نسخهٔ ب');
    // Tags added on either side are kept.
    expect(merged.tags).toEqual(['OIC', 'الف', 'ب']);
    // The common revision 1, one of each side's, and the merge revision.
    expect(b.articles.revisionCount(ids[0])).toBe(4);
    expect(revisionOf(b, ids[0])).toBe(4);
    for (const id of [...aRevisions, ...bRevisions]) expect(revisionIds(b).has(id)).toBe(true);
    expect(mergeState(a)).toEqual(mergeState(b));
    expect(new MergeReviews(b.db).list().items.map((item) => item.id)).toEqual([ids[0]]);
    expect(new MergeReviews(b.db).resolve(ids[0])).toBe(0);
  });

  it('keeps an article deleted on one side and edited on the other, and lists it', async () => {
    a.deletion.delete(ids[2], 'remove');
    b.articles.save(ids[2], { lead: 'ویرایش پس از سفر' }, onCurrentRevision(b.articles, ids[2]));
    const [aBundle, bBundle] = [await bundleOf(a, dir, 'a'), await bundleOf(b, dir, 'b')];
    const intoA = await mergeBundleFile(a, bBundle);
    await mergeBundleFile(b, aBundle);
    expect(intoA.needsReview.map((item) => item.reason)).toEqual(['deleted_and_edited']);
    expect(a.articles.get(ids[2]).lead).toBe('ویرایش پس از سفر');
    expect(mergeState(a)).toEqual(mergeState(b));
  });

  it('deletes on the other side an article deleted on one side only, with the links to it', async () => {
    a.deletion.delete(ids[0], 'remove');
    await mergeBundleFile(b, await bundleOf(a, dir, 'a'));
    expect(b.articles.exists(ids[0])).toBe(false);
    expect(b.articles.get(ids[1]).links).toEqual([]);
    expect(b.search.search({ query: 'جاکارتا' }).total).toBe(0);
    expect(mergeState(a)).toEqual(mergeState(b));
  });

  it('changes nothing when the same bundle is merged again', async () => {
    a.articles.save(ids[0], { headline: 'الف' }, onCurrentRevision(a.articles, ids[0]));
    b.articles.save(ids[0], { headline: 'ب' }, onCurrentRevision(b.articles, ids[0]));
    const bundle = await bundleOf(a, dir, 'a');
    await mergeBundleFile(b, bundle);
    const before = mergeState(b);
    const again = await mergeBundleFile(b, bundle);
    expect(again).toMatchObject({ articlesAdded: 0, articlesUpdated: 0, revisionsAdded: 0, needsReview: [] });
    expect(mergeState(b)).toEqual(before);
  });

  it('refuses a truncated, cut, foreign or newer bundle and changes nothing', async () => {
    a.articles.save(ids[0], { headline: 'الف' }, onCurrentRevision(a.articles, ids[0]));
    const bytes = readFileSync(await bundleOf(a, dir, 'a'));
    const before = mergeState(b);
    const truncated = join(dir, 'truncated.dabir');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const cut = join(dir, 'cut.dabir');
    const lines = gunzipSync(bytes).toString('utf8').trim().split('\n');
    writeFileSync(cut, gzipSync(`${lines.slice(0, -3).join('\n')}\n`));
    const foreign = join(dir, 'foreign.dabir');
    writeFileSync(foreign, gzipSync('{"hello": "world"}\n'));
    const newer = join(dir, 'newer.dabir');
    writeFileSync(newer, gzipSync(`${JSON.stringify({ kind: 'dabir-bundle', version: 99, createdAt: '2030-01-01T00:00:00Z' })}\n`));
    const report = await importPaths(b, [truncated, cut, foreign, newer]);
    expect(report.files.map((file) => file.errors.map((error) => error.code).join())).toEqual(['invalid_bundle', 'invalid_bundle', 'invalid_bundle', 'invalid_bundle']);
    expect(report.files[1].errors[0].message).toMatch(/truncated|incomplete/);
    expect(report.files[3].errors[0].message).toMatch(/newer Dabir/);
    expect(mergeState(b)).toEqual(before);
  });

  it('merges another archive file directly, leaving that file untouched', async () => {
    a.articles.save(ids[0], { headline: 'از لپ‌تاپ الف' }, onCurrentRevision(a.articles, ids[0]));
    a.db.pragma('wal_checkpoint(TRUNCATE)');
    const otherPath = a.db.name;
    a.close();
    const bytes = readFileSync(otherPath);
    const summary = await mergeArchiveFile(b, otherPath);
    expect(summary.articlesUpdated).toBe(1);
    expect(b.articles.get(ids[0]).headline).toBe('از لپ‌تاپ الف');
    expect(readFileSync(otherPath).equals(bytes)).toBe(true);
  });
});
