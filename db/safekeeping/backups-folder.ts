/**
 * The archive's Backups folder: taking a backup into it (then rotating the older ones out),
 * and listing what is there. Each backup's details (its article count, that it was verified)
 * are written beside it as `<backup>.json`, so a listing need not open forty archives.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupReason } from '../../common/constants';
import type { BackupInfo } from '../../common/contract';
import type { ArchiveDatabase } from '../open';
import { backupFileName, backupsFolderOf, detailsPathOf, parseBackupFileName, PARTIAL_SUFFIX } from './backup-files';
import { copyArchive, removeDatabaseFiles, type CopyOptions } from './copy-archive';
import { backupsToRemove } from './rotation';

export interface BackupDetails {
  archive: string;
  createdAt: string;
  reason: BackupReason;
  bytes: number;
  articles: number;
  schemaVersion: number;
  /** When the backup passed quick_check, the application id and schema version checks. */
  verifiedAt: string;
}

export interface TakenBackup {
  backup: BackupInfo;
  path: string;
  /** The names of older backups rotation removed once this one was verified. */
  removed: string[];
}

export interface FolderBackupOptions extends CopyOptions {
  /** The clock, for tests of rotation; defaults to now. */
  now?: () => Date;
}

/** A partial copy older than this was cut short by a crash; a younger one may still be in progress. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export async function takeBackup(
  db: ArchiveDatabase,
  archivePath: string,
  reason: BackupReason,
  options: FolderBackupOptions,
): Promise<TakenBackup> {
  const now = options.now ?? (() => new Date());
  const folder = backupsFolderOf(archivePath);
  mkdirSync(folder, { recursive: true });
  removeAbandonedCopies(folder, now());

  let at = now();
  // Two backups within a millisecond (a test, a quick quit) still get names of their own.
  while (existsSync(join(folder, backupFileName(archivePath, at, reason)))) at = new Date(at.getTime() + 1);
  const path = join(folder, backupFileName(archivePath, at, reason));
  const copy = await copyArchive(db, path, options);

  const details: BackupDetails = {
    archive: basename(archivePath),
    createdAt: at.toISOString(),
    reason,
    bytes: copy.bytes,
    articles: copy.articles,
    schemaVersion: copy.schemaVersion,
    verifiedAt: now().toISOString(),
  };
  writeFileSync(detailsPathOf(path), `${JSON.stringify(details, null, 2)}\n`);

  // Only now, with a verified backup in place, may older ones go.
  const removed = backupsToRemove(listBackups(archivePath), now());
  for (const name of removed) removeBackup(folder, name);
  return { backup: infoOf(basename(path), details), path, removed };
}

/** The archive's backups, newest first. */
export function listBackups(archivePath: string): BackupInfo[] {
  const folder = backupsFolderOf(archivePath);
  if (!existsSync(folder)) return [];
  const backups: BackupInfo[] = [];
  for (const name of readdirSync(folder)) {
    const parsed = parseBackupFileName(archivePath, name);
    if (!parsed) continue;
    const path = join(folder, name);
    const details = readDetails(path);
    if (details) {
      backups.push(infoOf(name, details));
    } else {
      backups.push({ ...parsed, bytes: safeSize(path), articles: null, verified: false });
    }
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The newest backup Dabir verified: what a damaged archive is offered. */
export function newestVerifiedBackup(archivePath: string): BackupInfo | null {
  return listBackups(archivePath).find((backup) => backup.verified) ?? null;
}

/** The path of the archive's backup called `name`, or undefined when there is none. */
export function backupPathOf(archivePath: string, name: string): string | undefined {
  if (name !== basename(name) || !parseBackupFileName(archivePath, name)) return undefined;
  const path = join(backupsFolderOf(archivePath), name);
  return existsSync(path) ? path : undefined;
}

function infoOf(name: string, details: BackupDetails): BackupInfo {
  return {
    name,
    createdAt: details.createdAt,
    reason: details.reason,
    bytes: details.bytes,
    articles: details.articles,
    verified: typeof details.verifiedAt === 'string',
  };
}

function readDetails(path: string): BackupDetails | undefined {
  try {
    const details = JSON.parse(readFileSync(detailsPathOf(path), 'utf8')) as BackupDetails;
    // The details must describe this file as it is; a file replaced since is not what was verified.
    return details.bytes === safeSize(path) ? details : undefined;
  } catch {
    return undefined;
  }
}

function safeSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function removeBackup(folder: string, name: string): void {
  const path = join(folder, name);
  removeDatabaseFiles(path);
  rmSync(detailsPathOf(path), { force: true });
}

function removeAbandonedCopies(folder: string, now: Date): void {
  for (const name of readdirSync(folder)) {
    if (!name.includes(PARTIAL_SUFFIX)) continue;
    const path = join(folder, name);
    try {
      if (now.getTime() - statSync(path).mtimeMs > ABANDONED_AFTER_MS) rmSync(path, { force: true });
    } catch {
      // Removed meanwhile by the backup it belonged to.
    }
  }
}
