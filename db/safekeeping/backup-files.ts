/**
 * Where backups live and what they are called: a `Backups` folder beside the archive, each
 * file named after the archive, the moment it was taken (UTC, so names sort in time order and
 * no daylight-saving change makes two alike) and why, e.g.
 * `Backups/archive 2025-03-21T09-30-00.000Z scheduled.sqlite`. A backup's details (verified or
 * not, article count) sit beside it in a small JSON file of the same name.
 */
import { basename, dirname, extname, join } from 'node:path';
import { BACKUP_REASONS, type BackupReason } from '../../common/constants';

export const BACKUPS_FOLDER_NAME = 'Backups';
const BACKUP_EXTENSION = '.sqlite';
const DETAILS_EXTENSION = '.json';
/** Written while a backup is copied and checked; renamed only once it is verified. */
export const PARTIAL_SUFFIX = '.partial';

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z$/;

export function backupsFolderOf(archivePath: string): string {
  return join(dirname(archivePath), BACKUPS_FOLDER_NAME);
}

/** The archive's file name without its extension: `archive` for `archive.sqlite`. */
export function archiveStem(archivePath: string): string {
  const name = basename(archivePath);
  const extension = extname(name);
  return extension ? name.slice(0, -extension.length) : name;
}

/** `2025-03-21T09-30-00.000Z`: ISO 8601 with the colons a Windows file name may not hold. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/:/g, '-');
}

export function backupFileName(archivePath: string, at: Date, reason: BackupReason): string {
  return `${archiveStem(archivePath)} ${fileStamp(at)} ${reason}${BACKUP_EXTENSION}`;
}

export interface BackupName {
  name: string;
  createdAt: string;
  reason: BackupReason;
}

/** Reads a file name as one of this archive's backups; undefined for anything else. */
export function parseBackupFileName(archivePath: string, name: string): BackupName | undefined {
  const prefix = `${archiveStem(archivePath)} `;
  if (!name.startsWith(prefix) || !name.endsWith(BACKUP_EXTENSION)) return undefined;
  const [stamp, reason, ...rest] = name.slice(prefix.length, -BACKUP_EXTENSION.length).split(' ');
  const match = STAMP.exec(stamp ?? '');
  if (!match || rest.length > 0 || !(BACKUP_REASONS as readonly string[]).includes(reason)) return undefined;
  const [, day, hours, minutes, seconds, millis] = match;
  return { name, createdAt: `${day}T${hours}:${minutes}:${seconds}.${millis}Z`, reason: reason as BackupReason };
}

/** The JSON file that records a backup's details beside it. */
export function detailsPathOf(backupPath: string): string {
  return `${backupPath}${DETAILS_EXTENSION}`;
}
