/**
 * `dabir restore SRC`: puts a backup in the archive's place. SRC is a backup file, or the name
 * of one in the archive's Backups folder. SRC is copied and checked first; the archive it
 * replaces is kept, as a backup of its own or, when it is damaged, set aside under a new name
 * beside it. Refused while the app or a browser shell has the archive open.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { NotAnArchiveError, migrationsOf, type ArchiveDatabase } from '../../db/open';
import { backupPathOf } from '../../db/safekeeping/backups-folder';
import { quickCheckByTable } from '../../db/safekeeping/check-archive';
import { restoreArchive, type RestoreOutcome } from '../../db/safekeeping/restore-archive';
import { acceptOnlyOptions } from '../args';
import { lockForWriting } from '../archive-lock';
import type { CommandContext } from '../command';
import { plural, printJson } from '../format';
import { CliError, EXIT_OK, UsageError } from '../io';
import { MIGRATIONS_DIR, openArchiveAsIs, type ArchiveLocation } from '../open-archive';
import { phasedProgress, progressReporter } from '../progress';

/** Checking the backup's copy, then keeping the archive it replaces. */
const RESTORE_STRETCHES = {
  'source:copy': [0, 0.35],
  'source:verify': [0.35, 0.5],
  'keep:copy': [0.5, 0.85],
  'keep:verify': [0.85, 1],
} as const;

export async function restoreCommand({ args, io, location }: CommandContext): Promise<number> {
  acceptOnlyOptions(args, 'restore', ['json']);
  if (args.operands.length !== 1) throw new UsageError('restore needs exactly one backup: dabir restore SRC (a file, or a name from "dabir backups")');
  const source = sourcePath(args.operands[0], location.path);
  if (resolve(source) === resolve(location.path)) throw new CliError('that is the archive itself; name a backup of it');

  const lock = lockForWriting(location.path);
  const report = progressReporter(io, 'Restoring');
  let outcome: RestoreOutcome;
  let current: ArchiveDatabase | null = null;
  try {
    current = await healthyArchive(location);
    const opened = current;
    outcome = await restoreArchive(location.path, source, opened, () => opened?.close(), {
      newestSchema: migrationsOf({ migrationsDir: MIGRATIONS_DIR }).length,
      onProgress: phasedProgress(report, RESTORE_STRETCHES),
    });
  } finally {
    report.done();
    if (current?.open) current.close();
    lock?.release();
  }

  if (args.json) {
    printJson(io.stdout, { archive: location.path, source, ...outcome });
  } else {
    io.stdout(`Restored ${location.path} from ${source}: ${plural(outcome.articles, 'article')}.\n`);
    if (outcome.keptHow === 'backup') io.stdout(`The archive it replaced was kept as a backup: ${outcome.keptAs}\n`);
    if (outcome.keptHow === 'set-aside') io.stdout(`The archive it replaced was damaged; it was set aside, unchanged, as ${outcome.keptAs}\n`);
  }
  return EXIT_OK;
}

/** A path as given, else a name in the Backups folder; a name that is neither is explained. */
function sourcePath(operand: string, archivePath: string): string {
  const asGiven = resolve(operand);
  if (existsSync(asGiven)) return asGiven;
  const inFolder = backupPathOf(archivePath, basename(operand));
  if (inFolder && operand === basename(operand)) return inFolder;
  throw new CliError(`there is no backup "${operand}" (give a file, or a name that "dabir backups" lists)`);
}

/**
 * The archive to be replaced, open, when it is whole: it is then backed up before the restore.
 * Null when there is none or it is damaged: it is then set aside instead. Another program's
 * database is never replaced.
 */
async function healthyArchive(location: ArchiveLocation): Promise<ArchiveDatabase | null> {
  if (!existsSync(location.path)) return null;
  let db: ArchiveDatabase;
  try {
    db = openArchiveAsIs(location, { readonly: true });
  } catch (error) {
    if (error instanceof NotAnArchiveError && !/not an SQLite database/.test(error.message)) {
      throw new CliError(`${error.message}; it was not replaced`);
    }
    return null;
  }
  try {
    if ((await quickCheckByTable(db)).length === 0) return db;
  } catch {
    // Too damaged to check: set aside.
  }
  db.close();
  return null;
}
