/**
 * Applies numbered `.sql` files in order, each in its own transaction, and records them in a
 * `migrations` table (not `PRAGMA user_version`, which holds one small integer and nothing
 * about what ran or when).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { cachedStatement } from './statement-cache';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{3,})_([a-z0-9_]+)\.sql$/;

export function readMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: MIGRATION_FILE.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      id: Number(match[1]),
      name: match[2],
      sql: readFileSync(join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.id - b.id);
  migrations.forEach((migration, index) => {
    if (migration.id !== index + 1) {
      throw new Error(`Migration numbers must run 1, 2, 3… without gaps; found ${migration.id} at position ${index + 1}`);
    }
  });
  return migrations;
}

/** The newest migration applied to an archive: its schema version (0 for a new file). */
export function schemaVersionOf(db: Database): number {
  const table = cachedStatement(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'migrations'").get();
  if (!table) return 0;
  return (cachedStatement(db, 'SELECT coalesce(max(id), 0) AS version FROM migrations').get() as { version: number }).version;
}

/** The migrations an archive has yet to run. */
export function pendingMigrations(db: Database, migrations: Migration[]): Migration[] {
  const version = schemaVersionOf(db);
  return migrations.filter((migration) => migration.id > version);
}

/** Returns the migrations applied by this call (empty when the archive was up to date). */
export function applyMigrations(db: Database, migrations: Migration[]): Migration[] {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    (cachedStatement(db, 'SELECT id FROM migrations').all() as { id: number }[]).map((row) => row.id),
  );
  const newest = Math.max(0, ...applied);
  if (newest > migrations.length) {
    throw new Error(
      `This archive was written by a newer Dabir (schema ${newest}, this version knows ${migrations.length}); update Dabir to open it.`,
    );
  }
  const record = cachedStatement(db, 'INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)');
  const pending = migrations.filter((migration) => !applied.has(migration.id));
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.id, migration.name, new Date().toISOString());
    }).immediate();
  }
  return pending;
}
