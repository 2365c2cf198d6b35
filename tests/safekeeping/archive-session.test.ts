import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArchiveServices, BackupRestored, BackupTaken, JobStatus, StartJobRequest } from '../../common/contract';
import type { Result } from '../../common/result';
import { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { dispatchApiCall } from '../../api/dispatch';
import { schemaVersionOf } from '../../db/migrate';
import { migrationsOf, openDatabase } from '../../db/open';
import { ArchiveSession, type ArchiveSessionOptions } from '../../db/safekeeping/archive-session';
import { backupsFolderOf } from '../../db/safekeeping/backup-files';
import { listBackups } from '../../db/safekeeping/backups-folder';
import { damageHeader, damageTable } from '../support/damage-archive';
import { makeTempDir } from '../support/temp-archive';

const MIGRATIONS_DIR = join(__dirname, '..', '..', 'db', 'migrations');
const sessions: ArchiveSession[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

async function openSession(path: string, options: Partial<ArchiveSessionOptions> = {}): Promise<ArchiveSession> {
  const session = await ArchiveSession.open(path, { holder: 'browser shell', log: () => {}, ...options });
  sessions.push(session);
  return session;
}

/** An archive with `count` articles, closed, at the given path. */
function archiveWithArticles(count: number, path = join(makeTempDir(), 'archive.sqlite')): { path: string; ids: string[] } {
  const archive = Archive.open(path);
  const ids = Array.from({ length: count }, (_, i) =>
    archive.articles.create({ headline: `دیدار وزیران خارجه در آستانه ${i}`, body: bodyFromPlainText('گفت‌وگوها ادامه دارد. '.repeat(80)) }).id,
  );
  archive.close();
  return { path, ids };
}

function startedId(started: Result<unknown>): string {
  if (!started.ok) throw new Error(started.error.message);
  return (started.value as JobStatus).id;
}

/** Starts a job through the session's API and waits for its end. */
async function runJob(session: ArchiveSession, request: StartJobRequest): Promise<JobStatus> {
  return session.jobs.settled(startedId(dispatchApiCall(session.services, 'startJob', request)));
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The revision a window that just read the article would hold. */
function revisionOf(services: ArchiveServices, id: string): number {
  const article = dispatchApiCall(services, 'getArticle', { id });
  if (!article.ok) throw new Error(article.error.message);
  return (article.value as { revision: number }).revision;
}

describe('an archive session', () => {
  it('refuses a second session on the same file, saying who holds it', async () => {
    const { path } = archiveWithArticles(1);
    await openSession(path);
    await expect(ArchiveSession.open(path, { holder: 'app', log: () => {} })).rejects.toThrow(
      new RegExp(`in use by Dabir's browser shell \\(process ${process.pid}`),
    );
  });

  it('backs the archive up before running a migration, at its old schema', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'archive.sqlite');
    const olderMigrations = join(dir, 'older-migrations');
    mkdirSync(olderMigrations);
    const all = migrationsOf();
    for (const file of readdirSync(MIGRATIONS_DIR).sort().slice(0, all.length - 1)) copyFileSync(join(MIGRATIONS_DIR, file), join(olderMigrations, file));
    const older = openDatabase(path, { migrationsDir: olderMigrations });
    older.prepare("INSERT INTO articles (id, headline, created_at, updated_at) VALUES ('6b0f7f0e-4b8e-4a44-9a54-1f7c1b3e0d11', 'خبر نسخهٔ پیشین', '2024-01-01', '2024-01-01')").run();
    older.close();

    const session = await openSession(path);
    const [backup] = listBackups(path);
    expect(backup).toMatchObject({ reason: 'before-migration', articles: 1, verified: true });
    const copy = new Database(join(backupsFolderOf(path), backup.name), { readonly: true });
    expect(schemaVersionOf(copy)).toBe(all.length - 1);
    copy.close();
    expect(schemaVersionOf(session.archive.db)).toBe(all.length);
  });

  it('backs the archive up before rebuilding its search index, then rebuilds it', async () => {
    const { path } = archiveWithArticles(3);
    const raw = new Database(path);
    raw.prepare("UPDATE search_state SET value = '0' WHERE key = 'normalizer_version'").run();
    raw.close();

    const session = await openSession(path);
    expect(listBackups(path).map((backup) => backup.reason)).toEqual(['before-index-rebuild']);
    await session.indexReady;
    expect(session.archive.searchIndex.needsRebuild()).toBe(false);
    expect(session.archive.search.search({ query: 'آستانه' }).total).toBe(3);
  });

  it('backs up on a schedule only when something changed, and on close', async () => {
    const { path, ids } = archiveWithArticles(2);
    const session = await openSession(path, { backupIntervalMs: 40 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(listBackups(path)).toEqual([]);

    dispatchApiCall(session.services, 'saveArticle', { id: ids[0], fields: { lead: 'لید تازه' }, baseRevision: revisionOf(session.services, ids[0]) });
    await until(() => listBackups(path).some((backup) => backup.reason === 'scheduled'));
    // The scheduled backup is a job like any other: the window's job list shows it.
    await until(() => session.jobs.list('backup').some((job) => job.state === 'done'));
    const count = listBackups(path).length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(listBackups(path).length).toBe(count);

    dispatchApiCall(session.services, 'saveArticle', { id: ids[1], fields: { lead: 'پیش از بستن' }, baseRevision: revisionOf(session.services, ids[1]) });
    sessions.pop();
    await session.close();
    const quit = listBackups(path).find((backup) => backup.reason === 'quit');
    expect(quit).toBeDefined();
    const copy = Archive.open(join(backupsFolderOf(path), quit!.name));
    expect(copy.articles.get(ids[1]).lead).toBe('پیش از بستن');
    copy.close();
  });

  it('takes a backup on request in the background, with progress, and lists it', async () => {
    const { path } = archiveWithArticles(4);
    const progress: number[] = [];
    const session = await openSession(path, { onJobChange: (status) => status.kind === 'backup' && progress.push(status.progress.total) });
    const started = dispatchApiCall(session.services, 'startJob', { kind: 'backup', input: {} });
    expect(started).toMatchObject({ ok: true, value: { kind: 'backup', state: 'running' } });
    const job = await session.jobs.settled(startedId(started));
    expect(job).toMatchObject({ state: 'done', result: { backup: { reason: 'manual', articles: 4, verified: true } } });
    expect(Math.max(...progress)).toBeGreaterThan(0);
    const { backup } = job.result as BackupTaken;
    expect(dispatchApiCall(session.services, 'listBackups', {})).toEqual({ ok: true, value: [backup] });
  });

  it('runs one backup or restore at a time: a second backup is the running one, a restore meanwhile is busy', async () => {
    const { path } = archiveWithArticles(4);
    const session = await openSession(path);
    const first = await runJob(session, { kind: 'backup', input: { reason: 'manual' } });
    const { backup } = first.result as BackupTaken;
    const running = startedId(dispatchApiCall(session.services, 'startJob', { kind: 'backup', input: {} }));
    const again = dispatchApiCall(session.services, 'startJob', { kind: 'backup', input: {} });
    expect(again).toMatchObject({ ok: true, value: { id: running } });
    expect(dispatchApiCall(session.services, 'startJob', { kind: 'restoreBackup', input: { name: backup.name } })).toMatchObject({
      ok: false,
      error: { code: 'busy' },
    });
    expect(dispatchApiCall(session.services, 'startJob', { kind: 'restoreBackup', input: { name: 'archive 1999-01-01T00-00-00.000Z manual.sqlite' } })).toMatchObject({
      ok: false,
      error: { code: 'busy' },
    });
    await session.jobs.settled(running);
    expect(dispatchApiCall(session.services, 'startJob', { kind: 'restoreBackup', input: { name: 'archive 1999-01-01T00-00-00.000Z manual.sqlite' } })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('finds a damaged archive on open, refuses to work in it, and restores the newest verified backup, setting the damaged file aside', async () => {
    const { path, ids } = archiveWithArticles(30);
    const first = await openSession(path);
    dispatchApiCall(first.services, 'saveArticle', { id: ids[0], fields: { headline: 'نسخهٔ پشتیبان‌گرفته' }, baseRevision: revisionOf(first.services, ids[0]) });
    sessions.pop();
    await first.close();
    damageTable(path, 'articles');
    const damagedBytes = readFileSync(path);

    const session = await openSession(path);
    await session.checked;
    const state = session.services.getArchiveState({});
    expect(state).toMatchObject({ access: 'damaged', checked: true, newestBackup: { reason: 'quit', verified: true } });
    expect(dispatchApiCall(session.services, 'listArticles', {})).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(dispatchApiCall(session.services, 'startJob', { kind: 'backup', input: {} })).toMatchObject({ ok: false, error: { code: 'damaged' } });

    const job = await runJob(session, { kind: 'restoreBackup', input: { name: state.newestBackup!.name } });
    expect(job).toMatchObject({ state: 'done', kind: 'restoreBackup' });
    const { keptAs } = job.result as BackupRestored;
    expect(keptAs).toMatch(/archive damaged .*\.sqlite$/);
    // The damaged file is kept, byte for byte, under its new name.
    expect(readFileSync(keptAs!).equals(damagedBytes)).toBe(true);

    expect(session.services.getArchiveState({}).access).toBe('read-write');
    expect(dispatchApiCall(session.services, 'getArticle', { id: ids[0] })).toMatchObject({ ok: true, value: { headline: 'نسخهٔ پشتیبان‌گرفته' } });
  });

  it('refuses to restore a backup that fails its check, and goes on with the archive as it was', async () => {
    const { path, ids } = archiveWithArticles(30);
    const session = await openSession(path);
    await runJob(session, { kind: 'backup', input: { reason: 'manual' } });
    const [backup] = listBackups(path);
    damageTable(join(backupsFolderOf(path), backup.name), 'articles');

    const job = await runJob(session, { kind: 'restoreBackup', input: { name: backup.name } });
    expect(job).toMatchObject({ state: 'failed', error: { code: 'invalid_argument' } });
    expect(job.error!.message).toMatch(/failed its check, so it was not restored/);
    expect(dispatchApiCall(session.services, 'saveArticle', { id: ids[0], fields: { lead: 'هنوز کار می‌کند' }, baseRevision: revisionOf(session.services, ids[0]) })).toMatchObject({ ok: true });
  });

  it('opens a file that is not a database any more as damaged, leaving it untouched', async () => {
    const { path } = archiveWithArticles(1);
    damageHeader(path);
    const before = readFileSync(path);
    const session = await openSession(path);
    expect(session.services.getArchiveState({})).toMatchObject({ access: 'damaged', newestBackup: null });
    expect(session.services.getArchiveState({}).damage).toMatch(/not an SQLite database|NOTADB/);
    sessions.pop();
    await session.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('notices damage found by SQLite in the middle of a session', async () => {
    const { path } = archiveWithArticles(30);
    const session = await openSession(path);
    await session.checked;
    expect(session.services.getArchiveState({}).access).toBe('read-write');
    session.archive.db.pragma('wal_checkpoint(TRUNCATE)');
    damageTable(path, 'articles');
    // Forget the pages already read, as a long session does, so the next read meets the disk.
    session.archive.db.pragma('shrink_memory');
    const result = dispatchApiCall(session.services, 'searchArticles', { query: 'آستانه', limit: 50 });
    expect(result).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(session.services.getArchiveState({}).access).toBe('damaged');
  });

  it('opens a read-only archive read-only: it reads, and a save fails with read_only', async () => {
    const { path, ids } = archiveWithArticles(2);
    chmodSync(path, 0o444);
    const session = await openSession(path);
    expect(session.services.getArchiveState({}).access).toBe('read-only');
    expect(dispatchApiCall(session.services, 'getArticle', { id: ids[0] })).toMatchObject({ ok: true });
    expect(dispatchApiCall(session.services, 'saveArticle', { id: ids[0], fields: { lead: 'تغییر' }, baseRevision: revisionOf(session.services, ids[0]) })).toMatchObject({
      ok: false,
      error: { code: 'read_only' },
    });
    sessions.pop();
    await session.close();
    // Nothing was written beside it either: no backup of a read-only archive on close.
    expect(existsSync(backupsFolderOf(path))).toBe(false);
  });

  it('fails a save on a full disk with disk_full within a second, keeps the last version, and saves once there is room', async () => {
    const { path, ids } = archiveWithArticles(1);
    const session = await openSession(path);
    const db = session.archive.db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);
    const big = bodyFromPlainText('متن بلندی که جا نمی‌شود. '.repeat(20_000));
    const started = performance.now();
    const full = dispatchApiCall(session.services, 'saveArticle', { id: ids[0], fields: { body: big }, baseRevision: 1 });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(full).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    expect(session.archive.articles.get(ids[0])).toMatchObject({ revision: 1, headline: 'دیدار وزیران خارجه در آستانه 0' });

    db.pragma('max_page_count = 1073741823');
    expect(dispatchApiCall(session.services, 'saveArticle', { id: ids[0], fields: { body: big }, baseRevision: 1 })).toMatchObject({
      ok: true,
      value: { revision: 2 },
    });
  });
});
