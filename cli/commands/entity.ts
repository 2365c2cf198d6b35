/**
 * `dabir entity add|alias|show`: one entity at a time.
 * - add --kind K NAME [--alias A]... [--description D] [--from DATE] [--to DATE]: a new
 *   entity (dates for events only); prints it.
 * - alias ID_OR_NAME ALIAS [--ambiguous] [--remove]: adds a name to an entity (or removes
 *   one); prints the entity.
 * - show ID_OR_NAME [--limit N]: the entity page: its names, the articles that mention it,
 *   newest first, and the entities mentioned with it.
 * The entity is named by its id or by a name only it has. Detection offers an entity's new
 * names in articles saved or imported from then on.
 */
import type { Entity, EntityAlias, EntityPage } from '../../common/contract';
import { LIMITS } from '../../common/contract';
import type { Archive } from '../../db/archive';
import { aliasKey } from '../../db/entities/alias-key';
import { TIMELINE_LIMIT } from '../../db/entities/entity-reads';
import { callApi } from '../api';
import { acceptOnlyOptions, type CliArgs } from '../args';
import type { CommandContext } from '../command';
import { parseDay } from '../dates';
import { entityJson, entityLines, entitySummaryJson, resolveEntity, sharedNameNotes } from '../entity-view';
import { padEnd, plural, printJson, terminalSafe } from '../format';
import { CliError, EXIT_OK, printProblem, UsageError, type CliIO } from '../io';
import { withArchive } from '../open-archive';
import { parseKind, parseLimit } from '../options';

const SUBCOMMANDS = ['add', 'alias', 'show'] as const;
const DEFAULT_TIMELINE = 50;

export function entityCommand(context: CommandContext): number {
  const [subcommand, ...operands] = context.args.operands;
  const args = { ...context.args, operands };
  switch (subcommand) {
    case 'add':
      return addEntity({ ...context, args });
    case 'alias':
      return aliasEntity({ ...context, args });
    case 'show':
      return showEntity({ ...context, args });
    case undefined:
      throw new UsageError(`entity needs a subcommand: ${SUBCOMMANDS.join(', ')}`);
    default:
      throw new UsageError(`unknown entity subcommand "${terminalSafe(subcommand)}" (use ${SUBCOMMANDS.join(', ')})`);
  }
}

function checkName(name: string, what: string): string {
  const trimmed = name.trim();
  if (aliasKey(trimmed) === '') throw new UsageError(`${what} "${terminalSafe(trimmed)}" has no letters or digits to match it by`);
  if (Array.from(trimmed).length > LIMITS.shortText) throw new UsageError(`${what} is longer than ${LIMITS.shortText} characters`);
  return trimmed;
}

function addEntity({ args, io, location }: CommandContext): number {
  acceptOnlyOptions(args, 'entity add', ['json', 'kind', 'alias', 'description', 'from', 'to']);
  if (args.kind === undefined) throw new UsageError('entity add needs --kind: person, organisation, country, place or event');
  const kind = parseKind(args.kind);
  if (args.operands.length === 0) throw new UsageError('entity add needs a name: dabir entity add --kind K NAME');
  // The shell splits an unquoted name into words; they are one name again.
  const canonical = checkName(args.operands.join(' '), 'the name');
  const aliases = (args.alias ?? []).map((alias) => ({ name: checkName(alias, 'the alias') }));
  const description = args.description?.trim() ?? '';
  if (Array.from(description).length > LIMITS.lead) throw new UsageError(`--description is longer than ${LIMITS.lead} characters`);
  const { startsOn, endsOn } = parseEventDays(args, kind);

  const { entity, notes } = withArchive(location, 'write', (archive) => {
    const created = callApi(archive, 'createEntity', { kind, canonical, aliases, description, startsOn, endsOn });
    return { entity: created, notes: sharedNameNotes(archive, created, created.aliases.map((alias) => alias.name)) };
  });

  if (args.json) printJson(io.stdout, entityJson(entity));
  else io.stdout(`Added ${entity.kind} ${entity.id}\n\n${entityLines(entity).join('\n')}\n`);
  for (const note of notes) printProblem(io, note);
  return EXIT_OK;
}

function parseEventDays(args: CliArgs, kind: string): { startsOn: string | null; endsOn: string | null } {
  if (kind !== 'event') {
    const given = args.from !== undefined ? '--from' : args.to !== undefined ? '--to' : undefined;
    if (given) throw new UsageError(`${given} applies only to events (--kind event)`);
    return { startsOn: null, endsOn: null };
  }
  const startsOn = args.from === undefined ? null : parseDay(args.from, '--from').iso;
  const endsOn = args.to === undefined ? null : parseDay(args.to, '--to').iso;
  if (startsOn && endsOn && startsOn > endsOn) throw new UsageError(`--from ${startsOn} is after --to ${endsOn}: an event can't end before it starts`);
  return { startsOn, endsOn };
}

