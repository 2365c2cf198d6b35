/**
 * A verified copy of an open archive, taken with SQLite's online backup API while the archive
 * stays in use. The copy is written under a `.partial` name a few pages at a time (so saves
 * and searches are answered between steps), turned into a single self-contained file, checked
 * (`verifyArchiveCopy`), and only then given its real name: a file with a backup's name is
 * always a whole, verified backup.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ArchiveError } from '../../common/result';
import { throttledProgress, throwIfCancelled, type LongOperationOptions } from '../jobs/long-operation';
import { schemaVersionOf } from '../migrate';
import type { ArchiveDatabase } from '../open';
import { PARTIAL_SUFFIX } from './backup-files';
import { verifyArchiveCopy } from './verify-copy';

/** 1 MiB of 4 KiB pages per step: a step takes a millisecond or two, so nothing waits on it. */
const PAGES_PER_STEP = 256;

export interface ArchiveCopy {
  path: string;
  bytes: number;
  articles: number;
  schemaVersion: number;
}

export interface CopyOptions extends LongOperationOptions {
  /** The newest schema this Dabir knows. */
  newestSchema: number;
  nativeBinding?: string;
}

export async function copyArchive(db: ArchiveDatabase, destination: string, options: CopyOptions): Promise<ArchiveCopy> {
  if (existsSync(destination)) throw new ArchiveError('conflict', `${destination} already exists; a backup never overwrites a file`);
  const partial = destination + PARTIAL_SUFFIX;
  removeDatabaseFiles(partial);
  const report = throttledProgress(options.onProgress);
  const expectedSchema = schemaVersionOf(db);
  try {
    throwIfCancelled(options.signal);
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        report({ done: totalPages - remainingPages, total: totalPages, phase: 'copy' });
        throwIfCancelled(options.signal);
        return PAGES_PER_STEP;
      },
    });
    makeSelfContained(partial, options.nativeBinding);
    throwIfCancelled(options.signal);
    const verification = await verifyArchiveCopy(partial, {
      expectedSchema,
      newestSchema: options.newestSchema,
      nativeBinding: options.nativeBinding,
      onProgress: report,
      signal: options.signal,
    });
    if (!verification.ok) {
      // The backup API copies pages as they are, so a copy that fails its check came from a damaged archive.
      throw new ArchiveError('damaged', `The backup failed its check, so it was not kept: ${verification.problems.join('; ')}`);
    }
    if (existsSync(destination)) throw new ArchiveError('conflict', `${destination} appeared while the backup was taken`);
    renameSync(partial, destination);
    syncFolder(dirname(destination));
    return { path: destination, bytes: statSync(destination).size, articles: verification.articles ?? 0, schemaVersion: expectedSchema };
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  }
}

/**
 * The copy inherits the archive's write-ahead log mode, which would make SQLite keep `-wal`
 * and `-shm` files beside it; a backup is one file that can be copied anywhere on its own.
 */
function makeSelfContained(path: string, nativeBinding: string | undefined): void {
  const copy = new Database(path, nativeBinding ? { nativeBinding } : {});
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** A database file and the journal files SQLite may have left beside it. */
export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/** So a rename survives a power cut; best effort, as some systems cannot sync a folder. */
export function syncFolder(folder: string): void {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(folder, 'r');
    fsyncSync(descriptor);
  } catch {
    // Windows cannot open a folder for syncing; its renames are journalled by NTFS.
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
