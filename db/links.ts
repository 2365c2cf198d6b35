/**
 * Typed cross-references between articles (follow-up, background, correction, related).
 * Manual links are made in the details panel; inline ones mirror the [[links]] in a body and
 * are rewritten on every save of that body. Either kind shows as a backlink on its target.
 */
import type { Article, ArticleLinks, ArticleLinkView, LinkType, LinkWriteReceipt } from '../common/contract';
import { ArchiveError } from '../common/result';
import type { ArticleRelation, ArticleStore, SaveContext } from './articles';
import type { ArchiveDatabase } from './open';
import { cachedStatement } from './statement-cache';

export class LinkStore implements ArticleRelation {
  /** The last stamp a manual link was given (see nextStamp). */
  private lastStamp = '';

  constructor(
    private readonly db: ArchiveDatabase,
    private readonly articles: ArticleStore,
  ) {}

  applySave({ id, references, at }: SaveContext): void {
    if (!references) return;
    cachedStatement(this.db, "DELETE FROM article_links WHERE source_id = ? AND origin = 'inline'").run(id);
    // A [[link]] to an article that no longer exists (or to itself) keeps its text but links nothing.
    const insert = cachedStatement(this.db, `
      INSERT OR IGNORE INTO article_links (source_id, target_id, type, origin, created_at)
      SELECT @source, a.id, 'related', 'inline', @at FROM articles a
       WHERE a.id = @target AND a.id <> @source AND a.deleted_at IS NULL`);
    for (const target of references.articleIds) insert.run({ source: id, target, at });
  }

  decorate(article: Article): void {
    article.links = this.outgoing(article.id);
    article.backlinks = this.backlinks(article.id);
  }

  /** A live article's links both ways, as `decorate` gives them, without reading the article. */
  of(id: string): ArticleLinks {
    if (!this.articles.exists(id)) throw new ArchiveError('not_found', `No article with id ${id}`);
    return { links: this.outgoing(id), backlinks: this.backlinks(id) };
  }

  private outgoing(id: string): ArticleLinkView[] {
    return cachedStatement(
      this.db,
      `SELECT l.target_id AS articleId, a.headline, l.type, l.origin FROM article_links l
         JOIN articles a ON a.id = l.target_id AND a.deleted_at IS NULL
        WHERE l.source_id = ? ORDER BY l.created_at, a.seq`,
    ).all(id) as ArticleLinkView[];
  }

  backlinks(id: string): ArticleLinkView[] {
    return cachedStatement(
      this.db,
      `SELECT l.source_id AS articleId, a.headline, l.type, l.origin FROM article_links l
         JOIN articles a ON a.id = l.source_id AND a.deleted_at IS NULL
        WHERE l.target_id = ? ORDER BY l.created_at DESC, a.seq DESC`,
    ).all(id) as ArticleLinkView[];
  }

  /**
   * Adds a manual cross-reference as a new revision of the source article, made on
   * `baseRevision` of it. `at` dates that revision; an import passes the story's own date so
   * the archive keeps its order.
   */
  add(sourceId: string, targetId: string, type: LinkType, options: { baseRevision: number; at?: string }): LinkWriteReceipt {
    if (sourceId === targetId) throw new ArchiveError('invalid_argument', 'An article cannot reference itself');
    return this.db.transaction(() => {
      this.articles.get(targetId);
      const receipt = this.articles.save(sourceId, {}, {
        ...options,
        rewrite: { kind: 'links' },
        // The link itself is stamped now: links list in the order they were made.
        alsoApply: () => this.insertManual(sourceId, targetId, type),
      });
      return { links: this.articles.get(sourceId).links, ...receipt };
    }).immediate();
  }

  /**
   * Writes a manual cross-reference row, inside a save's `alsoApply` (so the source article's
   * revision records it); a link that is already there stays as it was.
   */
  insertManual(sourceId: string, targetId: string, type: LinkType, at = this.nextStamp()): void {
    cachedStatement(this.db, "INSERT OR IGNORE INTO article_links (source_id, target_id, type, origin, created_at) VALUES (?, ?, ?, 'manual', ?)")
      .run(sourceId, targetId, type, at);
  }

  /**
   * Now, or a millisecond past the last stamp when the clock has not moved on: links list in
   * the order they were made, and an import or an undo makes several within one millisecond.
   */
  private nextStamp(): string {
    const now = Date.now();
    const last = this.lastStamp === '' ? 0 : Date.parse(this.lastStamp);
    this.lastStamp = new Date(Math.max(now, last + 1)).toISOString();
    return this.lastStamp;
  }

  remove(sourceId: string, targetId: string, type: LinkType, baseRevision: number): LinkWriteReceipt {
    return this.db.transaction(() => {
      const receipt = this.articles.save(sourceId, {}, {
        baseRevision,
        rewrite: { kind: 'links' },
        alsoApply: () =>
          cachedStatement(this.db, "DELETE FROM article_links WHERE source_id = ? AND target_id = ? AND type = ? AND origin = 'manual'")
            .run(sourceId, targetId, type),
      });
      return { links: this.articles.get(sourceId).links, ...receipt };
    }).immediate();
  }

  /**
   * Makes the article's manual cross-references exactly `wanted` (those whose target lives),
   * inside a save's `alsoApply`: a revert puts back the links a revision had.
   */
  replaceManual(sourceId: string, wanted: readonly ArticleLinkView[]): void {
    const manual = wanted.filter((link) => link.origin === 'manual' && link.articleId !== sourceId);
    const key = (targetId: string, type: string) => `${targetId} ${type}`;
    const keep = new Set(manual.map((link) => key(link.articleId, link.type)));
    const current = cachedStatement(this.db, "SELECT target_id AS targetId, type FROM article_links WHERE source_id = ? AND origin = 'manual'")
      .all(sourceId) as Array<{ targetId: string; type: LinkType }>;
    const remove = cachedStatement(this.db, "DELETE FROM article_links WHERE source_id = ? AND target_id = ? AND type = ? AND origin = 'manual'");
    for (const link of current) if (!keep.has(key(link.targetId, link.type))) remove.run(sourceId, link.targetId, link.type);
    // A link still there keeps its place in the list; one put back comes last.
    for (const link of manual) if (this.articles.exists(link.articleId)) this.insertManual(sourceId, link.articleId, link.type);
  }
}
