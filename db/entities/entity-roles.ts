/**
 * The posts an entity held («وزیر امور خارجه» of Iran, 2013–2021), kept as a set beside its
 * aliases: read for the entity page, written whole when an editor changes them, added to (never
 * rewritten) by a gazetteer upgrade, and carried over when two entities merge.
 */
import type { EntityRole, EntityRoleInput } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { ArchiveDatabase } from '../open';
import { cachedPluck, cachedStatement } from '../statement-cache';

interface RoleRow {
  title: string;
  of_entity_id: string | null;
  of_name: string | null;
  from_year: number | null;
  to_year: number | null;
}

/** A role as stored: the fields that make it one, without the display name. */
export interface RoleFields {
  title: string;
  of: string | null;
  from: number | null;
  to: number | null;
}

/** The same post held over the same years: one role, however often it is given. */
export const roleKey = (role: RoleFields): string => JSON.stringify([role.title.trim(), role.of, role.from, role.to]);

/** Newest first: the post held now (or last) leads, as a desk would introduce the person. */
function newestFirst(a: RoleFields, b: RoleFields): number {
  return (b.to ?? Infinity) - (a.to ?? Infinity) || (b.from ?? 0) - (a.from ?? 0) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
}

export function toRoleFields(input: EntityRoleInput): RoleFields {
  return { title: input.title.trim(), of: input.of ?? null, from: input.from ?? null, to: input.to ?? null };
}

export function sameRoleSet(a: readonly RoleFields[], b: readonly RoleFields[]): boolean {
  const keys = new Set(a.map(roleKey));
  return a.length === b.length && b.every((role) => keys.has(roleKey(role)));
}

export class EntityRoles {
  private get rowsOf() {
    return cachedStatement<[string], RoleRow>(this.db, `
      SELECT r.title, r.of_entity_id, o.canonical AS of_name, r.from_year, r.to_year
        FROM entity_roles r LEFT JOIN entities o ON o.id = r.of_entity_id
       WHERE r.entity_id = ?`);
  }

  private get insert() {
    return cachedStatement<[string, string, string | null, number | null, number | null]>(this.db, 'INSERT INTO entity_roles (entity_id, title, of_entity_id, from_year, to_year) VALUES (?, ?, ?, ?, ?)');
  }

  private get deleteAll() {
    return cachedStatement<[string]>(this.db, 'DELETE FROM entity_roles WHERE entity_id = ?');
  }

  /** A role the target already has is not written twice. */
  private get moveAll() {
    return cachedStatement<{ source: string; target: string }>(this.db, `
      INSERT INTO entity_roles (entity_id, title, of_entity_id, from_year, to_year)
      SELECT @target, s.title, s.of_entity_id, s.from_year, s.to_year FROM entity_roles s
       WHERE s.entity_id = @source AND NOT EXISTS (
         SELECT 1 FROM entity_roles t WHERE t.entity_id = @target AND t.title = s.title
            AND t.of_entity_id IS s.of_entity_id AND t.from_year IS s.from_year AND t.to_year IS s.to_year)`);
  }

  private get retargetOf() {
    return cachedStatement<{ source: string; target: string }>(this.db, 'UPDATE entity_roles SET of_entity_id = @target WHERE of_entity_id = @source');
  }

  private get entityExists() {
    return cachedPluck<[string], number>(this.db, 'SELECT 1 FROM entities WHERE id = ?');
  }

  constructor(private readonly db: ArchiveDatabase) {}

  of(entityId: string): EntityRole[] {
    return this.rowsOf
      .all(entityId)
      .map((row) => ({ title: row.title, of: row.of_entity_id, ofName: row.of_name, from: row.from_year, to: row.to_year }))
      .sort(newestFirst);
  }

  /** Replaces the set; an `of` that names no entity is refused (an editor's typo must not vanish silently). */
  replace(entityId: string, roles: readonly RoleFields[]): void {
    this.deleteAll.run(entityId);
    this.add(entityId, roles, 'refuse');
  }

  /**
   * Adds roles the entity does not have yet. With 'drop', an `of` whose entity is gone (the
   * editor deleted that country) is kept as a role without it: the gazetteer's data, not a typo.
   */
  add(entityId: string, roles: readonly RoleFields[], unknownOf: 'refuse' | 'drop' = 'drop'): number {
    const have = new Set(this.of(entityId).map(roleKey));
    let added = 0;
    for (const role of roles) {
      if (role.from !== null && role.to !== null && role.to < role.from) {
        throw new ArchiveError('invalid_argument', `The role «${role.title}» cannot end (${role.to}) before it starts (${role.from})`);
      }
      let of = role.of;
      if (of !== null && this.entityExists.get(of) === undefined) {
        if (unknownOf === 'refuse') throw new ArchiveError('not_found', `No entity with id ${of} (the role «${role.title}» names it)`);
        of = null;
      }
      const fields = { ...role, of };
      if (have.has(roleKey(fields))) continue;
      have.add(roleKey(fields));
      this.insert.run(entityId, fields.title, fields.of, fields.from, fields.to);
      added += 1;
    }
    return added;
  }

  /** A merge: the source's roles join the target's, and roles held in the source now point at the target. */
  merge(sourceId: string, targetId: string): void {
    this.moveAll.run({ source: sourceId, target: targetId });
    this.deleteAll.run(sourceId);
    this.retargetOf.run({ source: sourceId, target: targetId });
  }
}
