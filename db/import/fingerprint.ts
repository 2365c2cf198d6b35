/**
 * What makes two stories the same for an import: their headline and body after the search
 * normaliser's character folding (Arabic or Persian yeh and kaf, digits, marks, tatweel), with
 * every run of spaces, half-spaces and line breaks read as one space. A story typed again with
 * other letters is a duplicate; one with a word changed is not.
 *
 * The archive keeps each live article's fingerprint in `article_fingerprints`, in step with
 * every save (this is an ArticleIndexer, run inside the save's transaction), so an import
 * finds a duplicate with one indexed lookup.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../../common/contract';
import type { ArticleIndexer } from '../articles';
import type { ArchiveDatabase } from '../open';
import { foldCharacters } from '../search/normalize';
import { betweenBatches, type LongOperationOptions } from '../jobs/long-operation';
import { cachedPluck, cachedStatement } from '../statement-cache';

/** Spaces of every kind, half-spaces and joiners, and line breaks: all one space. */
const SPACING = /[\s\u200b-\u200f\u2060\ufeff]+/gu;

function foldedForComparison(text: string): string {
  return foldCharacters(text).replace(SPACING, ' ').trim();
}

/** The last one made: an import makes it to look for a duplicate, then the save's indexer asks again. */
let last: { headline: string; bodyText: string; fingerprint: string } | null = null;

export function articleFingerprint(headline: string, bodyText: string): string {
  if (last && last.headline === headline && last.bodyText === bodyText) return last.fingerprint;
  const fingerprint = createHash('sha256')
    .update(foldedForComparison(headline))
    .update('\n')
    .update(foldedForComparison(bodyText))
    .digest('base64url')
    .slice(0, 32);
  last = { headline, bodyText, fingerprint };
  return fingerprint;
}

const BACKFILL_BATCH = 500;

export class FingerprintIndex implements ArticleIndexer {
  private get upsert() {
    return cachedStatement<[string, string]>(this.db, 'INSERT INTO article_fingerprints (article_id, fingerprint) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET fingerprint = excluded.fingerprint');
  }

  private get removeBySeq() {
    return cachedStatement<[number]>(this.db, 'DELETE FROM article_fingerprints WHERE article_id = (SELECT id FROM articles WHERE seq = ?)');
  }

  private get findLive() {
    return cachedStatement<[string], { id: string; headline: string }>(this.db, `
      SELECT a.id, a.headline FROM article_fingerprints f JOIN articles a ON a.id = f.article_id AND a.deleted_at IS NULL
       WHERE f.fingerprint = ? ORDER BY a.seq LIMIT 1`);
  }

  private get ofArticle() {
    return cachedPluck<[string], string>(this.db, 'SELECT fingerprint FROM article_fingerprints WHERE article_id = ?');
  }

  private get missing() {
    return cachedStatement<[number, number], { seq: number; id: string; headline: string; body_text: string }>(this.db, `
      SELECT a.seq, a.id, a.headline, a.body_text FROM articles a
       WHERE a.seq > ? AND a.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM article_fingerprints f WHERE f.article_id = a.id)
       ORDER BY a.seq LIMIT ?`);
  }

  private get missingCount() {
    return cachedPluck<[], number>(this.db, `SELECT count(*) FROM articles a
          WHERE a.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM article_fingerprints f WHERE f.article_id = a.id)`);
  }

  constructor(private readonly db: ArchiveDatabase) {}

  articleSaved(_seq: number, article: Article, _created: boolean): void {
    this.upsert.run(article.id, articleFingerprint(article.headline, article.bodyText));
  }

  articleDeleted(seq: number): void {
    // Only live articles are matched: a story deleted here may be imported again.
    this.removeBySeq.run(seq);
  }

  /** Records a fingerprint already made (the bulk import path computes it once). */
  record(articleId: string, fingerprint: string): void {
    this.upsert.run(articleId, fingerprint);
  }

  /** The live article with this fingerprint, if any. */
  find(fingerprint: string): { id: string; headline: string } | undefined {
    return this.findLive.get(fingerprint);
  }

  of(articleId: string): string | undefined {
    return this.ofArticle.get(articleId);
  }

  /**
   * Fingerprints the articles saved before this table existed (an archive from an older
   * Dabir), a batch per transaction; an import runs this first. Nothing to do costs one count.
   */
  async backfill({ onProgress, signal }: LongOperationOptions = {}): Promise<void> {
    const total = this.missingCount.get()!;
    if (total === 0) return;
    let done = 0;
    let after = 0;
    for (;;) {
      const rows = this.missing.all(after, BACKFILL_BATCH);
      if (rows.length === 0) break;
      this.db.transaction(() => rows.forEach((row) => this.upsert.run(row.id, articleFingerprint(row.headline, row.body_text))))();
      after = rows[rows.length - 1].seq;
      done += rows.length;
      onProgress?.({ done, total, phase: 'preparing' });
      await betweenBatches(signal);
    }
  }
}
