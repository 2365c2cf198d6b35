/**
 * Puts a backup in the archive's place. The backup is copied beside the archive and checked
 * first (a restore that cannot finish leaves everything as it was); then the archive being
 * replaced is kept: a healthy one as a backup of its own (`before-restore`), a damaged one set
 * aside under a new name beside it, never overwritten or deleted. Only then does the checked
 * copy take the archive's name, in one rename.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ArchiveError } from '../../common/result';
import { connectDatabase, NotAnArchiveError, type ArchiveDatabase } from '../open';
import { archiveStem, fileStamp } from './backup-files';
import { takeBackup } from './backups-folder';
import { copyArchive, removeDatabaseFiles, syncFolder, type CopyOptions } from './copy-archive';

/** Where the checked copy waits beside the archive until it takes the archive's name. */
export const STAGING_SUFFIX = '.restoring';

export interface RestoreOutcome {
  /** The restored archive's live articles and schema version. */
  articles: number;
  schemaVersion: number;
  /** Where the replaced archive went: its `before-restore` backup, or the damaged file set aside. */
  keptAs: string | null;
  keptHow: 'backup' | 'set-aside' | null;
}

export interface RestoreOptions extends CopyOptions {
  now?: () => Date;
}

/**
 * `current` is the open, healthy archive (to be backed up, then closed by `closeCurrent`), or
 * null when there is none or it is damaged (it is then set aside).
 */
export async function restoreArchive(
  archivePath: string,
  sourcePath: string,
  current: ArchiveDatabase | null,
  closeCurrent: () => void,
  options: RestoreOptions,
): Promise<RestoreOutcome> {
  const staging = archivePath + STAGING_SUFFIX;
  removeDatabaseFiles(staging);
  const copy = await copyVerifiedSource(sourcePath, staging, options);
  try {
    let keptAs: string | null = null;
    let keptHow: RestoreOutcome['keptHow'] = null;
    if (current) {
      keptAs = (await takeBackup(current, archivePath, 'before-restore', progressOf(options, 'keep'))).path;
      keptHow = 'backup';
    }
    closeCurrent();
    if (!current && existsSync(archivePath)) {
      keptAs = setAside(archivePath, (options.now ?? (() => new Date()))());
      keptHow = 'set-aside';
    }
    // The replaced archive is kept (above) with everything its log held; a log left beside
    // the file would otherwise be replayed into the restored archive.
    for (const suffix of ['-wal', '-shm']) rmSync(archivePath + suffix, { force: true });
    renameSync(staging, archivePath);
    syncFolder(dirname(archivePath));
    return { articles: copy.articles, schemaVersion: copy.schemaVersion, keptAs, keptHow };
  } catch (error) {
    removeDatabaseFiles(staging);
    throw error;
  }
}

async function copyVerifiedSource(sourcePath: string, staging: string, options: RestoreOptions) {
  if (!existsSync(sourcePath)) throw new ArchiveError('not_found', `There is no file ${sourcePath}`);
  let source: ArchiveDatabase;
  try {
    source = connectDatabase(sourcePath, { readonly: true, nativeBinding: options.nativeBinding });
  } catch (error) {
    const reason = error instanceof NotAnArchiveError ? error.message : describe(error);
    throw new ArchiveError('invalid_argument', `${sourcePath} cannot be restored: ${reason}. Nothing was changed.`);
  }
  try {
    return await copyArchive(source, staging, progressOf(options, 'source'));
  } catch (error) {
    if (error instanceof ArchiveError && error.code === 'cancelled') throw error;
    const reason = error instanceof ArchiveError ? error.message.replace(/^The backup failed its check, so it was not kept: /, '') : describe(error);
    throw new ArchiveError('invalid_argument', `${sourcePath} failed its check, so it was not restored: ${reason}. Nothing was changed.`);
  } finally {
    source.close();
  }
}

/** The restore's phases as one progress: checking the source, then keeping the archive it replaces. */
function progressOf(options: RestoreOptions, phase: 'source' | 'keep'): RestoreOptions {
  return {
    ...options,
    onProgress: options.onProgress && ((progress) => options.onProgress!({ ...progress, phase: `${phase}:${progress.phase ?? ''}` })),
  };
}

/** `archive damaged 2025-03-21T09-30-00.000Z.sqlite`, beside the archive, with its log files. */
export function setAside(archivePath: string, at: Date): string {
  const aside = join(dirname(archivePath), `${archiveStem(archivePath)} damaged ${fileStamp(at)}${extensionOf(archivePath)}`);
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(archivePath + suffix)) renameSync(archivePath + suffix, aside + suffix);
  }
  renameSync(archivePath, aside);
  syncFolder(dirname(archivePath));
  return aside;
}

function extensionOf(path: string): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '.sqlite';
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
