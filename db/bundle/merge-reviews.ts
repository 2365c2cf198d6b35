/**
 * «نیازمند بازبینی پس از ادغام»: the articles a merge kept from two lines of edits, or kept
 * although one archive had deleted them. The editor works through the list and marks each
 * one reviewed; a merge that meets the article again marks it again.
 */
import type { ArchiveDatabase } from '../open';
import { cachedPluck, cachedStatement } from '../statement-cache';

export type MergeReviewReason = 'edited_on_both_sides' | 'deleted_and_edited';

export interface MergeReviewItem {
  id: string;
  headline: string;
  reason: MergeReviewReason;
  markedAt: string;
}

export class MergeReviews {
  constructor(private readonly db: ArchiveDatabase) {}

  mark(articleId: string, reason: MergeReviewReason, at: string): void {
    cachedStatement(this.db, 'INSERT INTO merge_reviews (article_id, reason, marked_at) VALUES (?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET reason = excluded.reason, marked_at = excluded.marked_at')
      .run(articleId, reason, at);
  }

  list(limit = 100, offset = 0): { items: MergeReviewItem[]; total: number } {
    const items = cachedStatement(this.db, `SELECT a.id, a.headline, r.reason, r.marked_at AS markedAt FROM merge_reviews r JOIN articles a ON a.id = r.article_id AND a.deleted_at IS NULL
                 ORDER BY r.marked_at DESC, a.seq DESC LIMIT ? OFFSET ?`)
      .all(limit, offset) as MergeReviewItem[];
    return { items, total: this.count() };
  }

  count(): number {
    return cachedPluck(this.db, 'SELECT count(*) FROM merge_reviews r JOIN articles a ON a.id = r.article_id AND a.deleted_at IS NULL')
      .get() as number;
  }

  /** The editor has looked at it: off the list. Returns how many are left. */
  resolve(articleId: string): number {
    cachedStatement(this.db, 'DELETE FROM merge_reviews WHERE article_id = ?').run(articleId);
    return this.count();
  }
}
