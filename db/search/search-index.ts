/**
 * Keeps the FTS5 index in step with the articles: every save re-indexes its article inside
 * the save's own transaction, and an index built by another normaliser version is rebuilt,
 * in batches a caller can drive synchronously (CLI) or between events (app, browser shell).
 */
import type { Statement } from 'better-sqlite3';
import type { Article, IndexStatus } from '../../common/contract';
import type { ArticleIndexer } from '../articles';
import type { ArchiveDatabase } from '../open';
import { FACETS_COLUMN, facetText } from './facets';
import { NORMALIZER_VERSION } from './normalize';
import { searchKeyInChunks } from './text-chunks';

export const INDEXED_FIELDS = ['headline', 'kicker', 'lead', 'body', 'byline'] as const;

/**
 * The text columns of `article_search`, in table order: the spaced keys, then the joined.
 * Only the facets column follows them, and no typed word can match a facet token, so a
 * query's words need no column filter.
 */
export const SEARCH_COLUMNS = {
  spaced: INDEXED_FIELDS.map((field) => `${field}_spaced`),
  joined: INDEXED_FIELDS.map((field) => `${field}_joined`),
  wholeTable: true,
};

/** A headline hit counts ten times a body hit; the same weight for both keys of a field. */
export const FIELD_WEIGHTS: Record<(typeof INDEXED_FIELDS)[number], number> = { headline: 10, kicker: 4, lead: 3, body: 1, byline: 2 };

/**
 * bm25 with the field weights, as a result column. Called as a function it is computed only
 * for the rows that pass the other conditions (a filter, the ranking window); FTS5's `rank`
 * column (002_search.sql sets it to the same weights) is computed for every match first.
 */
export const WEIGHTED_BM25 = `bm25(article_search, ${[...INDEXED_FIELDS, ...INDEXED_FIELDS].map((field) => FIELD_WEIGHTS[field]).join(', ')}, 0)`;

const VERSION_KEY = 'normalizer_version';
const REBUILD_BATCH = 500;

interface IndexableRow {
  seq: number;
  headline: string;
  kicker: string;
  lead: string;
  body_text: string;
  byline: string;
  desk: string;
  status: Article['status'];
  /** The story's day, as search filters read it. */
  day: string;
}

export class SearchIndex implements ArticleIndexer {
  private readonly insert: Statement;
  private readonly remove: Statement<[bigint]>;
  private readonly batchAfter: Statement<[number, number], IndexableRow>;
  private rebuilding: { done: number; total: number } | null = null;

  constructor(private readonly db: ArchiveDatabase) {
    const columns = [...SEARCH_COLUMNS.spaced, ...SEARCH_COLUMNS.joined, FACETS_COLUMN];
    this.insert = db.prepare(
      `INSERT INTO article_search (rowid, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`,
    );
    // FTS5 ignores a rowid constraint bound as REAL, which is what a JS number becomes.
    this.remove = db.prepare('DELETE FROM article_search WHERE rowid = ?');
    this.batchAfter = db.prepare(`
      SELECT seq, headline, kicker, lead, body_text, byline, desk, status,
             coalesce(dateline_date, substr(created_at, 1, 10)) AS day FROM articles
       WHERE seq > ? AND deleted_at IS NULL ORDER BY seq LIMIT ?`);
  }

  articleSaved(seq: number, article: Article): void {
    const day = article.datelineDate ?? article.createdAt.slice(0, 10);
    this.write({ seq, ...article, body_text: article.bodyText, day });
  }

  articleDeleted(seq: number): void {
    // The index holds live articles only, so search needs no join to leave tombstones out.
    this.remove.run(BigInt(seq));
  }

  private write(row: IndexableRow): void {
    // A chunk at a time: a body of megabytes never has all its tokens alive at once.
    const keys = [row.headline, row.kicker, row.lead, row.body_text, row.byline].map(searchKeyInChunks);
    this.remove.run(BigInt(row.seq));
    this.insert.run(BigInt(row.seq), ...keys.map((key) => key.spaced), ...keys.map((key) => key.joined), facetText(row));
  }

  /**
   * A new archive has nothing to index: record the version now, so its first open does not
   * run (and announce) a rebuild of an empty index.
   */
  stampIfEmpty(): void {
    if (this.builtWithVersion() !== null) return;
    const articles = (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    if (articles === 0) this.recordVersion();
  }

  private recordVersion(): void {
    this.db
      .prepare('INSERT INTO search_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(VERSION_KEY, String(NORMALIZER_VERSION));
  }

  builtWithVersion(): number | null {
    const row = this.db.prepare('SELECT value FROM search_state WHERE key = ?').get(VERSION_KEY) as { value: string } | undefined;
    return row ? Number(row.value) : null;
  }

  needsRebuild(): boolean {
    return this.builtWithVersion() !== NORMALIZER_VERSION;
  }

  status(): IndexStatus {
    return this.rebuilding ? { state: 'rebuilding', ...this.rebuilding } : { state: 'ready', done: 0, total: 0 };
  }

  /**
   * Rebuilds the whole index, one transaction per batch, yielding progress after each.
   * Saves between batches index themselves as usual, so nothing is missed; the version is
   * recorded only at the end, so a rebuild cut short by a crash starts again on next open.
   */
  *rebuild(): Generator<IndexStatus, void, void> {
    const total = (this.db.prepare('SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL').get() as { n: number }).n;
    this.rebuilding = { done: 0, total };
    try {
      this.db.prepare("INSERT INTO article_search (article_search) VALUES ('delete-all')").run();
      let after = 0;
      for (;;) {
        const rows = this.batchAfter.all(after, REBUILD_BATCH);
        if (rows.length === 0) break;
        this.db.transaction(() => rows.forEach((row) => this.write(row)))();
        after = rows[rows.length - 1].seq;
        this.rebuilding.done = Math.min(total, this.rebuilding.done + rows.length);
        yield this.status();
      }
      this.recordVersion();
    } finally {
      this.rebuilding = null;
    }
  }

  /** Runs a rebuild to the end at once, reporting progress: for the CLI and tests. */
  rebuildNow(onProgress?: (status: IndexStatus) => void): void {
    for (const step of this.rebuild()) onProgress?.(step);
  }

  /** Runs a rebuild a batch at a time between other events, so the API keeps answering. */
  rebuildInBackground(onProgress?: (status: IndexStatus) => void): Promise<void> {
    const steps = this.rebuild();
    return new Promise((resolve, reject) => {
      const next = () => {
        // The archive was closed mid-rebuild (app quitting): the version stays old, so the
        // rebuild starts again on next open.
        if (!this.db.open) {
          this.rebuilding = null;
          return resolve();
        }
        try {
          const step = steps.next();
          if (step.done) return resolve();
          onProgress?.(step.value);
          setImmediate(next);
        } catch (error) {
          reject(error);
        }
      };
      setImmediate(next);
    });
  }
}
