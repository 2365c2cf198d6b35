/**
 * What the archive derives from its own content, and the version of the code each was derived
 * with: on open, a dataset recorded at another version than the running code's is remade (the
 * search index rebuilt, the alias keys re-keyed, the starter gazetteer's new entries loaded).
 * This is the one place that reads and records those versions. Each is kept as a row of the
 * state table of the feature that owns it, where archives in use already hold it, so an
 * upgraded archive keeps its versions and nothing is remade for the move.
 * The schema is not derived data: its version is the newest row of `migrations` (migrate.ts).
 */
import type { ArchiveDatabase } from './open';
import { cachedStatement } from './statement-cache';

export type DerivedDataset = 'search-index' | 'alias-keys' | 'starter-gazetteer';

/** Both tables are `(key TEXT PRIMARY KEY, value TEXT)`; the value is the version as text. */
const HOMES: Record<DerivedDataset, { table: 'search_state' | 'gazetteer_state'; key: string }> = {
  // The full-text index, built through the Persian normaliser (search/search-index.ts).
  'search-index': { table: 'search_state', key: 'normalizer_version' },
  // Entity alias keys, made by the same normaliser (entities/alias-rekey.ts).
  'alias-keys': { table: 'gazetteer_state', key: 'normalizer_version' },
  // The starter entities and names loaded (entities/gazetteer-loader.ts).
  'starter-gazetteer': { table: 'gazetteer_state', key: 'version' },
};

/** The version `dataset` was last derived with, or null when none is recorded. */
export function derivedVersion(db: ArchiveDatabase, dataset: DerivedDataset): number | null {
  const { table, key } = HOMES[dataset];
  const value = cachedStatement<[string], { value: string }>(db, `SELECT value FROM ${table} WHERE key = ?`).get(key)?.value;
  return value === undefined ? null : Number(value);
}

/** Records that `dataset` is now derived with `version`; in the caller's transaction, with the data. */
export function recordDerivedVersion(db: ArchiveDatabase, dataset: DerivedDataset, version: number): void {
  const { table, key } = HOMES[dataset];
  cachedStatement<[string, string]>(
    db,
    `INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(key, String(version));
}
