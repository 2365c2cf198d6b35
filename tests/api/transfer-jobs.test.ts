/**
 * Import and export through the API, as the app runs them: files sent in base64 pieces, the
 * `importFiles` job followed to its per-file report, a cancel that leaves only whole files,
 * and an `exportArticles` job's file read back in pieces. Every call goes through
 * dispatchApiCall, as both shells do; progress and cancel are the one job system's.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../common/contract';
import { IMPORT_CHUNK_BYTES } from '../../common/transfer-constants';
import { dispatchApiCall } from '../../api/dispatch';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

let temp: TempArchive;
afterEach(() => temp?.cleanup());

function call<T>(method: string, args: unknown): T {
  const result = dispatchApiCall(temp.archive.services, method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function untilSettled(id: string): Promise<JobStatus> {
  for (;;) {
    const status = call<JobStatus>('getJob', { id });
    if (status.state !== 'running') return status;
    await sleep(10);
  }
}

function upload(files: Array<{ name: string; bytes: Buffer }>): string {
  const { uploadId } = call<{ uploadId: string }>('beginImport', { files: files.map((file) => ({ name: file.name, size: file.bytes.length })) });
  files.forEach((file, index) => {
    for (let offset = 0; offset < file.bytes.length; offset += IMPORT_CHUNK_BYTES) {
      call('uploadImportChunk', { uploadId, file: index, offset, data: file.bytes.subarray(offset, offset + IMPORT_CHUNK_BYTES).toString('base64') });
    }
  });
  return uploadId;
}

function importReportOf(status: JobStatus) {
  if (status.kind !== 'importFiles' || !status.result) throw new Error(`not an import's report: ${status.kind} ${status.state}`);
  return status.result;
}

describe('import through the API', () => {
  it('receives files in pieces, imports them, and reports per file', async () => {
    temp = openTempArchive();
    // More than one piece long; the blank line of padding costs the import nothing.
    const stories = Array.from({ length: 20 }, (_, i) => JSON.stringify({ headline: `خبر ${i}`, body: `متن خبر ${i}.` }));
    const big = Buffer.from([...stories.slice(0, 10), ' '.repeat(IMPORT_CHUNK_BYTES + 1000), ...stories.slice(10)].join('\n'));
    expect(big.length).toBeGreaterThan(IMPORT_CHUNK_BYTES);
    const uploadId = upload([
      { name: 'پوشه/یک.txt', bytes: Buffer.from('خبر یک\nمتن یک.') },
      { name: 'پوشه/بد.txt', bytes: Buffer.from([0x00, 0x01, 0x02]) },
      { name: 'feed.jsonl', bytes: big },
    ]);
    const started = call<JobStatus>('startJob', { kind: 'importFiles', input: { uploadId } });
    expect(started).toMatchObject({ kind: 'importFiles', state: 'running' });
    const done = await untilSettled(started.id);
    expect(done.state).toBe('done');
    expect(importReportOf(done).files.map((file) => [file.file, file.imported, file.problems.map((p) => p.code).join()])).toEqual([
      ['پوشه/یک.txt', 1, ''],
      ['پوشه/بد.txt', 0, 'binary'],
      ['feed.jsonl', 20, ''],
    ]);
    expect(temp.archive.articles.list().total).toBe(21);
  });

  it('refuses a piece out of order and an import before every piece is in, and forgets a discarded upload', async () => {
    temp = openTempArchive();
    const { uploadId } = call<{ uploadId: string }>('beginImport', { files: [{ name: 'a.txt', size: 10 }] });
    expect(dispatchApiCall(temp.archive.services, 'uploadImportChunk', { uploadId, file: 0, offset: 4, data: 'YWJj' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const early = call<JobStatus>('startJob', { kind: 'importFiles', input: { uploadId } });
    expect(await untilSettled(early.id)).toMatchObject({ state: 'failed', error: { code: 'invalid_argument', message: expect.stringContaining('not whole') } });

    const second = call<{ uploadId: string }>('beginImport', { files: [{ name: 'b.txt', size: 3 }] });
    expect(call('discardImport', second)).toEqual({ discarded: true });
    expect(dispatchApiCall(temp.archive.services, 'uploadImportChunk', { ...second, file: 0, offset: 0, data: 'YWJj' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('cancels a running import, keeping only whole files', async () => {
    temp = openTempArchive();
    const lines = (prefix: string, n: number) => Buffer.from(Array.from({ length: n }, (_, i) => JSON.stringify({ headline: `${prefix} ${i}`, body: 'متن' })).join('\n'));
    const uploadId = upload([
      { name: 'first.txt', bytes: Buffer.from('نخست\nمتن.') },
      { name: 'big.jsonl', bytes: lines('بزرگ', 5_000) },
    ]);
    const { id } = call<JobStatus>('startJob', { kind: 'importFiles', input: { uploadId } });
    while (temp.archive.articles.list().total < 300) await sleep(5);
    expect(call<JobStatus>('cancelJob', { id }).kind).toBe('importFiles');
    const settled = await untilSettled(id);
    expect(settled).toMatchObject({ state: 'cancelled', error: { code: 'cancelled' } });
    expect(importReportOf(settled).files.map((file) => file.imported)).toEqual([1, 0]);
    expect(temp.archive.articles.list().items.map((item) => item.headline)).toEqual(['نخست']);
  }, 120_000);
});

describe('export through the API', () => {
  it('exports a selection as a bundle and hands it back in pieces', async () => {
    temp = openTempArchive();
    const a = temp.archive.articles.create({ headline: 'یک' });
    temp.archive.articles.create({ headline: 'دو' });
    const started = call<JobStatus>('startJob', { kind: 'exportArticles', input: { format: 'bundle', selection: { ids: [a.id] } } });
    const done = await untilSettled(started.id);
    if (done.kind !== 'exportArticles' || !done.result) throw new Error(`export ended ${done.state}`);
    const file = done.result;
    expect(file).toMatchObject({ articles: 1, mimeType: 'application/gzip', filename: 'دبیر-1-خبر.dabir' });
    const pieces: Buffer[] = [];
    for (let offset = 0; ; ) {
      const chunk = call<{ data: string; done: boolean }>('readExportChunk', { fileId: file.fileId, offset, length: 100 });
      const bytes = Buffer.from(chunk.data, 'base64');
      pieces.push(bytes);
      offset += bytes.length;
      if (chunk.done) break;
    }
    expect(Buffer.concat(pieces).length).toBe(file.size);
    expect(Buffer.concat(pieces).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    // Read to its end, the file is gone.
    expect(dispatchApiCall(temp.archive.services, 'readExportChunk', { fileId: file.fileId, offset: 0 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
