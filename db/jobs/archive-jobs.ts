/**
 * The archive's long operations, by job kind. Registering another (a backup, an import) is
 * one line here, with its kind in common/api/jobs.ts; the types keep the two lists in step.
 * Each is an `async (input, { onProgress, signal })` function (see long-operation.ts).
 */
import type { JobKind } from '../../common/contract';
import type { Archive } from '../archive';
import { exportToFile, importUpload } from '../transfer/transfer-jobs';
import type { JobHandlers } from './job-runner';

export function archiveJobs(archive: Archive): JobHandlers {
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
