/**
 * Revisions made beside an article's editor, and what each changed (SystemRewrite): the tags,
 * the cross-references, or the body by a rule. A save named on an earlier revision is made
 * over them, as if it had come first and they after, instead of being refused: an editor with
 * the article open never meets a conflict because a name it mentions was merged away or a tag
 * was added from the list. Any other revision in between (another window's edit, a revert)
 * still makes it a conflict.
 */
import type { ArticleFields, BodyRewrite, SystemRewrite } from '../../common/contract';
import { applyBodyRewrite } from '../editor/rewrite-references';
import type { ArchiveDatabase } from '../open';
import { cachedStatement } from '../statement-cache';

export interface RebasedFields {
  fields: Partial<ArticleFields>;
  /** The body rules passed over, oldest first: the caller's editor applies them too. */
  bodyRewrites: BodyRewrite[];
}

export class SystemRewrites {
  private get insert() {
    return cachedStatement<[string, number, string]>(this.db, 'INSERT INTO revision_rewrites (article_id, revision, rewrite) VALUES (?, ?, ?)');
  }

  private get between() {
    return cachedStatement<[string, number, number], { rewrite: string }>(this.db, 'SELECT rewrite FROM revision_rewrites WHERE article_id = ? AND revision > ? AND revision <= ? ORDER BY revision');
  }

  constructor(private readonly db: ArchiveDatabase) {}

  record(articleId: string, revision: number, rewrite: SystemRewrite): void {
    this.insert.run(articleId, revision, JSON.stringify(rewrite));
  }

  /**
   * `fields`, written on `base`, made over every revision after it up to `current`; null when
   * one of those was not a system rewrite, or changed the tags this write changes too, or the
   * cross-references a write that puts back a revision's whole set (a revert) would replace.
   */
  rebase(articleId: string, fields: Partial<ArticleFields>, base: number, current: number, replacesLinks = false): RebasedFields | null {
    if (!Number.isInteger(base) || base < 1 || base >= current) return null;
    const rows = this.between.all(articleId, base, current);
    if (rows.length !== current - base) return null;
    const rewrites = rows.map((row) => JSON.parse(row.rewrite) as SystemRewrite);
    if (fields.tags !== undefined && rewrites.some((rewrite) => rewrite.kind === 'tags')) return null;
    if (replacesLinks && rewrites.some((rewrite) => rewrite.kind === 'links')) return null;
    const bodyRewrites = rewrites.filter((rewrite): rewrite is BodyRewrite => rewrite.kind !== 'tags' && rewrite.kind !== 'links');
    if (!fields.body || bodyRewrites.length === 0) return { fields, bodyRewrites };
    let body = fields.body;
    for (const rewrite of bodyRewrites) body = applyBodyRewrite(body, rewrite) ?? body;
    return { fields: { ...fields, body }, bodyRewrites };
  }
}
