/**
 * The starter gazetteer's writes (see gazetteer-loader.ts for what is loaded when): its
 * entries as new entities, and an upgrade's new names and posts added to the entities the
 * user kept. Each runs inside the loader's EntityRepository.write, and records a revision as
 * an editor's change would.
 */
import type { EntityKind } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import { aliasKey } from './alias-key';
import { gazetteerEntityId } from './entity-id';
import type { EntityRepository } from './entity-repository';
import type { RoleFields } from './entity-roles';
import { collapseAliases, rowToEntity, snapshotOf, type AliasInput } from './entity-rows';
import type { EntityWrites } from './entity-writes';

/** A starter-gazetteer entry as the loader hands it over; its names already keyed. */
export interface StarterEntityInput {
  gazetteerKey: string;
  kind: EntityKind;
  /** The canonical name first, then the aliases. */
  names: AliasInput[];
  /** `aliasKey` of each of `names`, in order. */
  keys: string[];
  description: string;
  /** People: their posts, `of` already an entity id (or null). */
  roles?: RoleFields[];
}

/** Adds starter entries (ids derived from their keys), with a 'create' revision each. Returns the ids written. */
export function createStarterEntities(
  entities: EntityRepository,
  writes: EntityWrites,
  entries: readonly StarterEntityInput[],
  at: string,
): string[] {
  const ids = entries.map((entry) => gazetteerEntityId(entry.gazetteerKey));
  // A starter entity deleted once and loaded again (its state row lost) has the same id:
  // its history continues rather than clashing with the old revisions.
  const history = entities.lastRevisions(ids);
  return entries.map((entry, i) => {
    const id = ids[i];
    const revision = (history.get(id) ?? 0) + 1;
    const canonical = entry.names[0].name.trim();
    const aliases = collapseAliases(entry.names, entry.keys, false);
    writes.insert({ id, kind: entry.kind, canonical, description: entry.description, startsOn: null, endsOn: null, gazetteerKey: entry.gazetteerKey, revision, at });
    writes.writeAliases(id, aliases);
    if (entry.roles) writes.addRoles(id, entry.roles);
    // Built from what was written rather than read back: this runs for ~900 entries on
    // every new archive.
    const entity = rowToEntity(
      {
        seq: 0,
        id,
        kind: entry.kind,
        canonical,
        description: entry.description,
        starts_on: null,
        ends_on: null,
        gazetteer_key: entry.gazetteerKey,
        revision,
        created_at: at,
        updated_at: at,
      },
      aliases.map(({ name, ambiguous }) => ({ name, ambiguous })),
      0,
      (entry.roles ?? []).map((role) => ({ ...role, ofName: null })),
    );
    writes.recordSnapshot(id, revision, at, 'create', snapshotOf(entity));
    return id;
  });
}

/** Adds names to a kept entity without touching the ones it has. Returns how many were new. */
export function addStarterAliases(
  entities: EntityRepository,
  writes: EntityWrites,
  id: string,
  names: readonly AliasInput[],
  keys: readonly string[],
  at: string,
): number {
  const row = entities.row(id);
  if (!row) throw new ArchiveError('not_found', `No entity with id ${id}`);
  let added = 0;
  for (const alias of collapseAliases([{ name: row.canonical }, ...names], [aliasKey(row.canonical), ...keys], false).slice(1)) {
    added += writes.addAliasIfNew(id, alias.name, alias.key, alias.ambiguous);
  }
  if (added > 0) recordUpdate(entities, writes, id, at);
  return added;
}

/** Adds posts to a kept entity without touching the ones it has. Returns how many were new. */
export function addStarterRoles(entities: EntityRepository, writes: EntityWrites, id: string, roles: readonly RoleFields[], at: string): number {
  if (!entities.exists(id)) throw new ArchiveError('not_found', `No entity with id ${id}`);
  const added = writes.addRoles(id, roles);
  if (added > 0) recordUpdate(entities, writes, id, at);
  return added;
}

function recordUpdate(entities: EntityRepository, writes: EntityWrites, id: string, at: string): void {
  writes.bumpRevision(id, at);
  writes.record(entities.get(id), 'update', at);
}
