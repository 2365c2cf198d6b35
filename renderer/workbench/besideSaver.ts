/**
 * Writes that make a new revision of the open article outside its saver: a manual
 * cross-reference, bulk tagging, a tag merge. The saver sends `baseRevision` with every save,
 * so after such a write it would be refused as a conflict; it has to take up the archive's
 * revision. The API answers these calls without a revision, so the saver re-reads it.
 */
import type { Result } from '../../common/result';
import type { ArticleSaver } from '../autosave/ArticleSaver';

/**
 * Flushes the open article's pending changes, runs `write`, then lets the saver adopt the new
 * revision. When the saver was already failing (a real conflict with another window, the
 * archive unreachable), the revision is left alone: the writer settles that through the
 * save status, and adopting here would silently overwrite the other window's work.
 */
export async function writeBesideSaver<T>(saver: ArticleSaver, write: () => Promise<Result<T>>): Promise<Result<T>> {
  const clean = await saver.flush();
  const result = await write();
  if (result.ok && clean) await saver.overwrite();
  return result;
}

/** After a write made elsewhere (the list column) that gave this article a new revision. */
export async function adoptArchiveRevision(saver: ArticleSaver): Promise<void> {
  if (saver.getState().phase === 'error') return;
  await saver.overwrite();
}
