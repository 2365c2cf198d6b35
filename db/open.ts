/**
 * The one place a connection to an archive is opened. Whoever opens an archive (Electron main,
 * the browser shell, the CLI, a worker, a test) gets the same pragmas and migrations.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { applyMigrations, readMigrations } from './migrate';

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
}

export type ArchiveDatabase = Database.Database;

export class NotAnArchiveError extends Error {
  constructor(path: string, reason: string) {
    super(`${path} is not a Dabir archive: ${reason}`);
    this.name = 'NotAnArchiveError';
  }
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): ArchiveDatabase {
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    configure(db, path, options);
    applyMigrations(db, readMigrations(options.migrationsDir ?? join(__dirname, 'migrations')));
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
  const isEmpty = (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n === 0;
  if (applicationId !== DABIR_APPLICATION_ID) {
    if (!isEmpty) throw new NotAnArchiveError(path, 'it is another program’s SQLite database');
    db.pragma(`application_id = ${DABIR_APPLICATION_ID}`);
  }
  db.pragma('journal_mode = WAL');
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
