/**
 * What an archive session may do with the file it opens: write it (under the archive's lock),
 * only read it (the file or its folder is read-only), or nothing but offer a restore (it is
 * damaged). Kept apart from the session so each rule reads on its own.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ArchiveError } from '../../common/result';
import { isDamageCode } from '../../common/api/failures';
import { schemaVersionOf } from '../migrate';
import { NotAnArchiveError, type ArchiveDatabase } from '../open';
import { acquireArchiveLock, type ArchiveLock, type LockOptions } from './archive-lock';

/**
 * The lock, or null when it cannot be made because the archive's folder is read-only: the
 * archive then opens read-only, and nothing is written that a lock would have to guard.
 */
export function takeLock(path: string, options: LockOptions): ArchiveLock | null {
  try {
    return acquireArchiveLock(path, options);
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    const code = (error as { code?: unknown }).code;
    const readOnlyFolder = ['SQLITE_CANTOPEN', 'SQLITE_READONLY', 'EACCES', 'EPERM', 'EROFS'].some(
      (prefix) => typeof code === 'string' && code.startsWith(prefix),
    );
    if (readOnlyFolder && existsSync(dirname(path)) && existsSync(path)) return null;
    throw error;
  }
}

/**
 * A file marked read-only (no write permission for anyone) is opened read-only even by an
 * administrator, who could write it anyway: the mark says what its owner wants.
 */
export function isReadOnlyFile(path: string): boolean {
  if (!existsSync(path)) return false;
  if ((statSync(path).mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** A read-only archive can't be upgraded, and one from a newer Dabir can't be read. */
export function refuseOutdatedReadOnly(db: ArchiveDatabase, newestSchema: number): void {
  const version = schemaVersionOf(db);
  if (version > newestSchema) {
    throw new Error(`This archive was written by a newer Dabir (schema ${version}, this version knows ${newestSchema}); update Dabir to open it.`);
  }
  if (version < newestSchema) {
    throw new ArchiveError('read_only', 'This archive was written by an older Dabir and must be upgraded before it can be opened, but it is read-only.');
  }
}

/** SQLite, or a backup's check, found the file damaged (as opposed to busy, full or missing). */
export function isDamage(error: unknown): boolean {
  if (error instanceof NotAnArchiveError) return /not an SQLite database/.test(error.message);
  if (error instanceof ArchiveError) return error.code === 'damaged';
  return isDamageCode((error as { code?: unknown })?.code);
}

export function describeDamage(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && code.startsWith('SQLITE_') ? `${code}: ${message}` : message;
}
