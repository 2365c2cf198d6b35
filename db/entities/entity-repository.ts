/**
 * Entities (people, organisations, countries, places, events) as stored: their rows, names
 * and history. An entity is matched by the search keys of its names, so «ظريف» and «ظریف» are
 * one alias; its canonical name is always one of them. Every change writes a snapshot to
 * entity_revisions, and goes through `write`, which tells detection to rebuild its matcher.
 * The lists and the page are read in entity-reads.ts; merge, delete and restore, which reach
 * into articles, are in entity-lifecycle.ts; the starter gazetteer's writes in starter-entities.ts.
 */
import type { ArchiveServices, Entity, EntitySummary } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { ArchiveDatabase } from '../open';
import { cachedStatement } from '../statement-cache';
import type { AliasRecord } from './alias-matcher';
import { newEntityId } from './entity-id';
import { EntityRoles, sameRoleSet, toRoleFields } from './entity-roles';
import {
  aliasesForView,
  checkDays,
  keyedAliasSet,
  rowToEntity,
  sameAliasSet,
  type AliasRow,
  type EntityRow,
  type KeyedAlias,
} from './entity-rows';
import { EntityWrites } from './entity-writes';

type CreateRequest = Parameters<ArchiveServices['createEntity']>[0];
type UpdateRequest = Parameters<ArchiveServices['updateEntity']>[0];

const CONFIRMED_COUNT = `(SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
                          WHERE m.entity_id = e.id AND m.state = 'confirmed' AND a.deleted_at IS NULL)`;
/** An entity as listed: `e` is the entities row. */
export const SUMMARY_COLUMNS = `e.id, e.kind, e.canonical, ${CONFIRMED_COUNT} AS mentionCount`;

export class EntityRepository {
  /** Moves on after every write (see aliasGeneration). */
  private generation = 0;
  private readonly roles: EntityRoles;
  private readonly writes: EntityWrites;

  constructor(private readonly db: ArchiveDatabase) {
    this.roles = new EntityRoles(db);
    this.writes = new EntityWrites(db, this.roles);
  }

  /**
   * Changes with every write to entities: detection reads names and, beside them, kinds and
   * posts, so the mention matcher rebuilds when this differs from the generation it was built
   * at. It moves on as a write begins, so a matcher built inside the write (the re-detection of
   * a body a merge rewrites, after the names moved) is the one kept once it commits, and again
   * if the write rolls back, since that matcher saw names that are gone.
   */
  get aliasGeneration(): number {
    return this.generation;
  }

  /**
   * Runs `body` in one IMMEDIATE transaction (a savepoint inside the caller's) with the
   * statements that change entities: the only way to them, so no writer skips the generation.
   */
  write<T>(body: (writes: EntityWrites) => T): T {
    this.generation += 1;
    try {
      return this.db.transaction(() => body(this.writes)).immediate();
    } catch (error) {
      this.generation += 1;
      throw error;
    }
  }

  row(id: string): EntityRow | undefined {
    return cachedStatement<[string], EntityRow>(this.db, 'SELECT * FROM entities WHERE id = ?').get(id);
  }

  exists(id: string): boolean {
    return this.row(id) !== undefined;
  }

  get(id: string): Entity {
    const row = this.row(id);
    if (!row) throw new ArchiveError('not_found', `No entity with id ${id}`);
    return rowToEntity(row, aliasesForView(row.canonical, this.aliasRows(id)), this.summary(id).mentionCount, this.roles.of(id));
  }

  summary(id: string): EntitySummary {
    const summary = cachedStatement<[string], EntitySummary>(this.db, `SELECT ${SUMMARY_COLUMNS} FROM entities e WHERE e.id = ?`).get(id);
    if (!summary) throw new ArchiveError('not_found', `No entity with id ${id}`);
    return summary;
  }

  /** Every alias of every entity, for building the matcher. */
  aliasRecords(): AliasRecord[] {
    return cachedStatement<[], Omit<AliasRecord, 'ambiguous'> & { ambiguous: number }>(
      this.db,
      'SELECT entity_id AS entityId, alias, alias_key AS aliasKey, ambiguous FROM entity_aliases',
    )
      .all()
      .map((row) => ({ ...row, ambiguous: row.ambiguous === 1 }));
  }

