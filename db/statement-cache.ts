/**
 * Prepared statements kept per connection: preparing one costs about as much as running it,
 * and the save path's relations (tags, links) run theirs once per article saved, which a bulk
 * import does thousands of times a second. The SQL text is the key; never build it from values.
 */
import type { Statement } from 'better-sqlite3';
import type { ArchiveDatabase } from './open';

const caches = new WeakMap<ArchiveDatabase, Map<string, Statement>>();

export function cachedStatement(db: ArchiveDatabase, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
