/**
 * The command line's front door: parse, pick the command, back the archive up when opening it
 * will upgrade it, turn failures into one plain line on stderr and an exit status. Returns the
 * status instead of exiting, so it can run in-process: at once for most runs, as a promise
 * when the run waits on a backup (the `backup` and `restore` commands, or an upgrade).
 */
import { join } from 'node:path';
import { ARCHIVE_FILE_NAME, resolveArchivePath, userDataFolder } from '../db/archive-location';
import { guessCommand, parseCliArgs, type CliArgs } from './args';
import type { Command, CommandContext } from './command';
import { backupCommand } from './commands/backup';
import { backupsCommand } from './commands/backups';
import { checkCommand } from './commands/check';
import { restoreCommand } from './commands/restore';
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
import { guardTerminal } from './terminal-guard';
import { describeFailure, isUserFacing } from './describe-failure';
import { CliError, EXIT_FAILED, EXIT_OK, printProblem, UsageError, type CliIO } from './io';
import type { ArchiveLocation } from './open-archive';
import { backUpBeforeUpgrade } from './upgrade-archive';
import { usageHintFor, usageText } from './usage';

interface CommandEntry {
  run: Command;
  /**
   * How the command opens the archive: `upgrades` through Archive.open (migrations run, so a
   * backup comes first), `searches` too and rebuilds an outdated search index, `as-is` on the
   * file as it stands (backup, restore, check: they must work on any archive).
   */
  opens: 'upgrades' | 'searches' | 'as-is';
}

const COMMANDS: Record<string, CommandEntry> = {
  import: { run: importCommand, opens: 'upgrades' },
  list: { run: listCommand, opens: 'upgrades' },
  search: { run: searchCommand, opens: 'searches' },
  show: { run: showCommand, opens: 'upgrades' },
  tags: { run: tagsCommand, opens: 'upgrades' },
  entities: { run: entitiesCommand, opens: 'upgrades' },
  entity: { run: entityCommand, opens: 'upgrades' },
  related: { run: relatedCommand, opens: 'searches' },
  export: { run: exportCommand, opens: 'upgrades' },
  merge: { run: mergeCommand, opens: 'upgrades' },
  quotes: { run: quotesCommand, opens: 'upgrades' },
  history: { run: historyCommand, opens: 'upgrades' },
  revert: { run: revertCommand, opens: 'upgrades' },
  backup: { run: backupCommand, opens: 'as-is' },
  backups: { run: backupsCommand, opens: 'as-is' },
  restore: { run: restoreCommand, opens: 'as-is' },
  check: { run: checkCommand, opens: 'as-is' },
};

export function runCli(argv: readonly string[], terminal: CliIO): number | Promise<number> {
  // Nothing from an archive reaches the terminal as a control sequence (see terminal-guard.ts).
  const io = guardTerminal(terminal);
  const usage = usageText(join(userDataFolder(process.platform, io.env), ARCHIVE_FILE_NAME));
  let location: ArchiveLocation | undefined;
  const failed = (error: unknown): number => {
    printProblem(io, describeFailure(error, location?.path));
    if (error instanceof UsageError) io.stderr(`${usageHintFor(guessCommand(argv))}\n`);
    else if (!isUserFacing(error) && io.env.DABIR_DEBUG) io.stderr(`${(error as Error)?.stack ?? error}\n`);
    return error instanceof CliError ? error.exitCode : EXIT_FAILED;
  };
  try {
    const args = parseCliArgs(argv);
    if (args.help || args.command === undefined || args.command === 'help') {
      io.stdout(usage);
      return EXIT_OK;
    }
    const entry = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : undefined;
    if (!entry) throw new UsageError(`unknown command "${args.command}"`);
    location = archiveLocation(args, io.env);
    const context: CommandContext = { args, io, location };
    const backup = entry.opens === 'as-is' ? undefined : backUpBeforeUpgrade(location, io, entry.opens === 'searches');
    const status = backup ? backup.then(() => entry.run(context)) : entry.run(context);
    return typeof status === 'number' ? status : status.catch(failed);
  } catch (error) {
    return failed(error);
  }
}

function archiveLocation(args: CliArgs, env: NodeJS.ProcessEnv): ArchiveLocation {
  return {
    path: resolveArchivePath(args.db === undefined ? [] : ['--db', args.db], env),
    isDefault: args.db === undefined && !env.DABIR_DB,
  };
}
