/**
 * The archive worker host under plain Node, as both shells use it: a real worker thread on a
 * real archive file. Calls made at once are all answered; a long job answers its progress and
 * stops when cancelled; a worker killed in the middle of a burst of saves loses none of those
 * it had acknowledged and is replaced; a close answers every call handed over before it.
 */
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus, SaveReceipt } from '../../common/contract';
import type { Result } from '../../common/result';
import { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { ArchiveHost, type RestartReport } from '../../host/archive-host';
import { makeTempDir } from '../support/temp-archive';

let host: ArchiveHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

/** A fresh archive file with `count` articles, written on this thread before the host opens it. */
function seededArchive(count: number): { dbPath: string; ids: string[] } {
  const dbPath = join(makeTempDir('dabir-host-'), 'archive.sqlite');
  const archive = Archive.open(dbPath);
  const ids = archive.db.transaction(() =>
    Array.from({ length: count }, (_, i) => archive.articles.create({ headline: `دیدار وزیران شمارهٔ ${i}`, body: bodyFromPlainText(`گزارش ${i} از ژنو`) }).id),
  )();
  archive.close();
  return { dbPath, ids };
}

/** What the file says, read on this thread with a connection of its own. */
function readArchive<T>(dbPath: string, read: (archive: Archive) => T): T {
  const archive = Archive.open(dbPath);
  try {
    return read(archive);
  } finally {
    archive.close();
  }
}

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function settle(h: ArchiveHost, id: string): Promise<JobStatus> {
  for (;;) {
    const status = valueOf<JobStatus>(await h.call('getJob', { id }));
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('archive worker host', () => {
  it('answers many calls made at once, each with its own result, validated as every front door does', async () => {
    const { dbPath, ids } = seededArchive(3);
    host = await ArchiveHost.start({ dbPath });
    const h = host;
    // The worker answers in the order it was called: the nth save of an article is made on revision n.
    const saves = Array.from({ length: 60 }, (_, i) =>
      h.call('saveArticle', { id: ids[i % 3], fields: { lead: `نسخهٔ ${i}` }, baseRevision: 1 + Math.floor(i / 3) }),
    );
    const reads = ids.map((id) => h.call('getArticle', { id }));
    const [invalid, unknown] = await Promise.all([h.call('getArticle', { id: 'nope' }), h.call('dropArchive', {})]);
    const receipts = (await Promise.all(saves)).map((result) => valueOf<SaveReceipt>(result));
    expect(receipts.filter((receipt) => receipt.id === ids[0]).map((receipt) => receipt.revision)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    expect((await Promise.all(reads)).every((result) => result.ok)).toBe(true);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(valueOf<{ lead: string }>(await h.call('getArticle', { id: ids[2] })).lead).toBe('نسخهٔ 59');
  });

  it('runs a long job in the worker, answers other calls while it runs, and stops it when cancelled', async () => {
    const { dbPath, ids } = seededArchive(250);
    host = await ArchiveHost.start({ dbPath });
    const job = valueOf<JobStatus>(await host.call('startJob', { kind: 'tagArticles', input: { articleIds: ids, add: ['هسته‌ای'] } }));
    expect(job.state).toBe('running');
    // A call between the job's batches is answered, not queued behind the whole job.
    expect(valueOf<{ total: number }>(await host.call('listArticles', { limit: 1 })).total).toBe(250);
    // Asked as the window asks, every few milliseconds, until some of it is done.
    let status = valueOf<JobStatus>(await host.call('getJob', { id: job.id }));
    while (status.state === 'running' && status.progress.done === 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      status = valueOf<JobStatus>(await host.call('getJob', { id: job.id }));
    }
    expect(valueOf<JobStatus>(await host.call('cancelJob', { id: job.id })).id).toBe(job.id);
    const final = await settle(host, job.id);
    expect(final).toMatchObject({ state: 'cancelled', error: { code: 'cancelled' } });
    await host.close();
    const tagged = readArchive(dbPath, (archive) => ids.filter((id) => archive.articles.get(id).tags.length > 0));
    expect(tagged.length).toBe(final.progress.done);
    expect(tagged.length).toBeLessThan(ids.length);
  });

  it('loses no acknowledged save when the worker dies mid-burst, says so, and reopens the archive', async () => {
    const { dbPath, ids } = seededArchive(8);
    const restarts: RestartReport[] = [];
    host = await ArchiveHost.start({ dbPath, onRestart: (report) => restarts.push(report) });
    const h = host;
    const acknowledged: Array<{ id: string; revision: number; lead: string }> = [];
    const refused: string[] = [];
    let killed = false;
    // Eight writers saving as fast as the archive answers; the worker is killed under them.
    await Promise.all(
      ids.map(async (id) => {
        let baseRevision = 1;
        for (let n = 0; n < 12; n += 1) {
          const lead = `${id.slice(0, 4)} نسخهٔ ${n}`;
          const result = await h.call('saveArticle', { id, fields: { lead }, baseRevision });
          if (result.ok) {
            baseRevision = (result.value as SaveReceipt).revision;
            acknowledged.push({ id, revision: baseRevision, lead });
          } else {
            refused.push(result.error.code);
            // Whether the save in flight was made is unknown: the writer reads where it stands.
            const current = await h.call('getArticle', { id });
            if (current.ok) baseRevision = (current.value as { revision: number }).revision;
            else refused.push(current.error.code);
          }
          if (!killed && acknowledged.length >= 30) {
            killed = true;
            void h.killWorker();
          }
        }
      }),
    );
    expect(killed).toBe(true);
    // A call in flight when the worker died is answered (its outcome unknown), never left hanging.
    expect(refused.every((code) => code === 'unavailable')).toBe(true);
    expect(valueOf<{ count: number }>(await h.call('getArchiveRestarts', {})).count).toBe(1);
    expect(restarts).toMatchObject([{ count: 1, reopened: true }]);
    // The reopened archive answers.
    expect(valueOf<{ total: number }>(await h.call('listArticles', {})).total).toBe(8);
    await h.close();

    const missing = readArchive(dbPath, (archive) =>
      acknowledged.filter(({ id, revision, lead }) => {
        const snapshot = archive.articles.revisions.snapshot(id, revision);
        return snapshot?.lead !== lead;
      }),
    );
    expect(acknowledged.length).toBeGreaterThanOrEqual(30);
    expect(missing).toEqual([]);
  });

  it('marks a job that died with its worker as failed, and still answers for it', async () => {
    const { dbPath, ids } = seededArchive(200);
    host = await ArchiveHost.start({ dbPath });
    const job = valueOf<JobStatus>(await host.call('startJob', { kind: 'tagArticles', input: { articleIds: ids, add: ['نفت'] } }));
    await host.killWorker();
    const final = await settle(host, job.id);
    expect(final).toMatchObject({ state: 'failed', error: { code: 'unavailable' } });
    expect(valueOf<JobStatus>(await host.call('cancelJob', { id: job.id })).state).toBe('failed');
  });

  it('answers every save handed over before close, then closes the archive', async () => {
    const { dbPath, ids } = seededArchive(1);
    host = await ArchiveHost.start({ dbPath });
    const h = host;
    const saves = Array.from({ length: 40 }, (_, i) => h.call('saveArticle', { id: ids[0], fields: { lead: `پیش از بستن ${i}` }, baseRevision: 1 + i }));
    const closed = h.close();
    const late = await h.call('listArticles', {});
    const results = await Promise.all(saves);
    await closed;
    expect(results.every((result) => result.ok)).toBe(true);
    expect(late).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(readArchive(dbPath, (archive) => archive.articles.get(ids[0]))).toMatchObject({ revision: 41, lead: 'پیش از بستن 39' });
  });

  it('holds the archive for its shell: a second host is refused, naming the first; after the first closes, the archive is free again', async () => {
    const dbPath = join(makeTempDir('dabir-host-'), 'archive.sqlite');
    host = await ArchiveHost.start({ dbPath, holder: 'browser shell' });
    const second = ArchiveHost.start({ dbPath, holder: 'app' });
    await expect(second).rejects.toMatchObject({ code: 'busy' });
    await expect(second).rejects.toThrow(/in use by Dabir's browser shell/);
    await host.close();
    host = await ArchiveHost.start({ dbPath, holder: 'app' });
    expect(await host.call('listArticles', {})).toMatchObject({ ok: true });
  });

  it('refuses to start on another program\'s database, and says why', async () => {
    const dbPath = join(makeTempDir('dabir-host-'), 'notes.sqlite');
    const other = new Database(dbPath);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    await expect(ArchiveHost.start({ dbPath })).rejects.toThrow(/not a Dabir archive|another program/);
  });

  it('opens a file that is not a database (a damaged archive, as far as anyone can tell) without touching it, and says it is damaged', async () => {
    const dbPath = join(makeTempDir('dabir-host-'), 'notes.sqlite');
    writeFileSync(dbPath, 'این یک بایگانی نیست'.repeat(100));
    const before = readFileSync(dbPath);
    host = await ArchiveHost.start({ dbPath });
    expect(await host.call('getArchiveState', {})).toMatchObject({ ok: true, value: { access: 'damaged', newestBackup: null } });
    expect(await host.call('listArticles', {})).toMatchObject({ ok: false, error: { code: 'damaged' } });
    await host.close();
    host = undefined;
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });
});
