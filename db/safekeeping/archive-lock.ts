/**
 * One writer at a time per archive: the app, a browser shell or a writing command holds this
 * lock while it has the archive open. SQLite already keeps two writers from corrupting the
 * file; this keeps a second front door from writing under an open editor, and lets it say who
 * is there. The lock is SQLite's own file lock on a small database beside the archive
 * (`archive.sqlite-lock`), held as an open write transaction: the system drops it the moment
 * its process ends, even on a crash, so there is never a stale lock to clear by hand.
 */
import Database from 'better-sqlite3';
import { ArchiveError } from '../../common/result';
import { cachedStatement } from '../statement-cache';

export type LockHolder = 'app' | 'browser shell' | 'command line';

export interface LockOwner {
  holder: string;
  pid: number;
  since: string;
}

export class ArchiveBusyError extends ArchiveError {
  constructor(
    readonly archivePath: string,
    readonly owner: LockOwner | undefined,
  ) {
    super('busy', `The archive ${archivePath} is in use by ${describeOwner(owner)}`);
    this.name = 'ArchiveBusyError';
  }
}

export function describeOwner(owner: LockOwner | undefined): string {
  return owner ? `Dabir's ${owner.holder} (process ${owner.pid}, since ${owner.since})` : 'another Dabir';
}

export function lockPathOf(archivePath: string): string {
  return `${archivePath}-lock`;
}

export interface LockOptions {
  holder: LockHolder;
  /** How long to wait for the holder to let go before giving up; 0 refuses at once. */
  waitMs?: number;
  nativeBinding?: string;
}

export interface ArchiveLock {
  release(): void;
}

/**
 * Takes the archive's lock, or throws ArchiveBusyError naming its holder. Throws the system's
 * error (EACCES, SQLITE_CANTOPEN, SQLITE_READONLY) when the lock file cannot be made: the
 * folder is read-only, and so is the archive for this process.
 */
export function acquireArchiveLock(archivePath: string, options: LockOptions): ArchiveLock {
  const db = new Database(lockPathOf(archivePath), {
    timeout: options.waitMs ?? 0,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.exec('CREATE TABLE IF NOT EXISTS owner (id INTEGER PRIMARY KEY CHECK (id = 1), holder TEXT, pid INTEGER, since TEXT)');
    // Who we are is written and committed first, so a refused caller can read it; the hold
    // itself is the write transaction begun straight after, which nothing else can then begin.
    db.transaction(() => {
      cachedStatement(db, 'INSERT OR REPLACE INTO owner (id, holder, pid, since) VALUES (1, ?, ?, ?)').run(
        options.holder,
        process.pid,
        new Date().toISOString(),
      );
    }).immediate();
    db.pragma('busy_timeout = 0');
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    const busy = isBusy(error);
    const owner = busy ? readOwner(db) : undefined;
    db.close();
    if (busy) throw new ArchiveBusyError(archivePath, owner);
    throw error;
  }
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      db.close();
    },
  };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

function readOwner(db: Database.Database): LockOwner | undefined {
  try {
    return cachedStatement(db, 'SELECT holder, pid, since FROM owner WHERE id = 1').get() as LockOwner | undefined;
  } catch {
    return undefined;
  }
}
