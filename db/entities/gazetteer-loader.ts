/**
 * Puts the starter gazetteer (db/gazetteer) into an archive: every entry on first open, in
 * one transaction; after an upgrade of the data, only what is new. gazetteer_state records
 * the version loaded and, for every entry ever loaded, a row `entry:country:IR` whose value
 * lists the names loaded with it (one row per entry, not per name: a first load writes ~500
 * state rows instead of ~2,500). So an entity or a name the user deleted is never re-added
 * and an entity they edited is never overwritten: an upgrade only adds entries, and names of
 * kept entries, that it has never loaded before.
 *
 * It also keeps the stored alias keys in step with the normaliser: keys made by another
 * NORMALIZER_VERSION are remade (see alias-rekey.ts). Both versions are read and recorded
 * through derived-versions.ts; every write goes through EntityRepository.write, so detection
 * matches the names loaded.
 */
import { derivedVersion, recordDerivedVersion } from '../derived-versions';
import { GAZETTEER_VERSION, loadStarterGazetteer, type StarterEntity } from '../gazetteer';
import type { ArchiveDatabase } from '../open';
import { NORMALIZER_VERSION } from '../search/normalize';
import { cachedStatement } from '../statement-cache';
import { aliasTokensOfMany } from './alias-key';
import { rekeyAliases } from './alias-rekey';
import { gazetteerEntityId } from './entity-id';
import type { EntityRepository } from './entity-repository';
import { roleKey, type RoleFields } from './entity-roles';
import type { AliasInput } from './entity-rows';
import { addStarterAliases, addStarterRoles, createStarterEntities, type StarterEntityInput } from './starter-entities';

const ENTRY_PREFIX = 'entry:';
const entryKey = (gazetteerKey: string) => `${ENTRY_PREFIX}${gazetteerKey}`;

/**
 * What an `entry:` row's value holds: the names (aliases, not the canonical) loaded with it,
 * and for people the keys of the roles loaded (see `roleKey`), so an upgrade adds only posts
 * it never loaded and a role an editor removed stays removed.
 */
