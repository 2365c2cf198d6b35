/**
 * Merges entities by id. Their histories are united (no entity revision is dropped: a revision
 * is known by its action and content, so the same starter-gazetteer entry loaded on two
 * laptops is one history); aliases are united by their search key (flagged ambiguous if either
 * side flagged it); the other fields come from the side changed last. An entity deleted on one
 * side goes on the other only if that side has not changed it since; otherwise it is kept.
 */
import type { Archive } from '../archive';
import { aliasKey } from '../entities/alias-key';
import type { EntityAction, EntityWrites } from '../entities/entity-writes';
import { cachedStatement } from '../statement-cache';
import type { EntityRecord, EntityRevisionRecord } from './bundle-format';
import { hashId } from './revision-lineage';

interface EntityRevision {
  savedAt: string;
  action: string;
  snapshot: string;
}

export interface IncomingEntity {
  id: string;
  /** Absent when the entity is deleted on the other side (its history ends in the delete). */
  record: EntityRecord | null;
  revisions: EntityRevisionRecord[];
}

export type EntityMergeOutcome = 'added' | 'updated' | 'deleted' | 'unchanged';

const VOLATILE = new Set(['revision', 'createdAt', 'updatedAt', 'mentionCount']);

/** What identifies an entity revision across archives: its action and content, not its number or time. */
function identityOf(revision: EntityRevision): string {
  let content = revision.snapshot;
  try {
    const parsed = JSON.parse(revision.snapshot) as Record<string, unknown>;
    content = JSON.stringify(Object.fromEntries(Object.entries(parsed).filter(([key]) => !VOLATILE.has(key))));
  } catch {
    // Kept whole: an unreadable snapshot is still history.
  }
  return hashId(revision.action, content);
}

interface EntityRow {
  kind: string;
  canonical: string;
  description: string;
  starts_on: string | null;
  ends_on: string | null;
  gazetteer_key: string | null;
  created_at: string;
  updated_at: string;
}

/** Runs inside the caller's EntityRepository.write, which hands over `writes`. */
export function mergeEntity(archive: Archive, writes: EntityWrites, incoming: IncomingEntity): EntityMergeOutcome {
  const db = archive.db;
  const localRevisions = cachedStatement<[string], EntityRevision>(
    db,
    'SELECT saved_at AS savedAt, action, snapshot FROM entity_revisions WHERE entity_id = ? ORDER BY revision',
  ).all(incoming.id);
  const local = cachedStatement<[string], EntityRow>(
    db,
    'SELECT kind, canonical, description, starts_on, ends_on, gazetteer_key, created_at, updated_at FROM entities WHERE id = ?',
  ).get(incoming.id);

  // The united history: the earliest copy of each revision, in time order.
  const byIdentity = new Map<string, EntityRevision>();
  for (const revision of [...localRevisions, ...incoming.revisions]) {
    const key = identityOf(revision);
    const seen = byIdentity.get(key);
    if (!seen || revision.savedAt < seen.savedAt) byIdentity.set(key, { savedAt: revision.savedAt, action: revision.action, snapshot: revision.snapshot });
  }
  const localKeys = new Set(localRevisions.map(identityOf));
  const incomingKeys = new Set(incoming.revisions.map(identityOf));
  const history = [...byIdentity.entries()].sort(([ka, a], [kb, b]) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0)).map(([, revision]) => revision);
  const historyChanged = history.length !== localRevisions.length;
  const theyHaveNew = [...incomingKeys].some((key) => !localKeys.has(key));
  const weHaveNew = [...localKeys].some((key) => !incomingKeys.has(key));

  let outcome: EntityMergeOutcome = 'unchanged';
  if (incoming.record && local) {
    outcome = uniteLive(archive, writes, incoming.record, local) || historyChanged ? 'updated' : 'unchanged';
  } else if (incoming.record && !local) {
    // Absent here: new, or deleted here. A delete stands unless they changed it since.
    const deletedHere = localRevisions.length > 0;
    if (!deletedHere || theyHaveNew) {
      insertEntity(archive, writes, incoming.record);
      outcome = 'added';
    } else if (historyChanged) outcome = 'updated';
  } else if (!incoming.record && local) {
    // Deleted there: it goes here too, unless it was changed here since.
    if (!weHaveNew && theyHaveNew) {
      cachedStatement<[string]>(db, 'DELETE FROM mentions WHERE entity_id = ?').run(incoming.id);
      writes.deleteRow(incoming.id);
      outcome = 'deleted';
    } else if (historyChanged) outcome = 'updated';
  } else if (historyChanged) {
    outcome = 'updated';
  }

  if (historyChanged) {
    cachedStatement<[string]>(db, 'DELETE FROM entity_revisions WHERE entity_id = ?').run(incoming.id);
    history.forEach((revision, index) =>
      writes.recordSnapshot(incoming.id, index + 1, revision.savedAt, revision.action as EntityAction, revision.snapshot),
    );
  }
  if (outcome !== 'unchanged') {
    cachedStatement<[number, string]>(db, 'UPDATE entities SET revision = ? WHERE id = ?').run(Math.max(1, history.length), incoming.id);
  }
  return outcome;
}

/** Unites names and takes the fields of the side changed last; true when anything changed here. */
function uniteLive(archive: Archive, writes: EntityWrites, record: EntityRecord, local: EntityRow): boolean {
  const db = archive.db;
  let changed = false;
  const theirsNewer = record.updatedAt > local.updated_at || (record.updatedAt === local.updated_at && record.canonical < local.canonical);
  const differs =
    record.kind !== local.kind ||
    record.canonical !== local.canonical ||
    record.description !== local.description ||
    record.startsOn !== local.starts_on ||
    record.endsOn !== local.ends_on;
  if (theirsNewer && (differs || record.updatedAt !== local.updated_at)) {
    cachedStatement(db, 'UPDATE entities SET kind = ?, canonical = ?, description = ?, starts_on = ?, ends_on = ?, updated_at = ? WHERE id = ?').run(
      record.kind, record.canonical, record.description, record.startsOn, record.endsOn, record.updatedAt, record.id,
    );
    changed = true;
  }
  changed ||= uniteAliases(writes, record.id, [{ name: record.canonical, ambiguous: false }, ...record.aliases]);
  return changed;
}

function uniteAliases(writes: EntityWrites, entityId: string, aliases: ReadonlyArray<{ name: string; ambiguous: boolean }>): boolean {
  let changed = false;
  for (const alias of aliases) {
    const key = aliasKey(alias.name);
    if (key === '') continue;
    changed = writes.addAliasIfNew(entityId, alias.name.trim(), key, alias.ambiguous) > 0 || changed;
    if (alias.ambiguous) changed = writes.markAmbiguous(entityId, key) > 0 || changed;
  }
  return changed;
}

function insertEntity(archive: Archive, writes: EntityWrites, record: EntityRecord): void {
  const db = archive.db;
  // A starter entry whose key another entity here holds (merged into it) keeps that holder.
  const keyTaken = record.gazetteerKey !== null && archive.entities.gazetteerIds().has(record.gazetteerKey);
  cachedStatement(db, `INSERT INTO entities (id, kind, canonical, description, starts_on, ends_on, gazetteer_key, revision, created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`).run(
    record.id, record.kind, record.canonical, record.description, record.startsOn, record.endsOn,
    keyTaken ? null : record.gazetteerKey, record.createdAt, record.updatedAt,
  );
  uniteAliases(writes, record.id, [{ name: record.canonical, ambiguous: false }, ...record.aliases]);
}
