/**
 * Free tags on articles. A tag is matched by its search key, so «تحریم‌ها» typed with Arabic
 * yeh or without the half-space is the same tag; it keeps the spelling it was first given.
 */
import { randomUUID } from 'node:crypto';
import type { Article, TagSummary } from '../common/contract';
import { ArchiveError } from '../common/result';
import type { ArticleRelation, ArticleStore, SaveContext } from './articles';
import { inBatches, type LongOperationOptions } from './jobs/long-operation';
import type { ArchiveDatabase } from './open';
import { normalizeSearchKey } from './search/normalize';

export function tagKey(name: string): string {
  return normalizeSearchKey(name.trim()).joined;
}

/** At most this many articles retagged per transaction in a bulk job; each is a full save (revision, index). */
const TAG_BATCH = 50;

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
    const rows = this.db
      .prepare('SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? ORDER BY t.name_key')
      .all(article.id) as { name: string }[];
    article.tags = rows.map((row) => row.name);
  }

  /** The tag with this name (by key), created if it does not exist yet. */
  ensure(name: string, at = new Date().toISOString()): TagRow {
    const key = tagKey(name);
    if (key === '') throw new ArchiveError('invalid_argument', `“${name}” has no letters or digits to be a tag`);
    const existing = this.db.prepare('SELECT id, name FROM tags WHERE name_key = ?').get(key) as TagRow | undefined;
    if (existing) return existing;
    const row = { id: randomUUID(), name: name.trim() };
    this.db.prepare('INSERT INTO tags (id, name, name_key, created_at) VALUES (?, ?, ?, ?)').run(row.id, row.name, key, at);
    return row;
  }

  private setArticleTags(articleId: string, names: readonly string[], at: string): void {
    const wanted = new Map(names.map((name) => this.ensure(name, at)).map((tag) => [tag.id, tag]));
    const current = this.db.prepare('SELECT tag_id FROM article_tags WHERE article_id = ?').all(articleId) as { tag_id: string }[];
    const remove = this.db.prepare('DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?');
    for (const { tag_id } of current) if (!wanted.has(tag_id)) remove.run(articleId, tag_id);
    const add = this.db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
    for (const tagId of wanted.keys()) add.run(articleId, tagId);
  }

  list(prefix = '', limit = 200, offset = 0): TagSummary[] {
    const key = tagKey(prefix);
    return this.db
      .prepare(
        `SELECT t.id, t.name, ${LIVE_COUNT} AS count FROM tags t
          WHERE substr(t.name_key, 1, length(@key)) = @key
          ORDER BY count DESC, t.name_key LIMIT @limit OFFSET @offset`,
      )
      .all({ key, limit, offset }) as TagSummary[];
  }

  summary(id: string): TagSummary {
    const row = this.db.prepare(`SELECT t.id, t.name, ${LIVE_COUNT} AS count FROM tags t WHERE t.id = ?`).get(id) as TagSummary | undefined;
    if (!row) throw new ArchiveError('not_found', `No tag with id ${id}`);
    return row;
  }

  /** Renaming changes the tag everywhere at once: articles point at the tag, not its name. */
  rename(id: string, name: string): TagSummary {
    const key = tagKey(name);
    if (key === '') throw new ArchiveError('invalid_argument', `“${name}” has no letters or digits to be a tag`);
    return this.db.transaction(() => {
      this.summary(id);
      const clash = this.db.prepare('SELECT id, name FROM tags WHERE name_key = ? AND id <> ?').get(key, id) as TagRow | undefined;
      if (clash) throw new ArchiveError('conflict', `A tag named “${clash.name}” already exists; merge the two tags instead`);
      this.db.prepare('UPDATE tags SET name = ?, name_key = ? WHERE id = ?').run(name.trim(), key, id);
      return this.summary(id);
    }).immediate();
  }

  /**
   * Moves every article from the source tags to the target and deletes the sources. Each
   * article changed is saved through the save path, so its history records the merge.
   */
  merge(sourceIds: readonly string[], targetId: string): TagSummary {
    return this.db.transaction(() => {
      const target = this.summary(targetId);
      const sources = sourceIds.filter((id) => id !== targetId);
      sources.forEach((id) => this.summary(id));
      const placeholders = sources.map(() => '?').join(', ');
      const affected = this.db
        .prepare(`SELECT DISTINCT at.article_id AS id FROM article_tags at JOIN articles a ON a.id = at.article_id
                   WHERE at.tag_id IN (${placeholders}) AND a.deleted_at IS NULL`)
        .all(...sources) as { id: string }[];
      const sourceNames = new Set(sources.map((id) => this.summary(id).name));
      for (const { id } of affected) {
        const names = this.articles.get(id).tags.filter((tag) => !sourceNames.has(tag));
        this.articles.save(id, { tags: [...names, target.name] });
      }
      this.db.prepare(`DELETE FROM tags WHERE id IN (${placeholders})`).run(...sources);
      return this.summary(targetId);
    }).immediate();
  }

  /** Adds and removes tags on many articles at once, in one transaction; each article gets one revision. */
  tagArticles(articleIds: readonly string[], add: readonly string[] = [], remove: readonly string[] = []): number {
    return this.db.transaction(() => this.retagAll([...new Set(articleIds)], add, remove)).immediate();
  }

  /**
   * The same for a large selection, as a long operation (the `tagArticles` job): a transaction
   * per batch, so the archive answers between batches and a cancel keeps the batches done.
   */
  async tagArticlesInBatches(
    articleIds: readonly string[],
    add: readonly string[] = [],
    remove: readonly string[] = [],
    options: LongOperationOptions = {},
  ): Promise<{ changed: number }> {
    const counts = await inBatches([...new Set(articleIds)], TAG_BATCH, options, (batch) =>
      this.db.transaction(() => this.retagAll(batch, add, remove)).immediate(),
    );
    return { changed: counts.reduce((sum, count) => sum + count, 0) };
  }

  /** Returns how many of the articles changed; an article whose tags stay as they were gets no revision. */
  private retagAll(articleIds: readonly string[], add: readonly string[], remove: readonly string[]): number {
    const removeKeys = new Set(remove.map(tagKey));
    let changed = 0;
    for (const id of articleIds) {
      const before = this.articles.get(id).tags;
      const kept = before.filter((name) => !removeKeys.has(tagKey(name)));
      const keys = new Set(kept.map(tagKey));
      const next = [...kept, ...add.filter((name) => !keys.has(tagKey(name)))];
      if (next.length === before.length && next.every((name, i) => name === before[i])) continue;
      this.articles.save(id, { tags: next });
      changed += 1;
    }
    return changed;
  }
}
