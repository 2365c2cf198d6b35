/**
 * The one place a connection to an archive is opened. Whoever opens an archive (Electron main,
 * the browser shell, the CLI, a worker, a test) gets the same pragmas and migrations.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { applyMigrations, readMigrations, type Migration } from './migrate';
import { cachedStatement } from './statement-cache';

/** 'DBIR' in ASCII: marks the file as a Dabir archive so we never migrate someone else's database. */
export const DABIR_APPLICATION_ID = 0x44424952;

export interface OpenDatabaseOptions {
  /**
   * Path to a better-sqlite3 `.node` addon built for the running runtime. Electron needs a
   * build for its own ABI; under Node the package's default build is used.
   */
  nativeBinding?: string;
  /** Where the numbered `.sql` files live; defaults to the folder beside this module. */
  migrationsDir?: string;
  /** Milliseconds a writer waits for another connection's lock before failing. */
  busyTimeoutMs?: number;
  /**
   * Open without writing anything: no migrations, no pragmas that write. For a file the user
   * may not write, and for checking a file without changing it.
   */
  readonly?: boolean;
}

export type ArchiveDatabase = Database.Database;

export class NotAnArchiveError extends Error {
  constructor(path: string, reason: string) {
    super(`${path} is not a Dabir archive: ${reason}`);
    this.name = 'NotAnArchiveError';
  }
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): ArchiveDatabase {
  const db = connectDatabase(path, options);
  try {
    if (!options.readonly) applyMigrations(db, migrationsOf(options));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The migrations this Dabir knows, from `options.migrationsDir` or the folder beside this module. */
export function migrationsOf(options: Pick<OpenDatabaseOptions, 'migrationsDir'> = {}): Migration[] {
  return readMigrations(options.migrationsDir ?? join(__dirname, 'migrations'));
}

/**
 * A configured connection to an archive, its migrations not yet applied: for a caller that
 * must do something first (a backup before a migration) or must not migrate at all (a check).
 */
export function connectDatabase(path: string, options: OpenDatabaseOptions = {}): ArchiveDatabase {
  const db = new Database(path, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
  try {
    configure(db, path, options);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_NOTADB') {
      throw new NotAnArchiveError(path, 'the file is not an SQLite database');
    }
    throw error;
  }
}

function configure(db: ArchiveDatabase, path: string, options: OpenDatabaseOptions): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const isEmpty = (cachedStatement(db, "SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n === 0;
  if (applicationId !== DABIR_APPLICATION_ID) {
    if (!isEmpty) throw new NotAnArchiveError(path, 'it is another program’s SQLite database');
    if (options.readonly) throw new NotAnArchiveError(path, 'the file is empty');
    db.pragma(`application_id = ${DABIR_APPLICATION_ID}`);
  }
  // A read-only connection cannot change the journal mode; the file keeps the WAL it was given.
  if (!options.readonly) db.pragma('journal_mode = WAL');
  // FULL keeps the last save even through a power cut; saves are small, the cost is invisible.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  // A larger page cache and memory-mapped reads: search touches many index pages per query.
  // The mapping is 64 MB: on the 100k benchmark archive it searches as fast as 256 MB did
  // (a little faster), while a larger one only grows the serving process, by up to the whole
  // mapping once an archive is large enough to be read all over it (npm run bench, memory).
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 67108864');
}
