/**
 * Entities as the CLI prints them (JSON and text), and finding the entity a command line
 * names: by its id, or by a name (canonical or alias, matched the way detection matches
 * them, so «ظريف» finds «ظریف») that belongs to exactly one entity.
 */
import type { Entity, EntityPage, EntitySummary } from '../common/contract';
import type { Archive } from '../db/archive';
import { aliasKey } from '../db/entities/alias-key';
import { callApi } from './api';
import { padEnd, terminalSafe } from './format';
import { CliError } from './io';
import { UUID } from './options';

/** How many entities sharing one name are looked at; more than this is not a real archive. */
const SAME_NAME_LIMIT = 50;

export function entitySummaryJson(entity: EntitySummary) {
  return { id: entity.id, kind: entity.kind, canonical: entity.canonical, mentions: entity.mentionCount };
}

export function entityJson(entity: Entity) {
  return {
    id: entity.id,
    kind: entity.kind,
    canonical: entity.canonical,
    aliases: entity.aliases.map(({ name, ambiguous }) => ({ name, ambiguous })),
    description: entity.description,
    startsOn: entity.startsOn,
    endsOn: entity.endsOn,
    mentions: entity.mentionCount,
    gazetteerKey: entity.gazetteerKey,
    revision: entity.revision,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/** Name first (with the description under it), then the fields, then every name it goes by. */
export function entityLines(entity: Entity): string[] {
  const lines = [terminalSafe(entity.canonical)];
  if (entity.description) lines.push(terminalSafe(entity.description));
  lines.push('');
  const fields: Array<[string, string]> = [
    ['ID', entity.id],
    ['Kind', entity.kind],
    ['Mentions', `${entity.mentionCount} confirmed`],
  ];
  if (entity.startsOn || entity.endsOn) fields.push(['Dates', `${entity.startsOn ?? '?'} to ${entity.endsOn ?? '?'}`]);
  if (entity.gazetteerKey) fields.push(['Source', 'starter gazetteer']);
  fields.push(['Revision', String(entity.revision)]);
  for (const [label, value] of fields) lines.push(`${padEnd(`${label}:`, 10)}${value}`);
  lines.push('Names:');
  // The flag before the name: the name is usually right-to-left.
  for (const alias of entity.aliases) lines.push(`  ${alias.ambiguous ? '(ambiguous) ' : ''}${terminalSafe(alias.name)}`);
  if (entity.roles.length > 0) {
    lines.push('Posts:');
    // The years before the title, for the same reason.
    for (const role of entity.roles) {
      const years = `${role.from ?? '?'}–${role.to ?? 'now'}`;
      lines.push(`  ${padEnd(years, 10)}${terminalSafe([role.title, role.ofName].filter(Boolean).join(' '))}`);
    }
  }
  return lines;
}

/** One row per entity: id, kind, confirmed mentions, then the name (right-to-left, so last). */
export function entityRow(entity: EntitySummary, extra = ''): string {
  return `${entity.id}  ${padEnd(entity.kind, 12)}  ${String(entity.mentionCount).padStart(8)}  ${extra}${terminalSafe(entity.canonical)}`;
}

/** The entities one of whose names has the same key as `name` (not merely starts with it). */
export function entitiesNamed(archive: Archive, name: string): EntityPage[] {
  const key = aliasKey(name);
  if (key === '') return [];
  // The typeahead lists the entities with a name that IS the text first.
  const named: EntityPage[] = [];
  for (const summary of callApi(archive, 'suggestEntities', { text: name, limit: SAME_NAME_LIMIT })) {
    const page = callApi(archive, 'getEntity', { id: summary.id });
    if (!page.entity.aliases.some((alias) => aliasKey(alias.name) === key)) break;
    named.push(page);
  }
  return named;
}

/** The entity an operand names, with its page: an entity id, or a name only one entity has. */
export function resolveEntity(archive: Archive, operand: string): EntityPage {
  const typed = operand.trim();
  // A name can't look like a UUID, so this is an id (getEntity says when it is not there).
  if (UUID.test(typed)) return callApi(archive, 'getEntity', { id: typed.toLowerCase() });
  const named = entitiesNamed(archive, typed);
  if (named.length === 1) return named[0];
  if (named.length === 0) {
    throw new CliError(`no entity is named "${terminalSafe(typed)}" (dabir entities "${terminalSafe(typed)}" lists the names that start with it)`);
  }
  const candidates = named.map(({ entity }) => `\n  ${entity.id}  ${padEnd(entity.kind, 12)}  ${terminalSafe(entity.canonical)}`).join('');
  throw new CliError(`${named.length} entities are named "${terminalSafe(typed)}"; give the id of the one you mean:${candidates}`);
}

/** Stderr lines for a name that other entities have too: detection will offer all of them. */
export function sharedNameNotes(archive: Archive, entity: Entity, names: readonly string[]): string[] {
  const notes: string[] = [];
  for (const name of names) {
    const others = entitiesNamed(archive, name).map((page) => page.entity).filter((other) => other.id !== entity.id);
    if (others.length === 0) continue;
    const list = others.map((other) => `${other.kind} ${other.id} «${terminalSafe(other.canonical)}»`).join(', ');
    notes.push(`note: «${terminalSafe(name)}» is also a name of ${list}; articles using it will be offered all of them`);
  }
  return notes;
}