  /** Starter-gazetteer key → id of the entity holding it, for the entities the user kept. */
  gazetteerIds(): Map<string, string> {
    const rows = cachedStatement<[], { id: string; gazetteer_key: string }>(
      this.db,
      'SELECT id, gazetteer_key FROM entities WHERE gazetteer_key IS NOT NULL',
    ).all();
    return new Map(rows.map((row) => [row.gazetteer_key, row.id]));
  }

  /** The newest revision number of each of `ids` that has a history (deleted ones included). */
  lastRevisions(ids: readonly string[]): Map<string, number> {
    const rows = cachedStatement<[string], { id: string; revision: number }>(this.db, `
      SELECT entity_id AS id, max(revision) AS revision FROM entity_revisions
       WHERE entity_id IN (SELECT value FROM json_each(?)) GROUP BY entity_id`).all(JSON.stringify(ids));
    return new Map(rows.map((row) => [row.id, row.revision]));
  }

  create(request: CreateRequest): Entity {
    const aliases = keyedAliasSet(request.canonical, request.aliases ?? []);
    const startsOn = request.startsOn ?? null;
    const endsOn = request.endsOn ?? null;
    checkDays(startsOn, endsOn);
    return this.write((writes) => {
      const id = newEntityId();
      const at = new Date().toISOString();
      writes.insert({
        id,
        kind: request.kind,
        canonical: request.canonical.trim(),
        description: request.description ?? '',
        startsOn,
        endsOn,
        gazetteerKey: null,
        revision: 1,
        at,
      });
      writes.writeAliases(id, aliases);
      writes.replaceRoles(id, (request.roles ?? []).map(toRoleFields));
      const entity = this.get(id);
      writes.record(entity, 'create', at);
      return entity;
    });
  }

  update(request: UpdateRequest): Entity {
    return this.write((writes) => {
      const current = this.row(request.id);
      if (!current) throw new ArchiveError('not_found', `No entity with id ${request.id}`);
      if (request.baseRevision !== undefined && request.baseRevision !== current.revision) {
        throw new ArchiveError(
          'conflict',
          `Entity ${request.id} was changed elsewhere (revision ${current.revision}, this edit started from ${request.baseRevision})`,
        );
      }
      const next = {
        id: request.id,
        kind: request.kind ?? current.kind,
        canonical: request.canonical?.trim() ?? current.canonical,
        description: request.description ?? current.description,
        startsOn: request.startsOn === undefined ? current.starts_on : request.startsOn,
        endsOn: request.endsOn === undefined ? current.ends_on : request.endsOn,
      };
      checkDays(next.startsOn, next.endsOn);
      const currentAliases = this.aliasRows(request.id).map((row): KeyedAlias => ({ name: row.alias, key: row.alias_key, ambiguous: row.ambiguous === 1 }));
      // Given aliases replace the set; a new canonical name alone joins the set, and the old
      // one stays an alias (the archive still holds articles that use it).
      let aliases: KeyedAlias[] | null = null;
      if (request.aliases !== undefined) aliases = keyedAliasSet(next.canonical, request.aliases);
      else if (next.canonical !== current.canonical) {
        const [canonical] = keyedAliasSet(next.canonical, []);
        if (!currentAliases.some((alias) => alias.key === canonical.key)) aliases = [canonical, ...currentAliases];
      }
      const aliasesChange = aliases !== null && !sameAliasSet(aliases, currentAliases);
      const roles = request.roles?.map(toRoleFields) ?? null;
      const rolesChange = roles !== null && !sameRoleSet(roles, this.roles.of(request.id));
      const fieldsChange =
        next.kind !== current.kind ||
        next.canonical !== current.canonical ||
        next.description !== current.description ||
        next.startsOn !== current.starts_on ||
        next.endsOn !== current.ends_on;
      if (!aliasesChange && !fieldsChange && !rolesChange) return this.get(request.id);

      const at = new Date().toISOString();
      writes.updateFields({ ...next, at });
      if (aliasesChange) {
        writes.deleteAliases(request.id);
        writes.writeAliases(request.id, aliases!);
      }
      if (rolesChange) writes.replaceRoles(request.id, roles!);
      const entity = this.get(request.id);
      writes.record(entity, 'update', at);
      return entity;
    });
  }

  private aliasRows(id: string): AliasRow[] {
    return cachedStatement<[string], AliasRow>(this.db, 'SELECT alias, alias_key, ambiguous FROM entity_aliases WHERE entity_id = ?').all(id);
  }
}
