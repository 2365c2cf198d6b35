/**
 * `dabir backup [DEST]`: a verified copy of the archive, taken with SQLite's backup API (so it
 * is safe while the app has the archive open). Without DEST it goes to the Backups folder
 * beside the archive and older backups are rotated out; with DEST (a file, or a folder to put
 * it in) it goes there and nothing is rotated. A backup never overwrites a file.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { migrationsOf, NotAnArchiveError } from '../../db/open';
import { backupFileName } from '../../db/safekeeping/backup-files';
import { takeBackup } from '../../db/safekeeping/backups-folder';
import { copyArchive } from '../../db/safekeeping/copy-archive';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { formatBytes, plural, printJson } from '../format';
import { CliError, EXIT_OK, UsageError } from '../io';
import { MIGRATIONS_DIR, openArchiveAsIs } from '../open-archive';
import { BACKUP_STRETCHES, phasedProgress, progressReporter } from '../progress';

export async function backupCommand({ args, io, location }: CommandContext): Promise<number> {
  acceptOnlyOptions(args, 'backup', ['json']);
  if (args.operands.length > 1) throw new UsageError('backup takes at most one destination: dabir backup [DEST]');
  const destination = args.operands[0];

  let db;
  try {
    db = openArchiveAsIs(location, { readonly: true });
  } catch (error) {
    if (error instanceof NotAnArchiveError) throw new CliError(`${error.message}; nothing was backed up`);
    throw error;
  }
  const report = progressReporter(io, 'Backing up');
  const options = { newestSchema: migrationsOf({ migrationsDir: MIGRATIONS_DIR }).length, onProgress: phasedProgress(report, BACKUP_STRETCHES) };
  const started = performance.now();
  let outcome: { path: string; createdAt: string; reason: string; bytes: number; articles: number; removed: string[] };
  try {
    if (destination === undefined) {
      const taken = await takeBackup(db, location.path, 'manual', options);
      outcome = { path: taken.path, ...taken.backup, articles: taken.backup.articles ?? 0, removed: taken.removed };
    } else {
      const at = new Date();
      const path = destinationFile(destination, location.path, at);
      const copy = await copyArchive(db, path, options);
      outcome = { path, createdAt: at.toISOString(), reason: 'manual', bytes: copy.bytes, articles: copy.articles, removed: [] };
    }
  } finally {
    report.done();
    db.close();
  }
  const seconds = (performance.now() - started) / 1000;

  if (args.json) {
    const { path, createdAt, reason, bytes, articles, removed } = outcome;
    printJson(io.stdout, { path, createdAt, reason, bytes, articles, verified: true, removed });
  } else {
    io.stdout(`Backed up ${plural(outcome.articles, 'article')} (${formatBytes(outcome.bytes)}) in ${seconds.toFixed(1)} s to ${outcome.path}\n`);
    io.stdout('Verified: quick_check, the application id and the schema version are as they should be.\n');
    if (outcome.removed.length > 0) io.stdout(`Removed ${plural(outcome.removed.length, 'older backup')} (Dabir keeps the last 10, and one a day for 30 days).\n`);
  }
  return EXIT_OK;
}

/** DEST as a file path: a folder gets a file named like the backups in the Backups folder. */
function destinationFile(destination: string, archivePath: string, at: Date): string {
  const path = resolve(destination);
  if (existsSync(path) && statSync(path).isDirectory()) return join(path, backupFileName(archivePath, at, 'manual'));
  if (existsSync(path)) throw new CliError(`${path} already exists; a backup never overwrites a file, so choose another name or a folder`);
  if (!existsSync(resolve(path, '..'))) throw new CliError(`cannot write ${path}: the folder ${resolve(path, '..')} does not exist`);
  return path;
}
