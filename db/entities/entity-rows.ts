/**
 * The entity tables as rows, and the alias set an entity is written with: the names given,
 * keyed through the normaliser, with the canonical name always among them.
 */
import type { Entity, EntityAlias, EntityKind, EntityRole } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import { aliasTokensOfMany } from './alias-key';

export interface EntityRow {
  seq: number;
  id: string;
  kind: EntityKind;
  canonical: string;
  description: string;
  starts_on: string | null;
  ends_on: string | null;
  gazetteer_key: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface AliasRow {
  alias: string;
  alias_key: string;
  ambiguous: 0 | 1;
}

/** A name as given in a request (the flag is optional there). */
export interface AliasInput {
  name: string;
  ambiguous?: boolean;
}

export interface KeyedAlias {
  name: string;
  key: string;
  ambiguous: boolean;
}

/**
 * The alias set to store: the canonical name first, then the others; names with the same key
 * collapse to the first spelling, ambiguous if any of them was flagged (so flagging «چین»
 * beside the canonical «چین» marks the canonical row). A name with nothing to match by (only
 * punctuation) is refused when `strict`, skipped otherwise (the starter data).
 */
export function keyedAliasSet(canonical: string, aliases: readonly AliasInput[], strict = true): KeyedAlias[] {
  const names = [{ name: canonical }, ...aliases];
  const forms = aliasTokensOfMany(names.map((n) => n.name));
  return collapseAliases(names, forms.map((form) => form.joined.join(' ')), strict);
}

/** `keyedAliasSet` with the keys already made (`keys[i]` for `names[i]`; the canonical name first). */
export function collapseAliases(names: readonly AliasInput[], keys: readonly string[], strict: boolean): KeyedAlias[] {
  const byKey = new Map<string, KeyedAlias>();
  names.forEach(({ name, ambiguous = false }, i) => {
    const key = keys[i];
    if (key === '') {
      if (strict || i === 0) throw new ArchiveError('invalid_argument', `“${name.trim()}” has no letters or digits to match an entity by`);
      return;
    }
    const existing = byKey.get(key);
    if (existing) existing.ambiguous ||= ambiguous;
    else byKey.set(key, { name: name.trim(), key, ambiguous });
  });
  return [...byKey.values()];
}

export function sameAliasSet(a: readonly KeyedAlias[], b: readonly KeyedAlias[]): boolean {
  if (a.length !== b.length) return false;
  const byKey = new Map(a.map((alias) => [alias.key, alias]));
  return b.every((alias) => {
    const other = byKey.get(alias.key);
    return other !== undefined && other.name === alias.name && other.ambiguous === alias.ambiguous;
  });
}

/** Aliases as shown: the canonical name's own row first (it carries its ambiguous flag), then by key. */
export function aliasesForView(canonical: string, rows: readonly AliasRow[]): EntityAlias[] {
  const sorted = [...rows].sort((a, b) => {
    const aFirst = a.alias === canonical ? 0 : 1;
    const bFirst = b.alias === canonical ? 0 : 1;
    return aFirst - bFirst || (a.alias_key < b.alias_key ? -1 : a.alias_key > b.alias_key ? 1 : 0);
  });
  return sorted.map((row) => ({ name: row.alias, ambiguous: row.ambiguous === 1 }));
}

export function rowToEntity(row: EntityRow, aliases: EntityAlias[], mentionCount: number, roles: EntityRole[] = []): Entity {
  return {
    id: row.id,
    kind: row.kind,
    canonical: row.canonical,
    mentionCount,
    description: row.description,
    aliases,
    roles,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    gazetteerKey: row.gazetteer_key,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What a revision records: the entity as it then stood, without derived counts. */
export function snapshotOf(entity: Entity, extra: Record<string, unknown> = {}): string {
  const { mentionCount: _derived, ...rest } = entity;
  return JSON.stringify({ ...rest, ...extra });
}

export function checkDays(startsOn: string | null, endsOn: string | null): void {
  if (startsOn !== null && endsOn !== null && endsOn < startsOn) {
    throw new ArchiveError('invalid_argument', `An entity cannot end (${endsOn}) before it starts (${startsOn})`);
  }
}
