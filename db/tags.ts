/**
 * Free tags on articles. A tag is matched by its search key, so «تحریم‌ها» typed with Arabic
 * yeh or without the half-space is the same tag; it keeps the spelling it was first given.
 */
import { randomUUID } from 'node:crypto';
import type { Article, RevisionChange, TagSummary, TagWriteReceipt } from '../common/contract';
import { ArchiveError } from '../common/result';
import type { ArticleRelation, ArticleStore, SaveContext } from './articles';
import { inBatches, type LongOperationOptions } from './jobs/long-operation';
import type { ArchiveDatabase } from './open';
import { normalizeSearchKey } from './search/normalize';
import { cachedStatement } from './statement-cache';

export function tagKey(name: string): string {
  return normalizeSearchKey(name.trim()).joined;
}

/** At most this many articles retagged per transaction in a bulk job; each is a full save (revision, index). */
const TAG_BATCH = 50;
/** A tag write changes only the tags: an editor's save on an earlier revision is made over it. */
const TAGS_ONLY = { kind: 'tags' } as const;

interface TagRow {
  id: string;
  name: string;
}

const LIVE_COUNT = `(SELECT count(*) FROM article_tags at JOIN articles a ON a.id = at.article_id
                    WHERE at.tag_id = t.id AND a.deleted_at IS NULL)`;

export class TagStore implements ArticleRelation {
  constructor(
    private readonly db: ArchiveDatabase,
    private readonly articles: ArticleStore,
  ) {}

  applySave({ id, fields, at }: SaveContext): void {
    if (fields.tags !== undefined) this.setArticleTags(id, fields.tags, at);
  }

  decorate(article: Article): void {
    const rows = cachedStatement(this.db, 'SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name_key')
      .all(article.id) as { name: string }[];
    article.tags = rows.map((row) => row.name);
  }

  /** The tag with this name (by key), created if it does not exist yet. */
  ensure(name: string, at = new Date().toISOString()): TagRow {
    const key = tagKey(name);
    if (key === '') throw new ArchiveError('invalid_argument', `“${name}” has no letters or digits to be a tag`);
    const existing = cachedStatement(this.db, 'SELECT id, name FROM tags WHERE name_key = ?').get(key) as TagRow | undefined;
    if (existing) return existing;
    const row = { id: randomUUID(), name: name.trim() };
    cachedStatement(this.db, 'INSERT INTO tags (id, name, name_key, created_at) VALUES (?, ?, ?, ?)').run(row.id, row.name, key, at);
    return row;
  }

