/**
 * Opens the archive a command works on. Reading commands never create an archive (a mistyped
 * --db would otherwise leave an empty one behind); importing creates it, and its folder too
 * when it is the default one on a fresh machine. A writing command holds the archive's lock
 * until it closes the archive.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Archive } from '../db/archive';
import { connectDatabase, NotAnArchiveError, type ArchiveDatabase } from '../db/open';
import { CliError } from './io';
import type { ArchiveLock } from '../db/safekeeping/archive-lock';
import { lockForWriting } from './archive-lock';
import { describeFailure, isUserFacing, remedyForDamage } from './describe-failure';

export interface ArchiveLocation {
  path: string;
  /** True when neither --db nor DABIR_DB chose the path. */
  isDefault: boolean;
}

/**
 * This checkout's migrations. The command line runs from the bundle in out/ or, in tests,
 * from the sources in cli/: one folder below the repository either way.
 */
export const MIGRATIONS_DIR = join(__dirname, '..', 'db', 'migrations');

/** Opens the archive, hands it to `use`, and closes it whatever happens. */
export function withArchive<T>(location: ArchiveLocation, purpose: 'read' | 'write', use: (archive: Archive) => T): T {
  const archive = openArchive(location, purpose);
  try {
    return use(archive);
  } finally {
    archive.close();
  }
}

export function openArchive(location: ArchiveLocation, purpose: 'read' | 'write'): Archive {
  const { path } = location;
  if (purpose === 'read' && !existsSync(path)) {
    throw new CliError(`there is no archive at ${path} (import articles first, or choose an archive with --db PATH or DABIR_DB)`);
  }
  if (existsSync(path) && statSync(path).isDirectory()) throw new CliError(`${path} is a folder, not an archive file`);
  const folder = dirname(path);
  if (!existsSync(folder)) {
    if (!location.isDefault) throw new CliError(`cannot create the archive ${path}: the folder ${folder} does not exist`);
    mkdirSync(folder, { recursive: true });
  }
  let lock: ArchiveLock | undefined;
  try {
    if (purpose === 'write') {
      // A file that is not an archive is refused before its lock is made beside it.
      if (existsSync(path) && statSync(path).size > 0) connectDatabase(path, { readonly: true }).close();
      lock = lockForWriting(path);
    }
    const archive = Archive.open(path, { migrationsDir: MIGRATIONS_DIR });
    const held = lock;
    if (held) archive.onClose(() => held.release());
    return archive;
  } catch (error) {
    lock?.release();
    if (error instanceof CliError) throw error;
    if (error instanceof NotAnArchiveError) {
      // A file SQLite no longer recognises may be a Dabir archive whose header was damaged.
      const damaged = /not an SQLite database/.test(error.message) ? `. If it is a damaged Dabir archive, ${remedyForDamage(path)}` : '';
      throw new CliError(`${error.message}; it was left untouched${damaged}`);
    }
    // Whatever stops an archive opening (a newer schema, a locked file) is the user's to fix.
    const reason = isUserFacing(error) ? describeFailure(error) : (error as Error).message;
    throw new CliError(`cannot open the archive ${path}: ${reason}`);
  }
}

/**
 * The archive file as it is, never created or migrated: what `backup`, `restore` and `check`
 * work on. Throws NotAnArchiveError for a file that is not (or no longer) a Dabir archive.
 */
export function openArchiveAsIs(location: ArchiveLocation, options: { readonly: boolean }): ArchiveDatabase {
  const { path } = location;
  if (!existsSync(path)) throw new CliError(`there is no archive at ${path} (choose an archive with --db PATH or DABIR_DB)`);
  if (statSync(path).isDirectory()) throw new CliError(`${path} is a folder, not an archive file`);
  return connectDatabase(path, options);
}
