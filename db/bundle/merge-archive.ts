/**
 * Merges another archive file into the open one by the same rules as a bundle: the other file
 * is copied (through SQLite's backup, so a file in use is copied consistently), the copy is
 * opened (and migrated, if it is older), everything in it is written as a bundle, and the
 * bundle is merged. The other file itself is never opened for writing.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ArchiveError } from '../../common/result';
import { Archive } from '../archive';
import { DABIR_APPLICATION_ID } from '../open';
import type { LongOperationOptions } from '../jobs/long-operation';
import { mergeBundleFile, type BundleMergeSummary } from './merge-bundle';
import { writeBundle } from './write-bundle';

export interface MergeArchiveOptions extends LongOperationOptions {
  /** Where this build's migrations are (the command line's bundle names them), to bring an older copy up to date. */
  migrationsDir?: string;
}

export async function mergeArchiveFile(archive: Archive, otherPath: string, options: MergeArchiveOptions = {}): Promise<BundleMergeSummary> {
  if (!existsSync(otherPath)) throw new ArchiveError('not_found', `there is no archive at ${otherPath}`);
  if (statSync(otherPath).isDirectory()) throw new ArchiveError('invalid_argument', `${otherPath} is a folder, not an archive file`);
  if (resolve(otherPath) === resolve(archive.db.name)) throw new ArchiveError('invalid_argument', 'an archive cannot be merged into itself');
  const folder = mkdtempSync(join(tmpdir(), 'dabir-merge-'));
  try {
    const copy = join(folder, 'other.sqlite');
    let source: Database.Database;
    try {
      source = new Database(otherPath, { readonly: true, fileMustExist: true });
      if (source.pragma('application_id', { simple: true }) !== DABIR_APPLICATION_ID) {
        source.close();
        throw new ArchiveError('invalid_argument', `${otherPath} is not a Dabir archive`);
      }
    } catch (error) {
      if (error instanceof ArchiveError) throw error;
      throw new ArchiveError('invalid_argument', `${otherPath} is not a Dabir archive (${(error as Error).message})`);
    }
    try {
      await source.backup(copy);
    } finally {
      source.close();
    }
    const other = Archive.open(copy, { migrationsDir: options.migrationsDir });
    const bundle = join(folder, 'other.dabir');
    try {
      await writeBundle(other, {}, bundle, { signal: options.signal });
    } finally {
      other.close();
    }
    return await mergeBundleFile(archive, bundle, options);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
