import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { onCurrentRevision } from '../support/revisions';
import { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { migrationsOf } from '../../db/open';
import { backupsFolderOf, parseBackupFileName } from '../../db/safekeeping/backup-files';
import { listBackups, takeBackup } from '../../db/safekeeping/backups-folder';
import { copyArchive } from '../../db/safekeeping/copy-archive';
import { backupsToRemove, type RotationCandidate } from '../../db/safekeeping/rotation';
import { verifyArchiveCopy } from '../../db/safekeeping/verify-copy';
import { damageTable } from '../support/damage-archive';
import { richPersianBody } from '../support/persian-bodies';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

let temp: TempArchive;
afterEach(() => temp?.cleanup());

const NEWEST_SCHEMA = migrationsOf().length;
const options = { newestSchema: NEWEST_SCHEMA };

function seed(archive: Archive, count: number): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    ids.push(archive.articles.create({ headline: `نشست شورای امنیت دربارهٔ برجام ${i}`, body: bodyFromPlainText('متن خبر '.repeat(200)) }).id);
  }
  return ids;
}

describe('backups', () => {
  it('backs up into a Backups folder beside the archive, named after it, verified, with every article as it was', async () => {
    temp = openTempArchive();
    const article = temp.archive.articles.create({ headline: 'مذاکرات هسته‌ای در وین', body: richPersianBody() });
    seed(temp.archive, 5);

    const taken = await takeBackup(temp.archive.db, temp.path, 'manual', options);

    expect(taken.path.startsWith(join(temp.dir, 'Backups'))).toBe(true);
    expect(taken.backup.name).toMatch(/^archive \d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z manual\.sqlite$/);
    expect(taken.backup).toMatchObject({ reason: 'manual', articles: 6, verified: true });
    // One file, no write-ahead log beside it: a backup can be carried anywhere on its own.
    expect(readdirSync(backupsFolderOf(temp.path)).sort()).toEqual([taken.backup.name, `${taken.backup.name}.json`]);

    const copy = Archive.open(taken.path);
    try {
      const restored = copy.articles.get(article.id);
      const original = temp.archive.articles.get(article.id);
      expect(JSON.stringify(restored.body)).toBe(JSON.stringify(original.body));
      expect(restored.headline).toBe('مذاکرات هسته‌ای در وین');
    } finally {
      copy.close();
    }
    expect(listBackups(temp.path)).toEqual([taken.backup]);
  });

  it('reports progress while copying and verifying, and keeps answering saves in between', async () => {
    temp = openTempArchive();
    const ids = seed(temp.archive, 60);
    const phases = new Set<string>();
    let savesDuringBackup = 0;
    let backupDone = false;
    const saving = (async () => {
      // A save between steps of the backup, as the editor's autosave would send one.
      while (!backupDone) {
        temp.archive.articles.save(ids[0], { lead: `لید ${savesDuringBackup}` }, onCurrentRevision(temp.archive.articles, ids[0]));
        savesDuringBackup += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const taken = await copyArchive(temp.archive.db, join(temp.dir, 'copy.sqlite'), {
      ...options,
      onProgress: (progress) => phases.add(progress.phase ?? ''),
    });
    backupDone = true;
    await saving;
    expect([...phases]).toEqual(expect.arrayContaining(['copy', 'verify']));
    expect(savesDuringBackup).toBeGreaterThan(1);
    expect(taken.articles).toBe(60);
  });

  it('stops when cancelled, leaving no partial file and the older backups where they were', async () => {
    temp = openTempArchive();
    seed(temp.archive, 40);
    const first = await takeBackup(temp.archive.db, temp.path, 'manual', options);
    const controller = new AbortController();
    const attempt = takeBackup(temp.archive.db, temp.path, 'scheduled', {
      ...options,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(attempt).rejects.toMatchObject({ code: 'cancelled' });
    expect(readdirSync(backupsFolderOf(temp.path)).sort()).toEqual([first.backup.name, `${first.backup.name}.json`]);
  });

  it('never keeps a copy that fails its check, and then removes nothing older', async () => {
    temp = openTempArchive();
    seed(temp.archive, 30);
    const good = await takeBackup(temp.archive.db, temp.path, 'manual', options);
    temp.archive.close();
    damageTable(temp.path, 'articles');
    const damaged = new Database(temp.path);
    try {
      await expect(takeBackup(damaged, temp.path, 'scheduled', options)).rejects.toMatchObject({ code: 'damaged' });
    } finally {
      damaged.close();
    }
    expect(listBackups(temp.path).map((backup) => backup.name)).toEqual([good.backup.name]);
    expect(readdirSync(backupsFolderOf(temp.path)).filter((name) => name.includes('.partial'))).toEqual([]);
  });

  it('finds a damaged copy, a foreign file and a newer schema when verifying', async () => {
    temp = openTempArchive();
    seed(temp.archive, 30);
    const copy = join(temp.dir, 'copy.sqlite');
    await copyArchive(temp.archive.db, copy, options);
    expect(await verifyArchiveCopy(copy, { newestSchema: NEWEST_SCHEMA })).toMatchObject({ ok: true, articles: 30, problems: [] });
    expect((await verifyArchiveCopy(copy, { newestSchema: NEWEST_SCHEMA - 1 })).problems.join()).toMatch(/newer Dabir/);

    damageTable(copy, 'articles');
    const damaged = await verifyArchiveCopy(copy, { newestSchema: NEWEST_SCHEMA });
    expect(damaged.ok).toBe(false);
    expect(damaged.problems.join()).toMatch(/SQLITE_CORRUPT|quick_check/);

    const text = join(temp.dir, 'notes.sqlite');
    writeFileSync(text, 'یادداشت‌های سفر، نه یک بایگانی'.repeat(50));
    expect((await verifyArchiveCopy(text, { newestSchema: NEWEST_SCHEMA })).problems.join()).toMatch(/not an SQLite database/);
  });

  it('keeps the last ten once each new backup is verified', async () => {
    temp = openTempArchive();
    seed(temp.archive, 3);
    let clock = Date.parse('2025-03-21T09:00:00.000Z');
    const now = () => new Date(clock);
    const names: string[] = [];
    for (let i = 0; i < 13; i += 1) {
      clock += 60_000;
      names.push((await takeBackup(temp.archive.db, temp.path, 'scheduled', { ...options, now })).backup.name);
    }
    const kept = listBackups(temp.path).map((backup) => backup.name);
    expect(kept).toEqual(names.slice(-10).reverse());
    for (const removed of names.slice(0, 3)) {
      expect(existsSync(join(backupsFolderOf(temp.path), removed))).toBe(false);
      expect(existsSync(join(backupsFolderOf(temp.path), `${removed}.json`))).toBe(false);
    }
  });

  it('lists a backup it did not verify as unverified, and rotation never removes it', async () => {
    temp = openTempArchive();
    seed(temp.archive, 2);
    const taken = await takeBackup(temp.archive.db, temp.path, 'manual', options);
    const byHand = taken.backup.name.replace(/ manual\.sqlite$/, ' quit.sqlite').replace(/T\d\d/, 'T00');
    writeFileSync(join(backupsFolderOf(temp.path), byHand), readFileSync(taken.path));
    const listed = listBackups(temp.path).find((backup) => backup.name === byHand);
    expect(listed).toMatchObject({ verified: false, articles: null, reason: 'quit' });
    expect(backupsToRemove(listBackups(temp.path), new Date(Date.parse(taken.backup.createdAt) + 90 * 86_400_000))).not.toContain(byHand);
  });
});

describe('rotation', () => {
  const at = (iso: string): RotationCandidate => ({ name: iso, createdAt: iso, verified: true });

  it('keeps the last ten and the newest backup of each of the last thirty days', () => {
    const now = new Date(2025, 2, 31, 18, 0);
    const backups: RotationCandidate[] = [];
    // Every 30 minutes over the last two days: far more than ten.
    for (let minutes = 0; minutes < 2 * 24 * 60; minutes += 30) backups.push(at(new Date(now.getTime() - minutes * 60_000).toISOString()));
    // Three a day for the 40 days before that.
    for (let day = 2; day < 42; day += 1) {
      for (const hour of [9, 13, 17]) backups.push(at(new Date(2025, 2, 31 - day, hour).toISOString()));
    }
    const removed = new Set(backupsToRemove(backups, now));
    const kept = backups.filter((backup) => !removed.has(backup.name));

    const newestTen = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 10);
    for (const backup of newestTen) expect(removed.has(backup.name)).toBe(false);
    const dayOf = (backup: RotationCandidate) => new Date(backup.createdAt).toDateString();
    const olderKept = kept.filter((backup) => !newestTen.includes(backup));
    // One per day (the day's newest), within thirty days, and nothing older.
    expect(new Set(olderKept.map(dayOf)).size).toBe(olderKept.length);
    for (const backup of olderKept) {
      expect(now.getTime() - Date.parse(backup.createdAt)).toBeLessThan(30 * 86_400_000);
      const sameDay = backups.filter((other) => dayOf(other) === dayOf(backup));
      expect(backup.createdAt).toBe(sameDay.map((other) => other.createdAt).sort().at(-1));
    }
    expect(kept.length).toBe(10 + 29);
  });

  it('keeps everything while there are ten or fewer', () => {
    const backups = Array.from({ length: 10 }, (_, i) => at(new Date(2020, 0, 1 + i).toISOString()));
    expect(backupsToRemove(backups, new Date(2025, 0, 1))).toEqual([]);
  });

  it('reads back the names it writes, and nothing else', () => {
    const archivePath = '/home/editor/summit archive.sqlite';
    expect(parseBackupFileName(archivePath, 'summit archive 2025-03-21T09-30-00.000Z before-migration.sqlite')).toEqual({
      name: 'summit archive 2025-03-21T09-30-00.000Z before-migration.sqlite',
      createdAt: '2025-03-21T09:30:00.000Z',
      reason: 'before-migration',
    });
    for (const other of [
      'archive 2025-03-21T09-30-00.000Z manual.sqlite',
      'summit archive 2025-03-21 manual.sqlite',
      'summit archive 2025-03-21T09-30-00.000Z whenever.sqlite',
      'summit archive 2025-03-21T09-30-00.000Z manual.sqlite.json',
    ]) {
      expect(parseBackupFileName(archivePath, other)).toBeUndefined();
    }
  });
});
