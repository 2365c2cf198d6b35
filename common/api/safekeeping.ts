/**
 * The archive's safekeeping, as the app sees it: its state (writable, read-only, damaged),
 * its backups, taking one now, and restoring one. Backups and restores run in the background:
 * starting one answers at once with the job, and `getBackupJob` reports its progress.
 */
import { z } from 'zod';
import type { ApiError } from '../result';
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

export interface BackupJob {
  kind: 'backup' | 'restore';
  state: 'running' | 'succeeded' | 'failed';
  /** For a backup, why it is taken; a restore is always of a backup by name. */
  reason: BackupReason | null;
  phase: string | null;
  done: number;
  total: number;
  startedAt: string;
  finishedAt: string | null;
  /** The backup made, or the backup restored. */
  backup: BackupInfo | null;
  /** Where a restore put the archive it replaced: its own backup, or the damaged file set aside. */
  keptAs: string | null;
  error: ApiError | null;
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
  startBackup: method<BackupJob>()(z.strictObject({})),
  /** The latest backup or restore, running or finished; null before the first. */
  getBackupJob: method<{ job: BackupJob | null }>()(z.strictObject({})),
  restoreBackup: method<BackupJob>()(z.strictObject({ name: backupNameSchema })),
} as const;

/** The methods an archive session answers itself, even when the archive could not be opened. */
export type SafekeepingMethod = keyof typeof safekeepingMethods;
