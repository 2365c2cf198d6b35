/**
 * The archive's safekeeping, as the app sees it: its state (writable, read-only, damaged) and
 * its backups. Taking a backup and restoring one are long operations: job kinds (`backup`,
 * `restoreBackup` in jobs.ts), started with startJob and watched like every other job.
 */
import { z } from 'zod';
import type { BackupReason } from '../constants';
import { method } from './method';

export interface BackupInfo {
  /** The file name in the Backups folder: the archive's name, the time (UTC) and the reason. */
  name: string;
  createdAt: string;
  reason: BackupReason;
  bytes: number;
  /** Live articles in the backup; null when Dabir did not record it (a file copied in by hand). */
  articles: number | null;
  /** Dabir checked it after taking it (quick_check, application id, schema version). */
  verified: boolean;
}

export type ArchiveAccess = 'read-write' | 'read-only' | 'damaged';

export interface ArchiveState {
  access: ArchiveAccess;
  path: string;
  backupsFolder: string;
  /** Why the archive was found damaged (English, technical); null unless `access` is damaged. */
  damage: string | null;
  /** The check run on open has finished (it runs while the archive is in use). */
  checked: boolean;
  /** The newest verified backup: what a damaged archive is offered to be restored from. */
  newestBackup: BackupInfo | null;
}

/** A backup's file name, never a path: the app restores only from the archive's Backups folder. */
export const backupNameSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\\0]+\.sqlite$/, { error: 'name must be the file name of a backup in the Backups folder' });

export const safekeepingMethods = {
  getArchiveState: method<ArchiveState>()(z.strictObject({})),
  listBackups: method<BackupInfo[]>()(z.strictObject({})),
} as const;

/**
 * The methods an archive session answers itself, even when the archive could not be opened;
 * the job methods are answered there too, so a damaged archive can still be restored.
 */
export type SafekeepingMethod = keyof typeof safekeepingMethods;

/** What a `backup` job made. */
export interface BackupTaken {
  backup: BackupInfo;
}

/** What a `restoreBackup` job did: the backup now in the archive's place, and where the archive it replaced went. */
export interface BackupRestored {
  backup: BackupInfo;
  /** The replaced archive's own backup, or the damaged file set aside; null when there was none. */
  keptAs: string | null;
}
