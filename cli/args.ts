/**
 * Splits the command line into a command, its operands and the options. Options may come
 * before or after the command (`dabir --db x list` and `dabir list --db x` mean the same).
 */
import { parseArgs } from 'node:util';
import { UsageError } from './io';

export interface CliArgs {
  command?: string;
  operands: string[];
  db?: string;
  json: boolean;
  limit?: string;
  /** list, search, tags, entities: how many to skip, for paging with --limit. */
  offset?: string;
  desk?: string;
  status?: string;
  from?: string;
  to?: string;
  order?: string;
  /** search: only articles with this tag (the option may repeat: all must apply). */
  tag?: string[];
  /** entities, entity add: the kind of entity. */
  kind?: string;
  /** entity add: another name of the entity (the option may repeat); undefined when not given. */
  alias?: string[];
  description?: string;
  /** entity alias: the alias is also a common word. */
  ambiguous: boolean;
  /** entity alias: remove the alias instead of adding it. */
  remove: boolean;
  /** export: html or md. */
  format?: string;
  /** export: the file to write instead of stdout. */
  out?: string;
  /** import: tidy the Persian typography of what is imported. */
  tidy: boolean;
  /** import: confirm the names the archive knows for sure in what was imported. */
  confirmKnown: boolean;
  /** check: integrity_check instead of quick_check. */
  full: boolean;
  help: boolean;
}

/** Options only `search` understands; the other commands refuse them. */
export const SEARCH_OPTIONS = ['desk', 'status', 'from', 'to', 'order', 'tag'] as const;
/** Options only the `entity` subcommands understand. */
export const ENTITY_OPTIONS = ['kind', 'alias', 'description', 'ambiguous', 'remove'] as const;
/** Options only `export` understands. */
export const EXPORT_OPTIONS = ['format', 'out'] as const;
/** Options only `import` understands. */
export const IMPORT_OPTIONS = ['tidy'] as const;
export type OptionName =
  | 'json'
  | 'limit'
  | 'offset'
  | 'confirmKnown'
  | 'full'
  | (typeof SEARCH_OPTIONS)[number]
  | (typeof ENTITY_OPTIONS)[number]
  | (typeof EXPORT_OPTIONS)[number]
  | (typeof IMPORT_OPTIONS)[number];

/** Every option a command may accept or refuse (--db and --help apply everywhere). */
const COMMAND_OPTIONS: readonly OptionName[] = ['json', 'limit', 'offset', 'confirmKnown', 'full', ...SEARCH_OPTIONS, ...ENTITY_OPTIONS, ...EXPORT_OPTIONS, ...IMPORT_OPTIONS];

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  desk: { type: 'string' },
  status: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  order: { type: 'string' },
  tag: { type: 'string', multiple: true },
  kind: { type: 'string' },
  alias: { type: 'string', multiple: true },
  description: { type: 'string' },
  ambiguous: { type: 'boolean' },
  remove: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  tidy: { type: 'boolean' },
  'confirm-known': { type: 'boolean' },
  full: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCliArgs(args: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error as Error & { code?: string }, guessCommand(args)));
  }
  const { values, positionals } = parsed;
  if (values.db !== undefined && values.db.trim() === '') throw new UsageError('--db needs the path of an archive file');
  const [command, ...operands] = positionals;
  return {
    command,
    operands,
    db: values.db,
    json: values.json ?? false,
    limit: values.limit,
    offset: values.offset,
    desk: values.desk,
    status: values.status,
    from: values.from,
    to: values.to,
    order: values.order,
    tag: values.tag,
    kind: values.kind,
    alias: values.alias,
    description: values.description,
    ambiguous: values.ambiguous ?? false,
    remove: values.remove ?? false,
    format: values.format,
    out: values.out,
    tidy: values.tidy ?? false,
    confirmKnown: values['confirm-known'] ?? false,
    full: values.full ?? false,
    help: values.help ?? false,
  };
}

/**
 * The command a command line names, even when it can't be parsed (an unknown option), so a
 * usage error can show that command's own synopsis. Undefined when there is none.
 */
export function guessCommand(args: readonly string[]): string | undefined {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: false }).positionals[0];
  } catch {
    return undefined;
  }
}

/** Node's messages are long and talk about "positional arguments"; ours name the option. */
function describeParseError(error: Error & { code?: string }, command: string | undefined): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? 'an option';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      // `dabir search ظریف -رئیسی`: the shell split the query, and `-رئیسی` looks like options.
      if (command === 'search') {
        return `unknown option ${option} (to exclude a word, quote the whole query, as in dabir search "word -other", or put -- before the query)`;
      }
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(error.message)) return `${option} does not take a value`;
      if (/ambiguous/.test(error.message)) return `${option} needs a value (write ${option}=VALUE for a value that starts with "-")`;
      return `${option} needs a value`;
    default:
      return error.message.split('. ')[0];
  }
}

/** Refuses options that mean nothing to the given command, rather than silently ignoring them. */
export function rejectOptions(args: CliArgs, command: string, names: readonly OptionName[]): void {
  for (const name of names) {
    if (args[name] !== undefined && args[name] !== false) throw new UsageError(`--${optionFlag(name)} does not apply to ${command}`);
  }
}

/** The option as typed: `confirmKnown` is `--confirm-known`. */
function optionFlag(name: OptionName): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** Refuses every option but the given ones (`command` as the message names it, e.g. "entity add"). */
export function acceptOnlyOptions(args: CliArgs, command: string, accepted: readonly OptionName[]): void {
  rejectOptions(args, command, COMMAND_OPTIONS.filter((name) => !accepted.includes(name)));
}