function aliasEntity({ args, io, location }: CommandContext): number {
  acceptOnlyOptions(args, 'entity alias', ['json', 'ambiguous', 'remove']);
  if (args.operands.length !== 2) {
    throw new UsageError('entity alias needs the entity and the alias: dabir entity alias ID_OR_NAME ALIAS (quote a name of several words)');
  }
  if (args.remove && args.ambiguous) throw new UsageError('--ambiguous and --remove do not go together');
  const [target, typed] = args.operands;
  const alias = checkName(typed, 'the alias');

  const { outcome, notes } = withArchive(location, 'write', (archive) => {
    const { entity } = resolveEntity(archive, target);
    const changed = args.remove ? removeAlias(archive, entity, alias) : addAlias(archive, entity, alias, args.ambiguous);
    return { outcome: changed, notes: args.remove ? [] : sharedNameNotes(archive, changed.entity, [alias]) };
  });

  if (args.json) printJson(io.stdout, entityJson(outcome.entity));
  else io.stdout(`${outcome.change}\n\n${entityLines(outcome.entity).join('\n')}\n`);
  for (const note of notes) printProblem(io, note);
  return EXIT_OK;
}

const sameKey = (alias: EntityAlias, key: string) => aliasKey(alias.name) === key;

function addAlias(archive: Archive, entity: Entity, alias: string, ambiguous: boolean): { entity: Entity; change: string } {
  const key = aliasKey(alias);
  const existing = entity.aliases.find((name) => sameKey(name, key));
  const shown = `«${terminalSafe(alias)}»`;
  if (existing && (existing.ambiguous || !ambiguous)) {
    const spelt = existing.name === alias ? '' : ` (as «${terminalSafe(existing.name)}»)`;
    return { entity, change: `${shown} is already a name of this entity${spelt}; nothing changed.` };
  }
  const aliases = existing
    ? entity.aliases.map((name) => (name === existing ? { ...name, ambiguous: true } : name))
    : [...entity.aliases, { name: alias, ambiguous }];
  const updated = callApi(archive, 'updateEntity', { id: entity.id, baseRevision: entity.revision, aliases });
  const change = existing
    ? `Marked the name ${shown} as ambiguous (also a common word).`
    : `Added the ${ambiguous ? 'ambiguous ' : ''}name ${shown}.`;
  return { entity: updated, change };
}

function removeAlias(archive: Archive, entity: Entity, alias: string): { entity: Entity; change: string } {
  const key = aliasKey(alias);
  const shown = `«${terminalSafe(alias)}»`;
  if (aliasKey(entity.canonical) === key) {
    throw new CliError(`${shown} is the canonical name of entity ${entity.id}; it can't be removed`);
  }
  const existing = entity.aliases.find((name) => sameKey(name, key));
  if (!existing) {
    const names = entity.aliases.map((name) => `«${terminalSafe(name.name)}»`).join(', ');
    throw new CliError(`${shown} is not a name of entity ${entity.id} (its names: ${names})`);
  }
  const aliases = entity.aliases.filter((name) => name !== existing);
  const updated = callApi(archive, 'updateEntity', { id: entity.id, baseRevision: entity.revision, aliases });
  return { entity: updated, change: `Removed the name «${terminalSafe(existing.name)}».` };
}

function showEntity({ args, io, location }: CommandContext): number {
  acceptOnlyOptions(args, 'entity show', ['json', 'limit']);
  if (args.operands.length !== 1) {
    throw new UsageError('entity show needs one entity: dabir entity show ID_OR_NAME (quote a name of several words)');
  }
  // The entity page carries the newest TIMELINE_LIMIT articles of its timeline.
  const limit = parseLimit(args.limit, DEFAULT_TIMELINE, TIMELINE_LIMIT);

  const page = withArchive(location, 'read', (archive) => resolveEntity(archive, args.operands[0]));

  const timeline = page.timeline.slice(0, limit);
  if (args.json) {
    printJson(io.stdout, {
      entity: entityJson(page.entity),
      timeline: timeline.map(({ articleId, headline, day, status }) => ({ id: articleId, headline, day, status })),
      coMentioned: page.coMentioned.map(({ entity, articles }) => ({ ...entitySummaryJson(entity), articles })),
    });
  } else {
    printPage(io, page, timeline);
  }
  return EXIT_OK;
}

function printPage(io: CliIO, page: EntityPage, timeline: EntityPage['timeline']): void {
  const lines = entityLines(page.entity);
  const total = page.entity.mentionCount;
  lines.push('', total === 0 ? 'No article is confirmed to mention it yet.' : 'Articles that mention it, newest first:');
  for (const item of timeline) {
    lines.push(`  ${padEnd(item.day ?? "undated", 10)}  ${padEnd(item.status, 9)}  ${item.articleId}  ${terminalSafe(item.headline) || '(no headline)'}`);
  }
  if (timeline.length < total) {
    const more = timeline.length < TIMELINE_LIMIT ? `; use --limit N (up to ${TIMELINE_LIMIT}) to see more` : '';
    lines.push(`  Showing ${timeline.length} of ${plural(total, 'article')}${more}.`);
  }
  if (page.coMentioned.length > 0) {
    lines.push('', 'Mentioned with it most often:');
    for (const { entity, articles } of page.coMentioned) {
      lines.push(`  ${padEnd(plural(articles, 'article'), 12)}  ${padEnd(entity.kind, 12)}  ${entity.id}  ${terminalSafe(entity.canonical)}`);
    }
  }
  io.stdout(`${lines.join('\n')}\n`);
}
