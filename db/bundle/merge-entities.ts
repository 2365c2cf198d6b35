/**
 * Merges entities by id. Their histories are united (no entity revision is dropped: a revision
 * is known by its action and content, so the same starter-gazetteer entry loaded on two
 * laptops is one history); aliases are united by their search key (flagged ambiguous if either
 * side flagged it); the other fields come from the side changed last. An entity deleted on one
 * side goes on the other only if that side has not changed it since; otherwise it is kept.
 */
import type { Archive } from '../archive';
import { aliasKey } from '../entities/alias-key';
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

export function mergeEntity(archive: Archive, incoming: IncomingEntity): EntityMergeOutcome {
  const db = archive.db;
  const localRevisions = db
    .prepare('SELECT saved_at AS savedAt, action, snapshot FROM entity_revisions WHERE entity_id = ? ORDER BY revision')
    .all(incoming.id) as EntityRevision[];
  const local = db.prepare('SELECT kind, canonical, description, starts_on, ends_on, gazetteer_key, created_at, updated_at FROM entities WHERE id = ?').get(incoming.id) as
    | EntityRow
    | undefined;

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
    outcome = uniteLive(archive, incoming.record, local) || historyChanged ? 'updated' : 'unchanged';
  } else if (incoming.record && !local) {
    // Absent here: new, or deleted here. A delete stands unless they changed it since.
    const deletedHere = localRevisions.length > 0;
    if (!deletedHere || theyHaveNew) {
      insertEntity(archive, incoming.record);
      outcome = 'added';
    } else if (historyChanged) outcome = 'updated';
  } else if (!incoming.record && local) {
    // Deleted there: it goes here too, unless it was changed here since.
    if (!weHaveNew && theyHaveNew) {
      db.prepare('DELETE FROM mentions WHERE entity_id = ?').run(incoming.id);
      db.prepare('DELETE FROM entities WHERE id = ?').run(incoming.id);
      outcome = 'deleted';
    } else if (historyChanged) outcome = 'updated';
  } else if (historyChanged) {
    outcome = 'updated';
  }

  if (historyChanged) {
    db.prepare('DELETE FROM entity_revisions WHERE entity_id = ?').run(incoming.id);
    const insert = db.prepare('INSERT INTO entity_revisions (entity_id, revision, saved_at, action, snapshot) VALUES (?, ?, ?, ?, ?)');
    history.forEach((revision, index) => insert.run(incoming.id, index + 1, revision.savedAt, revision.action, revision.snapshot));
  }
  if (outcome !== 'unchanged') {
    db.prepare('UPDATE entities SET revision = ? WHERE id = ?').run(Math.max(1, history.length), incoming.id);
    archive.entities.aliasesChanged();
  }
  return outcome;
}

/** Unites names and takes the fields of the side changed last; true when anything changed here. */
function uniteLive(archive: Archive, record: EntityRecord, local: EntityRow): boolean {
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
    db.prepare('UPDATE entities SET kind = ?, canonical = ?, description = ?, starts_on = ?, ends_on = ?, updated_at = ? WHERE id = ?').run(
      record.kind, record.canonical, record.description, record.startsOn, record.endsOn, record.updatedAt, record.id,
    );
    changed = true;
  }
  changed ||= uniteAliases(archive, record.id, [{ name: record.canonical, ambiguous: false }, ...record.aliases]);
  return changed;
}

function uniteAliases(archive: Archive, entityId: string, aliases: ReadonlyArray<{ name: string; ambiguous: boolean }>): boolean {
  const insert = archive.db.prepare('INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, ambiguous) VALUES (?, ?, ?, ?)');
  const flag = archive.db.prepare('UPDATE entity_aliases SET ambiguous = 1 WHERE entity_id = ? AND alias_key = ? AND ambiguous = 0');
  let changed = false;
  for (const alias of aliases) {
    const key = aliasKey(alias.name);
    if (key === '') continue;
    changed = insert.run(entityId, alias.name.trim(), key, alias.ambiguous ? 1 : 0).changes > 0 || changed;
    if (alias.ambiguous) changed = flag.run(entityId, key).changes > 0 || changed;
  }
  return changed;
}

function insertEntity(archive: Archive, record: EntityRecord): void {
  const db = archive.db;
  // A starter entry whose key another entity here holds (merged into it) keeps that holder.
  const keyTaken = record.gazetteerKey !== null && db.prepare('SELECT 1 FROM entities WHERE gazetteer_key = ?').get(record.gazetteerKey) !== undefined;
  db.prepare(`INSERT INTO entities (id, kind, canonical, description, starts_on, ends_on, gazetteer_key, revision, created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`).run(
    record.id, record.kind, record.canonical, record.description, record.startsOn, record.endsOn,
    keyTaken ? null : record.gazetteerKey, record.createdAt, record.updatedAt,
  );
  uniteAliases(archive, record.id, [{ name: record.canonical, ambiguous: false }, ...record.aliases]);
}
