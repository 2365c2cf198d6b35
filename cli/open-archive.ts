/**
 * Opens the archive a command works on. Reading commands never create an archive (a mistyped
 * --db would otherwise leave an empty one behind); importing creates it, and its folder too
 * when it is the default one on a fresh machine.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Archive } from '../db/archive';
import { NotAnArchiveError } from '../db/open';
import { CliError } from './io';
import { describeFailure, isUserFacing } from './describe-failure';

export interface ArchiveLocation {
  path: string;
  /** True when neither --db nor DABIR_DB chose the path. */
  isDefault: boolean;
}

/**
 * This checkout's migrations. The command line runs from the bundle in out/ or, in tests,
 * from the sources in cli/: one folder below the repository either way.
 */
const MIGRATIONS_DIR = join(__dirname, '..', 'db', 'migrations');

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
  try {
    return Archive.open(path, { migrationsDir: MIGRATIONS_DIR });
  } catch (error) {
    if (error instanceof NotAnArchiveError) throw new CliError(`${error.message}; it was left untouched`);
    // Whatever stops an archive opening (a newer schema, a locked file) is the user's to fix.
    const reason = isUserFacing(error) ? describeFailure(error) : (error as Error).message;
    throw new CliError(`cannot open the archive ${path}: ${reason}`);
  }
}
