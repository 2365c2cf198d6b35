/**
 * Long operations as jobs, on a real archive file: each reports progress, ends with its
 * result, and stops when cancelled with what it had finished kept and nothing half-written.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import type { JobProgress, JobStatus } from '../../common/contract';
import { dispatchApiCall } from '../../api/dispatch';
import { bodyFromPlainText } from '../../db/editor/headless';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

let temp: TempArchive | undefined;
afterEach(() => {
  temp?.cleanup();
  temp = undefined;
});

function seedStories(archive: Archive, count: number): string[] {
  return archive.db.transaction(() =>
    Array.from({ length: count }, (_, i) => archive.articles.create({ headline: `نشست شمارهٔ ${i} در تهران`, body: bodyFromPlainText(`گزارش ${i} از دیدار وزیران`) }).id),
  )();
}

describe('jobs', () => {
  it('tags a large selection in batches, reporting progress, and answers other calls meanwhile', async () => {
    const seen: JobProgress[] = [];
    temp = openTempArchive();
    const ids = seedStories(temp.archive, 120);
    const job = temp.archive.jobs.start({ kind: 'tagArticles', input: { articleIds: ids, add: ['اجلاس سران'] } });
    expect(job).toMatchObject({ kind: 'tagArticles', state: 'running' });
    let answeredMeanwhile = false;
    const watch = setInterval(() => {
      const status = temp!.archive.jobs.get(job.id);
      if (status.state === 'running') {
        seen.push(status.progress);
        answeredMeanwhile ||= temp!.archive.services.listArticles({ limit: 1 }).total === 120;
      }
    }, 0);
    const final = await temp.archive.jobs.settled(job.id);
    clearInterval(watch);
    expect(final).toMatchObject({ state: 'done', result: { changed: 120 }, progress: { done: 120, total: 120 } });
    expect(answeredMeanwhile).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(temp.archive.tags.list('اجلاس')).toMatchObject([{ name: 'اجلاس سران', count: 120 }]);
    // One revision each, as the one-transaction tagArticles gives.
    expect(temp.archive.articles.revisionCount(ids[0])).toBe(2);
  });

  it('stops a cancelled bulk tagging between batches: finished batches stay, the rest is untouched', async () => {
    temp = openTempArchive();
    const ids = seedStories(temp.archive, 200);
    const progress: JobStatus[] = [];
    const archive = temp.archive;
    const job = archive.jobs.start({ kind: 'tagArticles', input: { articleIds: ids, add: ['تحریم'] } });
    // Cancel as soon as some of it is done, as a user pressing «توقف» would.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const status = archive.jobs.get(job.id);
        progress.push(status);
        if (status.progress.done > 0) {
          clearInterval(poll);
          archive.services.cancelJob({ id: job.id });
          resolve();
        }
      }, 0);
    });
    const final = await archive.jobs.settled(job.id);
    expect(final.state).toBe('cancelled');
    expect(final.error?.code).toBe('cancelled');
    const tagged = ids.filter((id) => archive.articles.get(id).tags.includes('تحریم'));
    expect(tagged.length).toBeGreaterThan(0);
    expect(tagged.length).toBeLessThan(ids.length);
    // Whole batches, from the start of the selection, and nothing after them.
    expect(tagged).toEqual(ids.slice(0, tagged.length));
    expect(tagged.length).toBe(final.progress.done);
    expect(archive.articles.revisionCount(ids[ids.length - 1])).toBe(1);
    expect(archive.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('rebuilds the index as a job; cancelled, search says the index is incomplete until it is run again', async () => {
    temp = openTempArchive();
    seedStories(temp.archive, 600);
    temp.archive.db.prepare("UPDATE search_state SET value = '0' WHERE key = 'normalizer_version'").run();
    const archive = temp.archive;
    const job = archive.rebuildIndexIfNeeded()!;
    expect(job.kind).toBe('rebuildIndex');
    // A second start while it runs is the same job: two rebuilds would only race.
    expect(archive.jobs.start({ kind: 'rebuildIndex', input: {} }).id).toBe(job.id);
    archive.jobs.cancel(job.id);
    expect((await archive.jobs.settled(job.id)).state).toBe('cancelled');
    expect(archive.searchIndex.status().state).toBe('incomplete');
    expect(archive.search.search({ query: 'تهران' }).notices).toContain('index_incomplete');

    const again = archive.rebuildIndexIfNeeded()!;
    expect(again.id).not.toBe(job.id);
    expect(await archive.jobs.settled(again.id)).toMatchObject({ state: 'done', result: { indexed: 600 } });
    expect(archive.search.search({ query: 'تهران', limit: 1 })).toMatchObject({ total: 600, notices: [] });
  });

  it('exports many articles as one .zip of the same files a single export makes', async () => {
    temp = openTempArchive();
    const [first, second] = seedStories(temp.archive, 2);
    // Same headline twice: the second file must not overwrite the first.
    const twin = temp.archive.articles.create({ headline: 'نشست شمارهٔ 0 در تهران', body: bodyFromPlainText('متن دیگر') }).id;
    const job = temp.archive.jobs.start({ kind: 'exportArticles', input: { selection: { ids: [first, second, twin] }, format: 'md' } });
    const final = await temp.archive.jobs.settled(job.id);
    if (final.kind !== 'exportArticles' || final.state !== 'done') throw new Error(`export ended ${final.state}`);
    expect(final.result).toMatchObject({ mimeType: 'application/zip', filename: 'دبیر-3-خبر.zip', articles: 3 });
    const { data, done } = temp.archive.services.readExportChunk({ fileId: final.result!.fileId, offset: 0 });
    expect(done).toBe(true);
    const files = unzipSync(Buffer.from(data, 'base64'));
    expect(Object.keys(files).sort()).toEqual(['نشست-شمارهٔ-0-در-تهران-2.md', 'نشست-شمارهٔ-0-در-تهران.md', 'نشست-شمارهٔ-1-در-تهران.md']);
    expect(strFromU8(files['نشست-شمارهٔ-1-در-تهران.md'])).toBe(temp.archive.services.exportArticle({ id: second, format: 'markdown' }).content);
  });

  it('fails a job whose input names a missing article, with the archive’s error code', async () => {
    temp = openTempArchive();
    const job = temp.archive.jobs.start({ kind: 'exportArticles', input: { selection: { ids: ['3f1c6a52-8d0e-4d5b-9a55-4c8f0f1b2e77'] }, format: 'html' } });
    expect(await temp.archive.jobs.settled(job.id)).toMatchObject({ state: 'failed', error: { code: 'not_found' } });
    expect(dispatchApiCall(temp.archive.services, 'getJob', { id: job.id })).toMatchObject({ ok: true, value: { state: 'failed' } });
    expect(dispatchApiCall(temp.archive.services, 'getJob', { id: '3f1c6a52-8d0e-4d5b-9a55-4c8f0f1b2e77' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
