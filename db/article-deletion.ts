/**
 * Deleting an article never leaves a dangling reference: what points at it (cross-references
 * and inline [[links]] in other articles' bodies) is either removed, each change saved as a
 * revision of the article that held it, or reported so the user can decide.
 */
import type { DeleteReport, SerializedBody } from '../common/contract';
import type { ArticleStore } from './articles';
import { unlinkReferences } from './editor/rewrite-references';
import type { ArchiveDatabase } from './open';

export type ReferencePolicy = 'remove' | 'refuse';

interface ReferenceRow {
  articleId: string;
  headline: string;
  origin: 'inline' | 'manual';
}

export class ArticleDeletion {
  constructor(
    private readonly db: ArchiveDatabase,
    private readonly articles: ArticleStore,
  ) {}

  references(id: string): ReferenceRow[] {
    return this.db
      .prepare(
        `SELECT DISTINCT l.source_id AS articleId, a.headline, l.origin FROM article_links l
           JOIN articles a ON a.id = l.source_id AND a.deleted_at IS NULL
          WHERE l.target_id = ? AND l.source_id <> ?`,
      )
      .all(id, id) as ReferenceRow[];
  }

  delete(id: string, policy: ReferencePolicy): DeleteReport {
    return this.db.transaction((): DeleteReport => {
      this.articles.get(id);
      const references = this.references(id).map((row) => ({
        articleId: row.articleId,
        headline: row.headline,
        kind: row.origin === 'inline' ? ('inline' as const) : ('backlink' as const),
      }));
      if (policy === 'refuse' && references.length > 0) return { references, deleted: false };

      for (const sourceId of new Set(references.filter((ref) => ref.kind === 'inline').map((ref) => ref.articleId))) {
        const body = this.articles.get(sourceId).body;
        const unlinked = body && unlinkReferences(body, { articleId: id });
        if (unlinked) this.articles.save(sourceId, { body: unlinked as SerializedBody });
      }
      this.db.prepare('DELETE FROM article_links WHERE target_id = ? OR source_id = ?').run(id, id);
      this.articles.tombstone(id);
      return { references, deleted: true };
    }).immediate();
  }
}
