/**
 * Turns an error into one plain-English sentence for the terminal. Errors the user can act on
 * are recognised here; anything else is a bug in Dabir and says so.
 */
import { ArchiveError } from '../common/result';
import { NotAnArchiveError } from '../db/open';
import { newestVerifiedBackup } from '../db/safekeeping/backups-folder';
import { formatLocalTime } from './format';
import { CliError } from './io';

/** SQLite's primary result codes (better-sqlite3 reports extended ones, like SQLITE_IOERR_WRITE). */
const SQLITE_MESSAGES: Record<string, string> = {
  SQLITE_FULL: 'the disk is full; nothing more was written and the archive is intact. Free some space and try again',
  SQLITE_CANTOPEN: 'the archive file cannot be opened (does its folder exist, and may you write there?)',
  SQLITE_READONLY: 'the archive is read-only; check the permissions of the file and its folder',
  SQLITE_PERM: 'permission denied: you may not open the archive',
  SQLITE_BUSY: 'the archive is busy: another program is writing to it. Try again in a moment',
  SQLITE_LOCKED: 'the archive is busy: another program is writing to it. Try again in a moment',
  SQLITE_CORRUPT: 'the archive file is damaged; nothing was changed',
  SQLITE_NOTADB: 'the file is not a Dabir archive (it is not an SQLite database)',
  SQLITE_IOERR: 'the archive could not be read or written (an input/output error from the disk)',
};

export function isUserFacing(error: unknown): boolean {
  return error instanceof CliError || error instanceof ArchiveError || error instanceof NotAnArchiveError || sqliteMessage(error) !== undefined;
}

/** `archivePath`, when known, lets a damaged archive's message name the backup that can replace it. */
export function describeFailure(error: unknown, archivePath?: string): string {
  if (error instanceof CliError || error instanceof NotAnArchiveError) return error.message;
  if (error instanceof ArchiveError) return lowerFirst(error.message);
  const sqlite = sqliteMessage(error);
  if (sqlite && isCorrupt(error)) return `${sqlite}. ${remedyForDamage(archivePath)}`;
  if (sqlite) return sqlite;
  return `unexpected error: ${(error as Error)?.message ?? String(error)} (this is a bug in Dabir; run again with DABIR_DEBUG=1 for details)`;
}

function sqliteMessage(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  const primary = code.split('_').slice(0, 2).join('_');
  return SQLITE_MESSAGES[primary];
}

function isCorrupt(error: unknown): boolean {
  return String((error as { code?: unknown })?.code).startsWith('SQLITE_CORRUPT');
}

/** Names a backup only when there is one: Dabir never promises a backup it has not taken. */
export function remedyForDamage(archivePath: string | undefined): string {
  const backup = archivePath ? newestVerifiedBackup(archivePath) : null;
  if (!backup) return '"dabir check" says what is wrong; Dabir has no verified backup of this archive ("dabir backups" lists any there are)';
  return `"dabir check" says what is wrong; the newest verified backup is from ${formatLocalTime(backup.createdAt)}: dabir restore "${backup.name}" puts it back, keeping the damaged file`;
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
