/**
 * Every statement that changes an entity, its names, its posts or its history. Only
 * EntityRepository.write hands this out, inside its transaction, and that is where the alias
 * generation moves on: a writer added here cannot leave detection matching yesterday's names.
 */
import type { Entity, EntityKind } from '../../common/contract';
import type { ArchiveDatabase } from '../open';
import { cachedStatement } from '../statement-cache';
import type { EntityRoles, RoleFields } from './entity-roles';
import { snapshotOf, type KeyedAlias } from './entity-rows';

export type EntityAction = 'create' | 'update' | 'merge-into' | 'merged-from' | 'delete' | 'restore';

/** The fields an entity row is inserted with; `at` stamps both its creation and its update. */
export interface NewEntityRow {
  id: string;
  kind: EntityKind;
  canonical: string;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  gazetteerKey: string | null;
  revision: number;
  at: string;
}

export type EntityFields = Pick<NewEntityRow, 'id' | 'kind' | 'canonical' | 'description' | 'startsOn' | 'endsOn' | 'at'>;

export class EntityWrites {
  constructor(
    private readonly db: ArchiveDatabase,
    private readonly roles: EntityRoles,
  ) {}

  insert(row: NewEntityRow): void {
    cachedStatement<NewEntityRow>(this.db, `
      INSERT INTO entities (id, kind, canonical, description, starts_on, ends_on, gazetteer_key, revision, created_at, updated_at)
      VALUES (@id, @kind, @canonical, @description, @startsOn, @endsOn, @gazetteerKey, @revision, @at, @at)`).run(row);
  }

  /** The editable fields, as one new revision of the row. */
  updateFields(fields: EntityFields): void {
    cachedStatement<EntityFields>(this.db, `
      UPDATE entities SET kind = @kind, canonical = @canonical, description = @description, starts_on = @startsOn,
             ends_on = @endsOn, revision = revision + 1, updated_at = @at
       WHERE id = @id`).run(fields);
  }

  bumpRevision(id: string, at: string): void {
    cachedStatement<[string, string]>(this.db, 'UPDATE entities SET revision = revision + 1, updated_at = ? WHERE id = ?').run(at, id);
  }

  setCreatedAt(id: string, at: string): void {
    cachedStatement<[string, string]>(this.db, 'UPDATE entities SET created_at = ? WHERE id = ?').run(at, id);
  }

  /** A user's entity that absorbs a starter one takes over its key (see EntityLifecycle.merge). */
  moveGazetteerKey(sourceId: string, targetId: string, key: string): void {
    cachedStatement<[string]>(this.db, 'UPDATE entities SET gazetteer_key = NULL WHERE id = ?').run(sourceId);
    cachedStatement<[string, string]>(this.db, 'UPDATE entities SET gazetteer_key = ? WHERE id = ?').run(key, targetId);
  }

  deleteRow(id: string): void {
    cachedStatement<[string]>(this.db, 'DELETE FROM entities WHERE id = ?').run(id);
  }

  writeAliases(id: string, aliases: readonly KeyedAlias[]): void {
    const insert = cachedStatement<[string, string, string, number]>(
      this.db,
      'INSERT INTO entity_aliases (entity_id, alias, alias_key, ambiguous) VALUES (?, ?, ?, ?)',
    );
    for (const alias of aliases) insert.run(id, alias.name, alias.key, alias.ambiguous ? 1 : 0);
  }

  /** Returns 1 when the name was new to the entity, 0 when it had a name with that key. */
  addAliasIfNew(id: string, name: string, key: string, ambiguous: boolean): number {
    return cachedStatement<[string, string, string, number]>(
      this.db,
      'INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, ambiguous) VALUES (?, ?, ?, ?)',
    ).run(id, name, key, ambiguous ? 1 : 0).changes;
  }

  /** Returns 1 when the name was not flagged yet. */
  markAmbiguous(id: string, key: string): number {
    return cachedStatement<[string, string]>(
      this.db,
      'UPDATE entity_aliases SET ambiguous = 1 WHERE entity_id = ? AND alias_key = ? AND ambiguous = 0',
    ).run(id, key).changes;
  }

  deleteAliases(id: string): void {
    cachedStatement<[string]>(this.db, 'DELETE FROM entity_aliases WHERE entity_id = ?').run(id);
  }

  /** A name re-keyed by a new normaliser (see alias-rekey.ts). */
  deleteAlias(id: string, key: string): void {
    cachedStatement<[string, string]>(this.db, 'DELETE FROM entity_aliases WHERE entity_id = ? AND alias_key = ?').run(id, key);
  }

  /** Writes a name; where the entity has one with the same key, that one stays, ambiguous if either was. */
  uniteAlias(id: string, name: string, key: string, ambiguous: boolean): void {
    cachedStatement<[string, string, string, number]>(this.db, `
      INSERT INTO entity_aliases (entity_id, alias, alias_key, ambiguous) VALUES (?, ?, ?, ?)
      ON CONFLICT (entity_id, alias_key) DO UPDATE SET ambiguous = max(ambiguous, excluded.ambiguous)`).run(id, name, key, ambiguous ? 1 : 0);
  }

  /** Where both have a name with the same key, the target keeps its spelling and flag. */
  moveAliases(sourceId: string, targetId: string): void {
    cachedStatement<{ source: string; target: string }>(this.db, `
      INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, ambiguous)
      SELECT @target, alias, alias_key, ambiguous FROM entity_aliases WHERE entity_id = @source`).run({ source: sourceId, target: targetId });
  }

  replaceRoles(id: string, roles: readonly RoleFields[]): void {
    this.roles.replace(id, roles);
  }

  /** Returns how many of `roles` were new (see EntityRoles.add). */
  addRoles(id: string, roles: readonly RoleFields[]): number {
    return this.roles.add(id, roles);
  }

  mergeRoles(sourceId: string, targetId: string): void {
    this.roles.merge(sourceId, targetId);
  }

  /** The entity as it now stands, as its revision `entity.revision`. */
  record(entity: Entity, action: EntityAction, at: string, extra?: Record<string, unknown>): void {
    this.recordSnapshot(entity.id, entity.revision, at, action, snapshotOf(entity, extra));
  }

  recordSnapshot(id: string, revision: number, at: string, action: EntityAction, snapshot: string): void {
    cachedStatement<[string, number, string, string, string]>(
      this.db,
      'INSERT INTO entity_revisions (entity_id, revision, saved_at, action, snapshot) VALUES (?, ?, ?, ?, ?)',
    ).run(id, revision, at, action, snapshot);
  }
}
