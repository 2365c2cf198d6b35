/**
 * The command line's front door: parse, pick the command, turn failures into one plain line on
 * stderr and an exit status. Returns the status instead of exiting, so it can run in-process.
 */
import { join } from 'node:path';
import { ARCHIVE_FILE_NAME, resolveArchivePath, userDataFolder } from '../db/archive-location';
import { guessCommand, parseCliArgs, type CliArgs } from './args';
import type { Command } from './command';
import { entitiesCommand } from './commands/entities';
import { entityCommand } from './commands/entity';
import { exportCommand } from './commands/export';
import { historyCommand, revertCommand } from './commands/history';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { mergeCommand } from './commands/merge';
import { quotesCommand } from './commands/quotes';
import { relatedCommand } from './commands/related';
import { searchCommand } from './commands/search';
import { showCommand } from './commands/show';
import { tagsCommand } from './commands/tags';
import { describeFailure, isUserFacing } from './describe-failure';
import { CliError, EXIT_FAILED, EXIT_OK, printProblem, UsageError, type CliIO } from './io';
import { guardTerminal } from './terminal-guard';
import type { ArchiveLocation } from './open-archive';
import { usageHintFor, usageText } from './usage';

const COMMANDS: Record<string, Command> = {
  import: importCommand,
  list: listCommand,
  search: searchCommand,
  show: showCommand,
  tags: tagsCommand,
  entities: entitiesCommand,
  entity: entityCommand,
  related: relatedCommand,
  export: exportCommand,
  merge: mergeCommand,
  quotes: quotesCommand,
  history: historyCommand,
  revert: revertCommand,
};

export function runCli(argv: readonly string[], terminal: CliIO): number | Promise<number> {
  // Nothing from an archive reaches the terminal as a control sequence (see terminal-guard.ts).
  const io = guardTerminal(terminal);
  const usage = usageText(join(userDataFolder(process.platform, io.env), ARCHIVE_FILE_NAME));
  try {
    const args = parseCliArgs(argv);
    if (args.help || args.command === undefined || args.command === 'help') {
      io.stdout(usage);
      return EXIT_OK;
    }
    const command = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : undefined;
    if (!command) throw new UsageError(`unknown command "${args.command}"`);
    const status = command({ args, io, archive: archiveLocation(args, io.env) });
    return typeof status === 'number' ? status : status.catch((error: unknown) => reportFailure(io, argv, error));
  } catch (error) {
    return reportFailure(io, argv, error);
  }
}

function reportFailure(io: CliIO, argv: readonly string[], error: unknown): number {
  printProblem(io, describeFailure(error));
  if (error instanceof UsageError) io.stderr(`${usageHintFor(guessCommand(argv))}\n`);
  else if (!isUserFacing(error) && io.env.DABIR_DEBUG) io.stderr(`${(error as Error)?.stack ?? error}\n`);
  return error instanceof CliError ? error.exitCode : EXIT_FAILED;
}

function archiveLocation(args: CliArgs, env: NodeJS.ProcessEnv): ArchiveLocation {
  return {
    path: resolveArchivePath(args.db === undefined ? [] : ['--db', args.db], env),
    isDefault: args.db === undefined && !env.DABIR_DB,
  };
}
