/**
 * The one way db/ prepares a statement: through here, once per connection, the first time it
 * is used. Preparing costs about as much as running, and the save path's relations (tags,
 * links, mentions) run theirs once per article saved, which a bulk import does thousands of
 * times a second. The SQL sits where it is run; a statement several methods share is a named
 * private getter that returns it. The SQL text is the key, so never build it from values: SQL
 * whose text changes per call (a list of `?` as long as the input) is prepared where it is
 * built (tests/architecture/statements.test.ts names those places).
 */
import type { Statement } from 'better-sqlite3';
import type { ArchiveDatabase } from './open';

type Params = unknown[] | object;
/** better-sqlite3's own mapping: a tuple binds positionally, an object by name. */
type Prepared<P extends Params, R> = P extends unknown[] ? Statement<P, R> : Statement<[P], R>;
/**
 * A kept statement is shared by every caller of its SQL, so what would change it for all of
 * them (answering plucked, raw or expanded rows, or BigInts) is not offered: see cachedPluck.
 */
export type CachedStatement<P extends Params = unknown[], R = unknown> = Omit<Prepared<P, R>, 'pluck' | 'raw' | 'expand' | 'safeIntegers'>;

const caches = new WeakMap<ArchiveDatabase, Map<string, Statement>>();

function cached(db: ArchiveDatabase, key: string, prepare: () => Statement): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(key);
  if (!statement) {
    statement = prepare();
    cache.set(key, statement);
  }
  return statement;
}

/** `sql` prepared on `db`, the first time it is asked for. `R` is the shape of a row. */
export function cachedStatement<P extends Params = unknown[], R = unknown>(db: ArchiveDatabase, sql: string): CachedStatement<P, R> {
  return cached(db, sql, () => db.prepare(sql)) as unknown as CachedStatement<P, R>;
}

/**
 * `sql` prepared to return its first column's value instead of a row. Kept apart from
 * cachedStatement's copy: `pluck()` changes the statement itself, so one shared by both
 * would answer the other caller in the wrong shape.
 */
export function cachedPluck<P extends Params = unknown[], R = unknown>(db: ArchiveDatabase, sql: string): CachedStatement<P, R> {
  return cached(db, `pluck:${sql}`, () => db.prepare(sql).pluck()) as unknown as CachedStatement<P, R>;
}