  private setArticleTags(articleId: string, names: readonly string[], at: string): void {
    const wanted = new Map(names.map((name) => this.ensure(name, at)).map((tag) => [tag.id, tag]));
    const current = cachedStatement(this.db, 'SELECT tag_id FROM article_tags WHERE article_id = ?').all(articleId) as { tag_id: string }[];
    const remove = cachedStatement(this.db, 'DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?');
    for (const { tag_id } of current) if (!wanted.has(tag_id)) remove.run(articleId, tag_id);
    const add = cachedStatement(this.db, 'INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
    for (const tagId of wanted.keys()) add.run(articleId, tagId);
  }

  list(prefix = '', limit = 200, offset = 0): TagSummary[] {
    const key = tagKey(prefix);
    return cachedStatement(this.db, `
      SELECT t.id, t.name, ${LIVE_COUNT} AS count FROM tags t
       WHERE substr(t.name_key, 1, length(@key)) = @key
       ORDER BY count DESC, t.name_key LIMIT @limit OFFSET @offset`)
      .all({ key, limit, offset }) as TagSummary[];
  }

  summary(id: string): TagSummary {
    const row = cachedStatement(this.db, `SELECT t.id, t.name, ${LIVE_COUNT} AS count FROM tags t WHERE t.id = ?`).get(id) as TagSummary | undefined;
    if (!row) throw new ArchiveError('not_found', `No tag with id ${id}`);
    return row;
  }

  /** Renaming changes the tag everywhere at once: articles point at the tag, not its name. */
  rename(id: string, name: string): TagSummary {
    const key = tagKey(name);
    if (key === '') throw new ArchiveError('invalid_argument', `“${name}” has no letters or digits to be a tag`);
    return this.db.transaction(() => {
      this.summary(id);
      const clash = cachedStatement(this.db, 'SELECT id, name FROM tags WHERE name_key = ? AND id <> ?').get(key, id) as TagRow | undefined;
      if (clash) throw new ArchiveError('conflict', `A tag named “${clash.name}” already exists; merge the two tags instead`);
      cachedStatement(this.db, 'UPDATE tags SET name = ?, name_key = ? WHERE id = ?').run(name.trim(), key, id);
      return this.summary(id);
    }).immediate();
  }

  /**
   * Moves every article from the source tags to the target and deletes the sources. Each
   * article changed is saved through the save path, so its history records the merge.
   */
  merge(sourceIds: readonly string[], targetId: string): TagSummary & { revisions: RevisionChange[] } {
    return this.db.transaction(() => {
      const target = this.summary(targetId);
      const sources = sourceIds.filter((id) => id !== targetId);
      sources.forEach((id) => this.summary(id));
      const placeholders = sources.map(() => '?').join(', ');
      // Text as long as the list of tags: prepared here, not cached (see statement-cache.ts).
      const affected = this.db
        .prepare(`SELECT DISTINCT at.article_id AS id, a.seq FROM article_tags at JOIN articles a ON a.id = at.article_id
                   WHERE at.tag_id IN (${placeholders}) AND a.deleted_at IS NULL ORDER BY a.seq`)
        .all(...sources) as { id: string }[];
      const sourceNames = new Set(sources.map((id) => this.summary(id).name));
      const revisions: RevisionChange[] = [];
      for (const { id } of affected) {
        const article = this.articles.get(id);
        const names = article.tags.filter((tag) => !sourceNames.has(tag));
        const { revision } = this.articles.save(id, { tags: [...names, target.name] }, { baseRevision: article.revision, rewrite: TAGS_ONLY });
        revisions.push({ id, from: article.revision, to: revision });
      }
      this.db.prepare(`DELETE FROM tags WHERE id IN (${placeholders})`).run(...sources);
      return { ...this.summary(targetId), revisions };
    }).immediate();
  }

  /**
   * Adds and removes tags on many articles at once, in one transaction; each article changed
   * gets one revision. `baseRevisions` names the revision a caller holds of some of them (the
   * one open in its editor): if any is stale, nothing is written and the call is a conflict.
   */
  tagArticles(
    articleIds: readonly string[],
    add: readonly string[] = [],
    remove: readonly string[] = [],
    baseRevisions: Readonly<Record<string, number>> = {},
  ): TagWriteReceipt {
    return this.db.transaction(() => receiptOf(this.retagAll([...new Set(articleIds)], add, remove, baseRevisions))).immediate();
  }

  /**
   * The same for a large selection, as a long operation (the `tagArticles` job): a transaction
   * per batch, so the archive answers between batches and a cancel keeps the batches done.
   */
  async tagArticlesInBatches(
    articleIds: readonly string[],
    add: readonly string[] = [],
    remove: readonly string[] = [],
    baseRevisions: Readonly<Record<string, number>> = {},
    options: LongOperationOptions = {},
  ): Promise<TagWriteReceipt> {
    const batches = await inBatches([...new Set(articleIds)], TAG_BATCH, options, (batch) =>
      this.db.transaction(() => this.retagAll(batch, add, remove, baseRevisions)).immediate(),
    );
    return receiptOf(batches.flat());
  }

  /** The revisions made; an article whose tags stay as they were gets none. */
  private retagAll(
    articleIds: readonly string[],
    add: readonly string[],
    remove: readonly string[],
    baseRevisions: Readonly<Record<string, number>>,
  ): RevisionChange[] {
    const removeKeys = new Set(remove.map(tagKey));
    const revisions: RevisionChange[] = [];
    for (const id of articleIds) {
      const article = this.articles.get(id);
      const baseRevision = Object.hasOwn(baseRevisions, id) ? baseRevisions[id] : article.revision;
      const before = article.tags;
      const kept = before.filter((name) => !removeKeys.has(tagKey(name)));
      const keys = new Set(kept.map(tagKey));
      const next = [...kept, ...add.filter((name) => !keys.has(tagKey(name)))];
      if (next.length === before.length && next.every((name, i) => name === before[i])) continue;
      const { revision, rebasedOver } = this.articles.save(id, { tags: next }, { baseRevision, rewrite: TAGS_ONLY });
      revisions.push({ id, from: baseRevision, to: revision, ...(rebasedOver ? { rebasedOver } : {}) });
    }
    return revisions;
  }
}

function receiptOf(revisions: RevisionChange[]): TagWriteReceipt {
  return { changed: revisions.length, revisions };
}
