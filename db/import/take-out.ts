/**
 * Undoes the part of a file an import had written when the import is cancelled or fails part
 * way through it, so the archive holds whole files only. Only articles still as the import
 * wrote them (revision 1) are removed: one an editor has opened and changed meanwhile stays.
 * These articles never existed before the import, so they leave no tombstone; deleting the
 * row takes its revisions, tags, mentions, links and fingerprint with it (ON DELETE CASCADE),
 * and the search index loses it through the save path's own indexer hook.
 */
import type { Archive } from '../archive';
import { cachedStatement } from '../statement-cache';

export function removeUntouchedImports(archive: Archive, ids: readonly string[]): void {
  const select = cachedStatement(archive.db, 'SELECT seq FROM articles WHERE id = ? AND revision = 1');
  const remove = cachedStatement(archive.db, 'DELETE FROM articles WHERE seq = ?');
  archive.db
    .transaction(() => {
      for (const id of ids) {
        const row = select.get(id) as { seq: number } | undefined;
        if (!row) continue;
        archive.searchIndex.articleDeleted(row.seq);
        remove.run(row.seq);
      }
    })
    .immediate();
}
