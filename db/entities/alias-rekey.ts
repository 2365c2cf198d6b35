/**
 * Remakes every stored alias key with the current normaliser. Keys are the normaliser's
 * output, so a new NORMALIZER_VERSION (a new folding or stemming rule) leaves old keys that
 * text no longer produces; the search index is rebuilt for the same reason. Two names of one
 * entity that now share a key collapse to one row, ambiguous if either was.
 */
import type { ArchiveDatabase } from '../open';
import { cachedStatement } from '../statement-cache';
import { aliasTokensOfMany } from './alias-key';
import type { EntityWrites } from './entity-writes';

interface StoredAlias {
  entity_id: string;
  alias: string;
  alias_key: string;
  ambiguous: number;
}

/** Runs in the caller's EntityRepository.write; returns how many rows changed key. */
export function rekeyAliases(db: ArchiveDatabase, writes: EntityWrites): number {
  const rows = cachedStatement<[], StoredAlias>(db, 'SELECT entity_id, alias, alias_key, ambiguous FROM entity_aliases').all();
  const keys = aliasTokensOfMany(rows.map((row) => row.alias)).map((forms) => forms.joined.join(' '));
  // All stale rows out first, then back in: a row's new key may be another row's old one.
  const changed = rows.map((row, i) => ({ row, key: keys[i] })).filter(({ row, key }) => key !== row.alias_key);
  for (const { row } of changed) writes.deleteAlias(row.entity_id, row.alias_key);
  for (const { row, key } of changed) {
    // A name that now normalises to nothing can no longer be matched: it goes.
    if (key !== '') writes.uniteAlias(row.entity_id, row.alias, key, row.ambiguous === 1);
  }
  return changed.length;
}
