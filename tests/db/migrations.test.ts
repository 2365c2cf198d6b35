import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readMigrations } from '../../db/migrate';
import { DABIR_APPLICATION_ID, NotAnArchiveError, openDatabase } from '../../db/open';
import { makeTempDir } from '../support/temp-archive';

const MIGRATIONS_DIR = join(__dirname, '..', '..', 'db', 'migrations');
const opened: Database.Database[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.open && db.close()));

function open(path: string) {
  const db = openDatabase(path);
  opened.push(db);
  return db;
}

describe('migrations', () => {
  it('replays every migration on an empty file and records each once', () => {
    const path = join(makeTempDir(), 'archive.sqlite');
    const db = open(path);
    const recorded = db.prepare('SELECT id, name FROM migrations ORDER BY id').all() as { id: number; name: string }[];
    const files = readMigrations(MIGRATIONS_DIR);
    expect(recorded.map((row) => row.id)).toEqual(files.map((migration) => migration.id));
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'articles'").get()).toBeTruthy();
    db.close();
    // Opening again applies nothing twice.
    const again = open(path);
    expect((again.prepare('SELECT count(*) AS n FROM migrations').get() as { n: number }).n).toBe(files.length);
  });

  it('sets WAL, foreign keys and the Dabir application id', () => {
    const db = open(join(makeTempDir(), 'archive.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(DABIR_APPLICATION_ID);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('refuses another program’s database and leaves it untouched', () => {
    const path = join(makeTempDir(), 'other.sqlite');
    const other = new Database(path);
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')");
    other.close();
    expect(() => openDatabase(path)).toThrow(NotAnArchiveError);
    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT body FROM notes').get()).toEqual({ body: 'keep me' });
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'migrations'").get()).toEqual({ n: 0 });
    check.close();
  });

  it('refuses a file that is not SQLite at all', () => {
    const path = join(makeTempDir(), 'notes.sqlite');
    writeFileSync(path, 'این یک فایل متنی است، نه بایگانی.\n'.repeat(200));
    expect(() => openDatabase(path)).toThrow(/not a Dabir archive/);
  });

  it('refuses an archive written by a newer Dabir instead of guessing', () => {
    const path = join(makeTempDir(), 'archive.sqlite');
    const db = open(path);
    db.prepare("INSERT INTO migrations (id, name, applied_at) VALUES (999, 'future', '2030-01-01')").run();
    db.close();
    expect(() => openDatabase(path)).toThrow(/newer Dabir/);
  });

  it('rolls a failing migration back whole', () => {
    const dir = makeTempDir();
    const migrationsDir = join(dir, 'migrations');
    mkdirSync(migrationsDir);
    writeFileSync(join(migrationsDir, '001_good.sql'), 'CREATE TABLE a (x INTEGER);');
    writeFileSync(join(migrationsDir, '002_bad.sql'), 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);');
    const path = join(dir, 'archive.sqlite');
    expect(() => openDatabase(path, { migrationsDir })).toThrow(/nowhere/);
    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT id FROM migrations').all()).toEqual([{ id: 1 }]);
    expect(check.prepare("SELECT name FROM sqlite_schema WHERE name = 'b'").get()).toBeUndefined();
    check.close();
  });
});
