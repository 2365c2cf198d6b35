/**
 * The archive's long operations, by job kind. Registering another is one line
 * here, with its kind in common/api/jobs.ts; the types keep the two lists in step. Each is an
 * `async (input, { onProgress, signal })` function (see long-operation.ts). Backups and
 * restores copy or replace the archive file, so the archive session that holds the file runs
 * them (db/safekeeping/archive-session.ts), in one runner with these.
 */
import type { JobKind } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { Archive } from '../archive';
import { exportToFile, importUpload } from '../transfer/transfer-jobs';
import type { JobHandler, JobHandlers } from './job-runner';

/** Kinds that replace or copy the archive file: the archive session runs them (db/safekeeping/archive-session.ts). */
export type SessionJobKind = 'backup' | 'restoreBackup';
export type ArchiveJobKind = Exclude<JobKind, SessionJobKind>;

export function archiveJobs(archive: Archive): { [K in ArchiveJobKind]: JobHandler<K> } {
  return {
    rebuildIndex: (_input, options) => archive.searchIndex.rebuild(options),
    tagArticles: ({ articleIds, add, remove, baseRevisions }, options) =>
      archive.tags.tagArticlesInBatches(articleIds, add, remove, baseRevisions, options),
    exportArticles: (input, options) => exportToFile(archive, input, options),
    importFiles: (input, options) => importUpload(archive, input, options),
  };
}

/** A second start of these while one runs gets the running one: two rebuilds would only race. */
export const ONE_AT_A_TIME: ReadonlySet<JobKind> = new Set(['rebuildIndex']);

/**
 * An archive opened on its own (by the command line, or a test) has no session to keep its
 * file: its backups and restores are the session's, or the CLI's own commands.
 */
export function withoutSession(jobs: { [K in ArchiveJobKind]: JobHandler<K> }): JobHandlers {
  const refuse = async (): Promise<never> => {
    throw new ArchiveError('unavailable', 'Backups and restores run where the archive is held open (the app or the browser shell), or with dabir backup and dabir restore');
  };
  return { ...jobs, backup: refuse, restoreBackup: refuse };
}
