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
  help: boolean;
}

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCliArgs(args: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  if (values.db !== undefined && values.db.trim() === '') throw new UsageError('--db needs the path of an archive file');
  const [command, ...operands] = positionals;
  return { command, operands, db: values.db, json: values.json ?? false, limit: values.limit, help: values.help ?? false };
}

/** Node's messages are long and talk about "positional arguments"; ours name the option. */
function describeParseError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? 'an option';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
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
export function rejectOptions(args: CliArgs, command: string, names: ReadonlyArray<'json' | 'limit'>): void {
  for (const name of names) {
    if (args[name] !== undefined && args[name] !== false) throw new UsageError(`--${name} does not apply to ${command}`);
  }
}