interface EntryState {
  names: string[];
  roles?: string[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);

function parseEntryState(value: string): EntryState {
  try {
    const parsed = JSON.parse(value) as Partial<EntryState>;
    return { names: strings(parsed.names), ...(Array.isArray(parsed.roles) ? { roles: strings(parsed.roles) } : {}) };
  } catch {
    return { names: [] };
  }
}

/** A starter role with its `of` as the archive's entity id (ids are derived from gazetteer keys). */
function rolesOf(entry: StarterEntity): RoleFields[] {
  return (entry.roles ?? []).map((role) => ({ title: role.title, of: role.of === null ? null : gazetteerEntityId(role.of), from: role.from, to: role.to }));
}

export interface StarterGazetteerOptions {
  /** The data's version; a test passes a higher one to act out an upgrade. */
  version?: number;
  /** The entries; a test passes its own to act out an upgrade that adds some. */
  load?: () => StarterEntity[];
}

export interface GazetteerLoadReport {
  /** The data version this open checked against (GAZETTEER_VERSION unless a test passed one). */
  version: number;
  entitiesAdded: number;
  aliasesAdded: number;
  aliasesRekeyed: number;
  rolesAdded: number;
  milliseconds: number;
}

/** The canonical name (with its own flag) first, then the aliases. */
function namesOf(entry: StarterEntity): AliasInput[] {
  return [
    { name: entry.canonical, ambiguous: entry.canonicalAmbiguous ?? false },
    ...entry.aliases.map(({ name, ambiguous }) => ({ name, ambiguous: ambiguous ?? false })),
  ];
}

/** Rows without roles keep the shape they had before people came (most entries). */
const entryState = (names: string[], roles: string[]): EntryState => (roles.length > 0 ? { names, roles } : { names });

export function ensureStarterGazetteer(
  db: ArchiveDatabase,
  entities: EntityRepository,
  options: StarterGazetteerOptions = {},
): GazetteerLoadReport {
  const started = performance.now();
  const version = options.version ?? GAZETTEER_VERSION;
  const isCurrent = (): { gazetteer: boolean; normalizer: boolean } => {
    const loaded = derivedVersion(db, 'starter-gazetteer');
    const keyedWith = derivedVersion(db, 'alias-keys');
    return {
      gazetteer: loaded !== null && loaded >= version,
      // An archive without the key had its aliases keyed by the current normaliser (the key
      // is written with the first load), or has no aliases yet.
      normalizer: keyedWith === null || keyedWith === NORMALIZER_VERSION,
    };
  };
  const report = { version, entitiesAdded: 0, aliasesAdded: 0, aliasesRekeyed: 0, rolesAdded: 0, milliseconds: 0 };
  // The path taken on every open of an up-to-date archive: two lookups by key.
  const before = isCurrent();
  if (before.gazetteer && before.normalizer) return { ...report, milliseconds: performance.now() - started };

  // Read before the write lock: parsing the data is the slow part of a first load.
  const starter = before.gazetteer ? [] : (options.load ?? loadStarterGazetteer)();
  const writeState = cachedStatement<[string, string]>(db, 'INSERT OR REPLACE INTO gazetteer_state (key, value) VALUES (?, ?)');

  entities.write((writes) => {
    // Checked again under the lock: another process may have loaded it meanwhile.
    const now = isCurrent();
    const at = new Date().toISOString();
    if (!now.normalizer) report.aliasesRekeyed = rekeyAliases(db, writes);
    recordDerivedVersion(db, 'alias-keys', NORMALIZER_VERSION);
    if (now.gazetteer) return;

    const loaded = new Map(
      // Every key that starts with `entry:` (`;` is the character after `:`).
      cachedStatement<[string, string], { key: string; value: string }>(db, 'SELECT key, value FROM gazetteer_state WHERE key > ? AND key < ?')
        .all(ENTRY_PREFIX, 'entry;')
        .map((row) => [row.key.slice(ENTRY_PREFIX.length), parseEntryState(row.value)]),
    );
    const names = starter.map(namesOf);
    // One normaliser pass over every name (see aliasTokensOfMany).
    const flat = aliasTokensOfMany(names.flat().map((alias) => alias.name));
    let offset = 0;
    const keys = names.map((list) => {
      const slice = flat.slice(offset, offset + list.length).map((forms) => forms.joined.join(' '));
      offset += list.length;
      return slice;
    });

    const kept = entities.gazetteerIds();
    const fresh: StarterEntityInput[] = [];
    starter.forEach((entry, i) => {
      const aliasNames = names[i].slice(1).map((alias) => alias.name);
      const roles = rolesOf(entry);
      const roleKeys = roles.map(roleKey);
      const before = loaded.get(entry.id);
      const existingId = kept.get(entry.id) ?? null;
      // An entry whose entity exists though its state row is missing (an archive copied
      // mid-way, a hand-edited state table) counts as loaded: never a second copy.
      if (before !== undefined || existingId !== null) {
        // Loaded before: only names never loaded, and only if the user kept the entity.
        const seen = new Set(before?.names ?? aliasNames);
        const newNames: AliasInput[] = [];
        const newKeys: string[] = [];
        names[i].forEach((alias, j) => {
          if (j === 0 || seen.has(alias.name)) return;
          newNames.push(alias);
          newKeys.push(keys[i][j]);
        });
        if (existingId !== null && newNames.length > 0) report.aliasesAdded += addStarterAliases(entities, writes, existingId, newNames, newKeys, at);
        // Roles as names: only those never loaded, and only to an entity the user kept.
        const seenRoles = new Set(before?.roles ?? (before === undefined ? roleKeys : []));
        const newRoles = roles.filter((role) => !seenRoles.has(roleKey(role)));
        if (existingId !== null && newRoles.length > 0) report.rolesAdded += addStarterRoles(entities, writes, existingId, newRoles, at);
        // Names loaded before and since: a name dropped from the data stays "seen".
        const all = [...new Set([...(before?.names ?? []), ...aliasNames])];
        const allRoles = [...new Set([...(before?.roles ?? []), ...roleKeys])];
        if (before === undefined || all.length !== before.names.length || allRoles.length !== (before.roles?.length ?? 0)) {
          writeState.run(entryKey(entry.id), JSON.stringify(entryState(all, allRoles)));
        }
      } else {
        fresh.push({ gazetteerKey: entry.id, kind: entry.kind, names: names[i], keys: keys[i], description: entry.description ?? '', roles });
        writeState.run(entryKey(entry.id), JSON.stringify(entryState(aliasNames, roleKeys)));
      }
    });
    createStarterEntities(entities, writes, fresh, at);
    report.entitiesAdded = fresh.length;
    recordDerivedVersion(db, 'starter-gazetteer', version);
  });
  return { ...report, milliseconds: performance.now() - started };
}
