/**
 * `dabir backup`, `backups`, `restore` and `check`, mostly in-process (fast), with the real
 * `dabir` process where another process must hold the archive (a browser shell).
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { onCurrentRevision } from '../support/revisions';
import { startBrowserShell, type BrowserShell } from '../../browser-shell/server';
import { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { schemaVersionOf } from '../../db/migrate';
import { migrationsOf, openDatabase } from '../../db/open';
import { backupsFolderOf } from '../../db/safekeeping/backup-files';
import { listBackups } from '../../db/safekeeping/backups-folder';
import { damageHeader, damageTable } from '../support/damage-archive';
import { makeTempDir } from '../support/temp-archive';
import { jsonOf, runDabir, runDabirInProcess, runDabirInProcessAsync } from './run-cli';

const MIGRATIONS_DIR = join(__dirname, '..', '..', 'db', 'migrations');
let shell: BrowserShell | undefined;
afterEach(async () => {
  await shell?.close();
  shell = undefined;
});

function archiveWith(headlines: string[]): { dir: string; db: string; ids: string[] } {
  const dir = makeTempDir();
  const db = join(dir, 'desk.sqlite');
  const archive = Archive.open(db);
  const ids = headlines.map((headline) => archive.articles.create({ headline, body: bodyFromPlainText(`${headline}. `.repeat(60)) }).id);
  archive.close();
  return { dir, db, ids };
}

const dabir = (args: string[], dir: string) => runDabirInProcessAsync(args, dir);

describe('dabir backup and backups', () => {
  it('backs up into the Backups folder, verified, and lists it with time, size, articles and verification', async () => {
    const { dir, db } = archiveWith(['نشست سران در جاکارتا', 'بیانیهٔ پایانی']);
    const run = await dabir(['backup', '--json', '--db', db], dir);
    expect(run.status).toBe(0);
    const backup = jsonOf(run);
    expect(backup).toMatchObject({ reason: 'manual', articles: 2, verified: true, removed: [] });
    expect(backup.path).toBe(join(dir, 'Backups', readdirSync(join(dir, 'Backups')).find((name) => name.endsWith('.sqlite'))!));
    expect(backup.path).toMatch(/\/Backups\/desk \d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z manual\.sqlite$/);

    const listed = jsonOf(await dabir(['backups', '--json', '--db', db], dir));
    expect(listed.folder).toBe(join(dir, 'Backups'));
    expect(listed.backups).toEqual([
      { name: expect.any(String), path: backup.path, createdAt: backup.createdAt, reason: 'manual', bytes: backup.bytes, articles: 2, verified: true },
    ]);

    const text = runDabirInProcess(['backups', '--db', db], dir);
    expect(text.stdout).toMatch(/TIME +REASON +SIZE +ARTICLES +VERIFIED +NAME/);
    expect(text.stdout).toMatch(/manual +\d+\.\d (kB|MB) +2 +yes +desk /);
  });

  it('writes a backup to a file or a folder it is given, and never over an existing file', async () => {
    const { dir, db } = archiveWith(['گزارش سفر']);
    const target = join(dir, 'usb', 'desk-copy.sqlite');
    mkdirSync(join(dir, 'usb'));
    expect((await dabir(['backup', target, '--db', db], dir)).stdout).toMatch(/^Backed up 1 article \(.+\) in \d+\.\d s to .*desk-copy\.sqlite\n/);
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT headline FROM articles').pluck().get()).toBe('گزارش سفر');
    copy.close();

    const again = await dabir(['backup', target, '--db', db], dir);
    expect(again).toMatchObject({ status: 1, stderr: expect.stringMatching(/already exists; a backup never overwrites a file/) });
    const intoFolder = jsonOf(await dabir(['backup', join(dir, 'usb'), '--json', '--db', db], dir));
    expect(intoFolder.path).toMatch(/\/usb\/desk .* manual\.sqlite$/);
    expect(existsSync(backupsFolderOf(db))).toBe(false);
  });

  it('backs the archive up before a command upgrades it', async () => {
    const dir = makeTempDir();
    const db = join(dir, 'desk.sqlite');
    const older = join(dir, 'older-migrations');
    mkdirSync(older);
    for (const file of readdirSync(MIGRATIONS_DIR).sort().slice(0, migrationsOf().length - 1)) copyFileSync(join(MIGRATIONS_DIR, file), join(older, file));
    const raw = openDatabase(db, { migrationsDir: older });
    raw.prepare("INSERT INTO articles (id, headline, created_at, updated_at) VALUES ('0d7c2a8e-51c4-4f53-8a2e-8a7c1f0b6a01', 'خبری از نسخهٔ پیشین', '2023-05-01', '2023-05-01')").run();
    raw.close();

    const run = await dabir(['list', '--json', '--db', db], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/Backed up to .*before-migration\.sqlite/);
    expect(jsonOf(run).articles.map((article: { headline: string }) => article.headline)).toEqual(['خبری از نسخهٔ پیشین']);
    const [backup] = listBackups(db);
    expect(backup).toMatchObject({ reason: 'before-migration', articles: 1, verified: true });
    const copy = new Database(join(backupsFolderOf(db), backup.name), { readonly: true });
    expect(schemaVersionOf(copy)).toBe(migrationsOf().length - 1);
    copy.close();
  });
});

describe('dabir check', () => {
  it('says in one line that a healthy archive is healthy, and exits 0', async () => {
    const { dir, db } = archiveWith(['اجلاس وزیران']);
    const run = await dabir(['check', '--db', db], dir);
    expect(run).toEqual({
      status: 0,
      stdout: `Healthy: quick_check, foreign_key_check, the search index's integrity-check found no problems in ${db}.\n`,
      stderr: '',
    });
    const full = jsonOf(await dabir(['check', '--full', '--json', '--db', db], dir));
    expect(full).toEqual({
      archive: db,
      healthy: true,
      mode: 'full',
      checks: [
        { name: 'integrity_check', ok: true, problems: [] },
        { name: 'foreign_key_check', ok: true, problems: [] },
        { name: 'search_index', ok: true, problems: [] },
      ],
    });
  });

  it('finds damaged pages, a row pointing nowhere and a broken search index, and exits 1', async () => {
    const { dir, db, ids } = archiveWith(Array.from({ length: 40 }, (_, i) => `خبر شمارهٔ ${i}`));
    const raw = new Database(db);
    raw.pragma('foreign_keys = OFF');
    raw.prepare("INSERT INTO article_tags (article_id, tag_id) VALUES (?, '00000000-0000-4000-8000-000000000000')").run(ids[0]);
    raw.close();
    // FTS5 guards its own tables from SQL, so the search index is damaged on disk.
    damageTable(db, 'article_search_data');

    const run = await dabir(['check', '--json', '--db', db], dir);
    expect(run.status).toBe(1);
    const result = jsonOf(run);
    expect(result.healthy).toBe(false);
    expect(result.checks.find((check: { name: string }) => check.name === 'foreign_key_check')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/a row of article_tags .* points at a missing row of tags/)],
    });
    expect(result.checks.find((check: { name: string }) => check.name === 'search_index')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/the search index does not match itself \(SQLITE_CORRUPT/)],
    });
    expect(result.checks.find((check: { name: string }) => check.name === 'quick_check')).toMatchObject({ ok: false });

    damageTable(db, 'articles');
    const damaged = await dabir(['check', '--db', db], dir);
    expect(damaged.status).toBe(1);
    expect(damaged.stdout).toMatch(/^Unhealthy: quick_check found \d+ problems?, .* in .*desk\.sqlite; Dabir has no backup of it; "dabir backups" lists any there are\.\n$/);
  });

  it('calls a file whose header is gone unhealthy and names the backup to restore', async () => {
    const { dir, db } = archiveWith(['سخنرانی در مجمع عمومی']);
    await dabir(['backup', '--db', db], dir);
    damageHeader(db);
    const run = await dabir(['check', '--db', db], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Unhealthy: quick_check found 1 problem in .*; the newest verified backup is from .* \(1 article\): dabir restore "desk .* manual\.sqlite"\.\n$/);
    const list = await dabir(['list', '--db', db], dir);
    expect(list.stderr).toMatch(/not an SQLite database; it was left untouched\. If it is a damaged Dabir archive, .*dabir restore "desk .* manual\.sqlite" puts it back/);
  });

  it('never promises a backup that does not exist when an archive is damaged', async () => {
    const { dir, db } = archiveWith(Array.from({ length: 30 }, (_, i) => `گزارش ${i}`));
    damageTable(db, 'articles');
    const run = await dabir(['list', '--db', db], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/the archive file is damaged; nothing was changed\. .*Dabir has no verified backup of this archive/);
    expect(run.stderr).not.toMatch(/restore it from a backup/);
  });
});

describe('dabir restore', () => {
  it('restores a backup by name, keeping the archive it replaces as a backup of its own', async () => {
    const { dir, db, ids } = archiveWith(['پیش‌نویس نخست']);
    const backup = jsonOf(await dabir(['backup', '--json', '--db', db], dir));
    const archive = Archive.open(db);
    archive.articles.save(ids[0], { headline: 'پیش‌نویس دوم' }, onCurrentRevision(archive.articles, ids[0]));
    archive.close();

    const run = await dabir(['restore', readdirSync(join(dir, 'Backups')).find((name) => name.endsWith('manual.sqlite'))!, '--json', '--db', db], dir);
    expect(run.status).toBe(0);
    const restored = jsonOf(run);
    expect(restored).toMatchObject({ archive: db, source: backup.path, articles: 1, keptHow: 'backup' });
    expect(restored.keptAs).toMatch(/before-restore\.sqlite$/);

    const after = Archive.open(db);
    expect(after.articles.get(ids[0]).headline).toBe('پیش‌نویس نخست');
    after.close();
    const kept = Archive.open(restored.keptAs);
    expect(kept.articles.get(ids[0]).headline).toBe('پیش‌نویس دوم');
    kept.close();
  });

  it('sets a damaged archive aside unchanged and restores the backup in its place', async () => {
    const { dir, db, ids } = archiveWith(Array.from({ length: 30 }, (_, i) => `بیانیه ${i}`));
    const backup = jsonOf(await dabir(['backup', '--json', '--db', db], dir));
    damageTable(db, 'articles');
    const damagedBytes = readFileSync(db);

    const run = await dabir(['restore', backup.path, '--db', db], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/The archive it replaced was damaged; it was set aside, unchanged, as .*desk damaged .*\.sqlite\n/);
    const aside = readdirSync(dir).find((name) => /^desk damaged .*\.sqlite$/.test(name))!;
    expect(readFileSync(join(dir, aside)).equals(damagedBytes)).toBe(true);
    expect((await dabir(['check', '--db', db], dir)).status).toBe(0);
    expect(jsonOf(await dabir(['show', ids[29], '--json', '--db', db], dir)).headline).toBe('بیانیه 29');
  });

  it('refuses a source that is not a whole Dabir archive, and changes nothing', async () => {
    const { dir, db } = archiveWith(['متن سالم']);
    const before = readFileSync(db);
    const notes = join(dir, 'notes.sqlite');
    writeFileSync(notes, 'یادداشت، نه بایگانی. '.repeat(100));
    const run = await dabir(['restore', notes, '--db', db], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/notes\.sqlite cannot be restored: .*not an SQLite database\. Nothing was changed\./);
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(existsSync(backupsFolderOf(db))).toBe(false);
    expect((await dabir(['restore', 'desk 2020-01-01T00-00-00.000Z manual.sqlite', '--db', db], dir)).stderr).toMatch(/there is no backup "desk 2020/);
  });
});

describe('a second writer', () => {
  it('makes a command that writes wait briefly while a browser shell holds the archive, then say it is busy; reading still works', async () => {
    const { dir, db } = archiveWith(['خبر باز در مرورگر']);
    shell = await startBrowserShell({ dbPath: db, rendererDir: join(dir, 'renderer'), port: 0 });
    const feed = join(dir, 'feed.jsonl');
    writeFileSync(feed, `${JSON.stringify({ headline: 'خبر تازه از خط فرمان' })}\n`);

    const started = Date.now();
    const imported = runDabir(['import', feed, '--db', db], { userDataHome: dir });
    expect(imported.status).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(imported.stderr).toMatch(new RegExp(`^dabir: the archive is busy: Dabir's browser shell \\(process ${process.pid}, since .*\\) has .*desk\\.sqlite open\\. Close it`));
    const reader = Archive.open(db);
    expect(reader.articles.list().total).toBe(1);
    reader.close();

    const restore = await dabir(['restore', feed, '--db', db], dir);
    expect(restore.stderr).toMatch(/the archive is busy/);
    expect(runDabirInProcess(['list', '--json', '--db', db], dir).status).toBe(0);
  });

  it('refuses a second browser shell on the same archive with a clear message', async () => {
    const { dir, db } = archiveWith(['یک بایگانی، یک نویسنده']);
    shell = await startBrowserShell({ dbPath: db, rendererDir: join(dir, 'renderer'), port: 0 });
    await expect(startBrowserShell({ dbPath: db, rendererDir: join(dir, 'renderer'), port: 0 })).rejects.toThrow(
      /The archive .*desk\.sqlite is in use by Dabir's browser shell \(process \d+/,
    );
  });
});
