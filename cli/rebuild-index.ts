/**
 * Brings the search index up to date before a command searches: an archive written by an
 * older normaliser (or never indexed) is re-indexed on the spot, with progress on stderr so
 * stdout stays the answer. (The archive was backed up before the command began: see
 * cli/upgrade-archive.ts.)
 */
import type { Archive } from '../db/archive';
import type { CliIO } from './io';
import { progressReporter } from './progress';

/** Returns true when the index had to be rebuilt. */
export function rebuildSearchIndexIfNeeded(archive: Archive, io: CliIO): boolean {
  if (!archive.searchIndex.needsRebuild()) return false;
  const report = progressReporter(io, 'Rebuilding the search index');
  archive.searchIndex.rebuildNow((status) => report.progress(status));
  report.done();
  return true;
}
