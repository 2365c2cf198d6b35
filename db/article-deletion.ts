/**
 * Deleting an article never leaves a dangling reference: what points at it (cross-references
 * and inline [[links]] in other articles' bodies) is either removed, each change saved as a
 * revision of the article that held it, or reported so the user can decide.
 *
 * A delete is a tombstone, so it can be undone: the tombstone's revision remembers the
 * article's own cross-references and the ones other articles made to it, and `restore` puts
 * back every one whose other end still exists. An inline [[link]] that was turned into plain
 * text stays plain text in the other article (its earlier revision still has the link).
 */
import type { Article, ArticleLinkView, DeleteReport, LinkType, SerializedBody } from '../common/contract';
import { ArchiveError } from '../common/result';
import type { ArticleStore } from './articles';
import type { LinkStore } from './links';
import { unlinkReferences } from './editor/rewrite-references';
import type { ArchiveDatabase } from './open';
import { cachedStatement } from './statement-cache';

export type ReferencePolicy = 'remove' | 'refuse';

interface ReferenceRow {
  articleId: string;
  headline: string;
  origin: 'inline' | 'manual';
  type: LinkType;
}

/** A cross-reference another article made by hand to the deleted one. */
interface RemovedBacklink {
  articleId: string;
  type: LinkType;
}

/** What the tombstone's revision keeps beyond the article's own snapshot. */
interface TombstoneSnapshot {
  body: SerializedBody | null;
  links?: ArticleLinkView[];
  removedBacklinks?: RemovedBacklink[];
}

export class ArticleDeletion {
  constructor(
    private readonly db: ArchiveDatabase,
    private readonly articles: ArticleStore,
    private readonly links: LinkStore,
  ) {}

  references(id: string): ReferenceRow[] {
    return cachedStatement(this.db, `SELECT l.source_id AS articleId, a.headline, l.origin, l.type FROM article_links l
           JOIN articles a ON a.id = l.source_id AND a.deleted_at IS NULL
          WHERE l.target_id = ? AND l.source_id <> ?
          ORDER BY a.seq`)
      .all(id, id) as ReferenceRow[];
  }

  delete(id: string, policy: ReferencePolicy): DeleteReport {
    return this.db.transaction((): DeleteReport => {
      this.articles.get(id);
      const rows = this.references(id);
      const references = uniqueReferences(rows);
      if (policy === 'refuse' && references.length > 0) return { references, deleted: false };

      const removedBacklinks: RemovedBacklink[] = [];
      for (const sourceId of new Set(rows.map((row) => row.articleId))) {
        const inline = rows.some((row) => row.articleId === sourceId && row.origin === 'inline');
        const source = this.articles.get(sourceId);
        const body = inline ? source.body : null;
        const unlinked = body && unlinkReferences(body, { articleId: id });
        const manual = rows.filter((row) => row.articleId === sourceId && row.origin === 'manual');
        removedBacklinks.push(...manual.map(({ articleId, type }) => ({ articleId, type })));
        // One revision of the other article covers both its body and its cross-references.
        this.articles.save(sourceId, unlinked ? { body: unlinked as SerializedBody } : {}, {
          baseRevision: source.revision,
          rewrite: unlinked ? { kind: 'unlink', articleId: id } : { kind: 'links' },
          alsoApply: () =>
            cachedStatement(this.db, "DELETE FROM article_links WHERE source_id = ? AND target_id = ? AND origin = 'manual'").run(sourceId, id),
        });
      }
      // The snapshot is taken before the article's own links go, so a restore can bring them back.
      this.articles.tombstone(id, { removedBacklinks });
      cachedStatement(this.db, 'DELETE FROM article_links WHERE target_id = ? OR source_id = ?').run(id, id);
      return { references, deleted: true };
    }).immediate();
  }

  /** Undoes a delete: the article, its tags, its links and the links made to it by hand. */
  restore(id: string): Article {
    return this.db.transaction((): Article => {
      const { snapshot, revision } = this.tombstoneSnapshot(id);
      const alive = (articleId: string) => this.articles.exists(articleId);
      this.articles.untombstone(id);
      // Saving the body again rebuilds the search entry, inline [[links]] and detected names.
      this.articles.save(id, { body: snapshot.body }, {
        baseRevision: revision,
        kind: 'restore',
        alsoApply: () => {
          for (const link of snapshot.links ?? []) {
            if (link.origin === 'manual' && alive(link.articleId)) this.links.insertManual(id, link.articleId, link.type);
          }
        },
      });
      // Each link another article made comes back as a revision of that article.
      for (const backlink of snapshot.removedBacklinks ?? []) {
        if (alive(backlink.articleId)) {
          this.links.add(backlink.articleId, id, backlink.type, { baseRevision: this.articles.get(backlink.articleId).revision });
        }
      }
      return this.articles.get(id);
    }).immediate();
  }

  /** The tombstone is the deleted article's last revision (thinning always keeps it). */
  private tombstoneSnapshot(id: string): { snapshot: TombstoneSnapshot; revision: number } {
    const row = cachedStatement(this.db, 'SELECT revision FROM articles WHERE id = ? AND deleted_at IS NOT NULL').get(id) as { revision: number } | undefined;
    const snapshot = row && this.articles.revisions.snapshot(id, row.revision);
    if (!row || !snapshot) throw new ArchiveError('not_found', `No deleted article with id ${id}`);
    return { snapshot: snapshot as unknown as TombstoneSnapshot, revision: row.revision };
  }
}

/** One line per referring article and kind: two typed links from one article read as one. */
function uniqueReferences(rows: ReferenceRow[]): DeleteReport['references'] {
  const seen = new Set<string>();
  const references: DeleteReport['references'] = [];
  for (const row of rows) {
    const kind = row.origin === 'inline' ? ('inline' as const) : ('backlink' as const);
    const key = `${row.articleId}:${kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    references.push({ articleId: row.articleId, headline: row.headline, kind });
  }
  return references;
}
