/**
 * The SQL behind related coverage, each statement prepared once per archive (statement-cache.ts). Every query is bounded by a
 * LIMIT or by a short list of ids, so no single entity, tag or word can make one slow.
 * Lists are bound as JSON and read with json_each: one statement serves any length.
 *
 * `+entity_id IN …` and `+tag_id IN …` keep SQLite from seeking every (candidate, entity)
 * pair in the by-entity index: one seek per candidate on the primary key, filtering its few
 * rows, costs a third as much on a 100k-article archive.
 */
import { storyDayOrNull } from '../dating/story-day';
import { quoteFts5String } from '../search/query';
import type { ArchiveDatabase } from '../open';
import { cachedPluck, cachedStatement } from '../statement-cache';
import type { ArticleText } from './key-terms';

export interface OpenArticle extends ArticleText {
  seq: number;
  id: string;
  /** The story's day: dateline date, else the day it was written; null for an undated import. */
  day: string | null;
}

export interface CandidateRow {
  seq: number;
  id: string;
  headline: string;
  /** The story's day: dateline date, else the day it was written; null for an undated import. */
  day: string | null;
}

/** An entity or a tag of the open article. */
export interface LabelledKey {
  key: string;
  label: string;
}

export type SubjectKind = 'entity' | 'tag';

/** An undated import has no day: it earns no closeness in time (the import day is not its day). */
const STORY_DAY = storyDayOrNull('articles');

/** The same four questions asked of entities (confirmed mentions) and of tags. */
const SUBJECT_SQL: Record<SubjectKind, { ofArticle: string; countUpTo: string; carriers: string; amongArticles: string }> = {
  entity: {
    ofArticle: `
      SELECT e.id AS key, e.canonical AS label FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.article_id = ? AND m.state = 'confirmed'`,
    countUpTo: "SELECT count(*) AS n FROM (SELECT 1 FROM mentions WHERE entity_id = ? AND state = 'confirmed' LIMIT ?)",
    carriers: `SELECT a.seq FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE m.entity_id = ? AND m.state = 'confirmed'`,
    amongArticles: `
      SELECT article_id AS articleId, entity_id AS key FROM mentions
       WHERE article_id IN (SELECT value FROM json_each(@articles))
         AND +entity_id IN (SELECT value FROM json_each(@keys)) AND state = 'confirmed'`,
  },
  tag: {
    ofArticle: `
      SELECT t.id AS key, t.name AS label FROM article_tags at JOIN tags t ON t.id = at.tag_id
       WHERE at.article_id = ?`,
    countUpTo: 'SELECT count(*) AS n FROM (SELECT 1 FROM article_tags WHERE tag_id = ? LIMIT ?)',
    carriers: 'SELECT a.seq FROM article_tags at JOIN articles a ON a.id = at.article_id WHERE at.tag_id = ?',
    amongArticles: `
      SELECT article_id AS articleId, tag_id AS key FROM article_tags
       WHERE article_id IN (SELECT value FROM json_each(@articles))
         AND +tag_id IN (SELECT value FROM json_each(@keys))`,
  },
};

export class RelatedQueries {
  constructor(private readonly db: ArchiveDatabase) {}

  openArticle(id: string): OpenArticle | undefined {
    return cachedStatement<[string], OpenArticle>(this.db, `
      SELECT seq, id, headline, kicker, lead, body_text AS body, ${STORY_DAY} AS day
        FROM articles WHERE id = ? AND deleted_at IS NULL`).get(id);
  }

  archiveSize(): number {
    // count(*) of live articles reads the whole table (over 100 ms on a 20k archive); the
    // last seq is the number of articles ever written, which only tombstones make larger.
    return cachedPluck<[], number>(this.db, 'SELECT coalesce(max(seq), 0) FROM articles').get() ?? 0;
  }

  /** Live articles among these seqs, with what the panel shows of them. */
  liveArticles(seqs: readonly number[]): CandidateRow[] {
    return cachedStatement<[string], CandidateRow>(this.db, `
      SELECT seq, id, headline, ${STORY_DAY} AS day FROM articles
       WHERE seq IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`).all(JSON.stringify(seqs));
  }

  linkedFrom(id: string): Set<string> {
    return new Set(cachedPluck<[string], string>(this.db, 'SELECT DISTINCT target_id FROM article_links WHERE source_id = ?').all(id));
  }

  /** The open article's confirmed entities, or its tags. */
  subjectsOf(kind: SubjectKind, articleId: string): LabelledKey[] {
    return cachedStatement<[string], LabelledKey>(this.db, SUBJECT_SQL[kind].ofArticle).all(articleId);
  }

  /** How many articles carry it, counting no further than `cap`. */
  countUpTo(kind: SubjectKind, key: string, cap: number): number {
    return cachedStatement<[string, number], { n: number }>(this.db, SUBJECT_SQL[kind].countUpTo).get(key, cap)!.n;
  }

  /** Every article carrying it (deleted ones too: they are dropped with the candidates). */
  carriers(kind: SubjectKind, key: string): number[] {
    return cachedPluck<[string], number>(this.db, SUBJECT_SQL[kind].carriers).all(key);
  }

  /** Which of these articles carry which of these entities (or tags). */
  carriedAmong(kind: SubjectKind, articleIds: readonly string[], keys: readonly string[]): Array<{ articleId: string; key: string }> {
    return cachedStatement<{ articles: string; keys: string }, { articleId: string; key: string }>(this.db, SUBJECT_SQL[kind].amongArticles).all({
      articles: JSON.stringify(articleIds),
      keys: JSON.stringify(keys),
    });
  }

  /** Articles whose text holds the search key, between two seqs, at most `limit`. */
  termCarriersBetween(key: string, from: number, to: number, limit: number): number[] {
    // FTS5 ignores a rowid bound passed as REAL, which is what a JS number becomes: BigInt.
    return cachedPluck<[string, bigint, bigint, number], number>(
      this.db,
      'SELECT rowid FROM article_search WHERE article_search MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?',
    ).all(quoteFts5String(key), BigInt(from), BigInt(to), limit);
  }

  /** Articles whose text holds the search key, oldest first, at most `limit`. */
  termCarriers(key: string, limit: number): number[] {
    return cachedPluck<[string, number], number>(this.db, 'SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT ?').all(quoteFts5String(key), limit);
  }
}
