/**
 * Keeps the FTS5 index in step with the articles: every save re-indexes its article inside
 * the save's own transaction, and an index built by another normaliser version is rebuilt,
 * in batches a caller can drive synchronously (CLI) or as a cancellable job between other calls.
 *
 * A second index, `article_search_recent`, holds the same rows for the newest articles only
 * (those from `recentFloor` on, RECENT_ARTICLES of them and up to a tenth more), so a
 * common word's newest matches can be ranked without bm25 reading the word's every match
 * in the archive (see 008_recent_search.sql and ArticleSearch.matchesByRelevance).
 */
import type { Article, IndexStatus } from '../../common/contract';
import type { ArticleIndexer } from '../articles';
import { BatchSizer, betweenBatches, cancelledError, throttledProgress, type LongOperationOptions } from '../jobs/long-operation';
import { derivedVersion, recordDerivedVersion } from '../derived-versions';
import type { ArchiveDatabase } from '../open';
import { cachedStatement } from '../statement-cache';
import { FACETS_COLUMN, facetText } from './facets';
import { NORMALIZER_VERSION } from './normalize';
import { searchKeyInChunks } from './text-chunks';
import { storyDay } from '../dating/story-day';

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

export const SEARCH_TABLE = 'article_search';
export const RECENT_SEARCH_TABLE = 'article_search_recent';
export type SearchTable = typeof SEARCH_TABLE | typeof RECENT_SEARCH_TABLE;

/**
 * bm25 with the field weights, as a result column. Called as a function it is computed only
 * for the rows that pass the other conditions (a filter, the ranking window); FTS5's `rank`
 * column (002_search.sql sets it to the same weights) is computed for every match first.
 */
export const weightedBm25 = (table: SearchTable) =>
  `bm25(${table}, ${[...INDEXED_FIELDS, ...INDEXED_FIELDS].map((field) => FIELD_WEIGHTS[field]).join(', ')}, 0)`;
export const WEIGHTED_BM25 = weightedBm25(SEARCH_TABLE);

/**
 * How many of the newest articles the recent index holds (with up to a tenth more). Enough that a word in one article
 * in twelve has its ranking window (RANK_WINDOW newest matches) inside it; a rarer word's
 * matches are few enough for the whole index to rank them quickly.
 */
export const RECENT_ARTICLES = 50_000;

/** The seq from which every live article is in the recent index; absent while it is being filled. */
const RECENT_FLOOR_KEY = 'recent_floor';
/** At most this many articles per transaction; fewer when articles are long (see BatchSizer). */
const REBUILD_BATCH = 500;

/** An index row's values in column order: the rowid (the article's seq), the keys, the facets. */
type IndexValues = [bigint, ...string[]];

/** Index keys held back by `deferringCreated` before they are written anyway: about 32 MB of text. */
const HELD_ROWS_CHARS = 16 * 1024 * 1024;

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

const INDEXED_COLUMNS = [...SEARCH_COLUMNS.spaced, ...SEARCH_COLUMNS.joined, FACETS_COLUMN];
/** Each index's row statements, their text made once: every save runs them. */
const ROW_SQL = Object.fromEntries(
  ([SEARCH_TABLE, RECENT_SEARCH_TABLE] as const).map((table) => [
    table,
    {
      insert: `INSERT INTO ${table} (rowid, ${INDEXED_COLUMNS.join(', ')}) VALUES (?, ${INDEXED_COLUMNS.map(() => '?').join(', ')})`,
      // FTS5 ignores a rowid constraint bound as REAL, which is what a JS number becomes: BigInt.
      remove: `DELETE FROM ${table} WHERE rowid = ?`,
    },
  ]),
) as Record<SearchTable, { insert: string; remove: string }>;

export class SearchIndex implements ArticleIndexer {
  /** A rebuild under way; `main` when the main index is rebuilt, not only the recent one filled. */
  private rebuilding: { done: number; total: number; main: boolean } | null = null;
  /**
   * Articles from this seq on are written to the recent index too; null when it is not kept
   * (being filled from scratch counts as kept: saves during the fill go in as well).
   */
  private recentWriteFloor: number | null;
  /** New articles past the recent index's size before its oldest are dropped, a tenth of it at a time. */
  private readonly recentSlack: number;
  /** The rows of created articles held back while `deferringCreated` runs; null otherwise. */
  private held: { rows: IndexValues[]; chars: number } | null = null;

  /** `recentArticles`: the recent index's size; smaller only in tests. */
  constructor(
    private readonly db: ArchiveDatabase,
    private readonly recentArticles: number = RECENT_ARTICLES,
  ) {
    this.recentSlack = Math.ceil(recentArticles / 10);
    this.recentWriteFloor = this.recentFloor();
  }

  articleSaved(seq: number, article: Article, created: boolean): void {
    const day = article.datelineDate ?? article.createdAt.slice(0, 10);
    this.write({ seq, ...article, body_text: article.bodyText, day }, { main: true, created });
  }

  /**
   * Runs `work` (the saves of a bulk import, inside the caller's transaction) with the index
   * rows of the articles it creates written after it, together, instead of one by one
   * between the saves. Each save of an import is a savepoint, and FTS5 writes out what it
   * holds in memory at every savepoint once it is part of the transaction: written last, the
   * rows go into the index as a few large segments, as a plain bulk insert would write them.
   * The keys are made during each save, while its text's tokens are still cached (mention
   * detection read the same text); rows held back are written early past HELD_ROWS_CHARS, so
   * the held keys of long stories stay bounded. Run it inside the caller's transaction: if
   * `work` throws, the rows held back are dropped with the rest of that transaction.
   */
  deferringCreated<T>(work: () => T): T {
    if (this.held !== null) return work();
    this.held = { rows: [], chars: 0 };
    try {
      const result = work();
      this.writeHeld();
      return result;
    } finally {
      this.held = null;
    }
  }

  private writeHeld(): void {
    const held = this.held;
    if (held === null || held.rows.length === 0) return;
    this.held = { rows: [], chars: 0 };
    for (const values of held.rows) this.writeValues(values, { main: true, created: true });
  }

  articleDeleted(seq: number): void {
    this.writeHeld();
    // The index holds live articles only, so search needs no join to leave tombstones out.
    this.removeFrom(SEARCH_TABLE, seq);
    this.removeFrom(RECENT_SEARCH_TABLE, seq);
  }

  /**
   * `created`: the article has never been indexed (its first save), so there is no old row
   * to delete first; FTS5 pays for such a delete as for a real one.
   */
  private write(row: IndexableRow, into: { main: boolean; created?: boolean } = { main: true }): void {
    // A chunk at a time: a body of megabytes never has all its tokens alive at once.
    const keys = [row.headline, row.kicker, row.lead, row.body_text, row.byline].map((text) => searchKeyInChunks(text));
    const values: IndexValues = [BigInt(row.seq), ...keys.map((key) => key.spaced), ...keys.map((key) => key.joined), facetText(row)];
    if (this.held !== null && into.main && into.created) {
      this.held.rows.push(values);
      this.held.chars += keys.reduce((sum, key) => sum + key.spaced.length + key.joined.length, 0);
      if (this.held.chars > HELD_ROWS_CHARS) this.writeHeld();
      return;
    }
    // Any other write goes in after the rows held back, in the order the saves made them.
    this.writeHeld();
    this.writeValues(values, into);
  }

  private writeValues(values: IndexValues, into: { main: boolean; created?: boolean }): void {
    const seq = Number(values[0]);
    if (into.main) {
      if (!into.created) this.removeFrom(SEARCH_TABLE, seq);
      cachedStatement(this.db, ROW_SQL[SEARCH_TABLE].insert).run(...values);
    }
    const floor = this.recentWriteFloor;
    if (floor === null || seq < floor) return;
    if (!into.created) this.removeFrom(RECENT_SEARCH_TABLE, seq);
    cachedStatement(this.db, ROW_SQL[RECENT_SEARCH_TABLE].insert).run(...values);
    if (into.main && seq >= floor + this.recentArticles + this.recentSlack) this.raiseRecentFloor(seq - this.recentArticles + 1);
  }

  private removeFrom(table: SearchTable, seq: number): void {
    cachedStatement<[bigint]>(this.db, ROW_SQL[table].remove).run(BigInt(seq));
  }

  /**
   * Drops from the recent index the articles before `floor`, once new ones have pushed them
   * out: a tenth of the index at a time, so a save pays nothing but one in five thousand,
   * which deletes five thousand rows (FTS5 only marks them deleted).
   */
  private raiseRecentFloor(floor: number): void {
    cachedStatement<[bigint]>(this.db, 'DELETE FROM article_search_recent WHERE rowid < ?').run(BigInt(floor));
    this.recentWriteFloor = floor;
    // Only a complete recent index has its floor recorded; one being filled records it at the end.
    if (this.recentFloor() !== null) this.recordRecentFloor(floor);
  }

  /** The seq from which the recent index holds every live article, or null when it does not yet. */
  recentFloor(): number | null {
    const row = cachedStatement<[string], { value: string }>(this.db, 'SELECT value FROM search_state WHERE key = ?').get(RECENT_FLOOR_KEY);
    return row ? Number(row.value) : null;
  }

  private recordRecentFloor(floor: number | null): void {
    if (floor === null) {
      cachedStatement<[string]>(this.db, 'DELETE FROM search_state WHERE key = ?').run(RECENT_FLOOR_KEY);
      return;
    }
    cachedStatement<[string, string]>(
      this.db,
      'INSERT INTO search_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(RECENT_FLOOR_KEY, String(floor));
  }

  /** Where the recent index starts for an archive whose newest article is `newest`. */
  private recentFloorFor(newest: number): number {
    return Math.max(1, newest - this.recentArticles + 1);
  }

  /**
   * A new archive has nothing to index: record the version now, so its first open does not
   * run (and announce) a rebuild of an empty index.
   */
  stampIfEmpty(): void {
    if (this.builtWithVersion() !== null && this.recentFloor() !== null) return;
    const articles = cachedStatement<[], { n: number }>(this.db, 'SELECT count(*) AS n FROM articles').get()!.n;
    if (articles > 0) return;
    this.recordVersion();
    this.recordRecentFloor(1);
    this.recentWriteFloor = 1;
  }

  private recordVersion(): void {
    recordDerivedVersion(this.db, 'search-index', NORMALIZER_VERSION);
  }

  /** Asked on every search (is the index current?). */
  builtWithVersion(): number | null {
    return derivedVersion(this.db, 'search-index');
  }

  needsRebuild(): boolean {
    return this.builtWithVersion() !== NORMALIZER_VERSION || this.recentFloor() === null;
  }

  /**
   * What search should say of the index. Filling the recent index alone leaves every article
   * findable (until it is full, search ranks in the main index), so that is not announced.
   */
  status(): IndexStatus {
    if (this.rebuilding?.main) return { state: 'rebuilding', done: this.rebuilding.done, total: this.rebuilding.total };
    return { state: this.builtWithVersion() !== NORMALIZER_VERSION ? 'incomplete' : 'ready', done: 0, total: 0 };
  }

  /**
   * Rebuilds the whole index, one transaction per batch, yielding progress after each.
   * Saves between batches index themselves as usual, so nothing is missed; the version is
   * recorded only at the end, so a rebuild cut short (cancelled, or by a crash) starts again
   * on next open, and until then search says the index is incomplete.
   */
  private *steps(sizer?: BatchSizer): Generator<IndexStatus, void, void> {
    // An index of the current version needs only its recent part filled (after an upgrade).
    const main = this.builtWithVersion() !== NORMALIZER_VERSION;
    const newest = cachedStatement<[], { n: number }>(this.db, 'SELECT coalesce(max(seq), 0) AS n FROM articles').get()!.n;
    const floor = this.recentFloorFor(newest);
    const from = main ? 0 : floor - 1;
    const total = cachedStatement<[number], { n: number }>(this.db, 'SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL AND seq > ?').get(from)!.n;
    this.rebuilding = { done: 0, total, main };
    try {
      this.recordRecentFloor(null);
      if (main) cachedStatement(this.db, "INSERT INTO article_search (article_search) VALUES ('delete-all')").run();
      cachedStatement(this.db, "INSERT INTO article_search_recent (article_search_recent) VALUES ('delete-all')").run();
      // Saves from now on write the recent index too, so none is missed behind the rebuild.
      this.recentWriteFloor = floor;
      let after = from;
      for (;;) {
        const began = performance.now();
        const rows = cachedStatement<[number, number], IndexableRow>(this.db, `
          SELECT seq, headline, kicker, lead, body_text, byline, desk, status,
                 ${storyDay()} AS day FROM articles
           WHERE seq > ? AND deleted_at IS NULL ORDER BY seq LIMIT ?`).all(after, sizer?.next() ?? REBUILD_BATCH);
        if (rows.length === 0) break;
        this.db.transaction(() => rows.forEach((row) => this.write(row, { main })))();
        sizer?.done(rows.length, performance.now() - began);
        after = rows[rows.length - 1].seq;
        this.rebuilding.done = Math.min(total, this.rebuilding.done + rows.length);
        yield { state: 'rebuilding', done: this.rebuilding.done, total };
      }
      this.db.transaction(() => {
        this.recordVersion();
        this.recordRecentFloor(this.recentWriteFloor);
      })();
    } finally {
      this.rebuilding = null;
    }
  }

  /** Runs a rebuild to the end at once, in full batches, reporting progress: for the CLI and tests. */
  rebuildNow(onProgress?: (status: IndexStatus) => void): void {
    for (const step of this.steps()) onProgress?.(step);
  }

  /**
   * The rebuild as a long operation (the `rebuildIndex` job): batches sized to keep the
   * archive answering other calls between them; cancelled between batches.
   */
  async rebuild(options: LongOperationOptions = {}): Promise<{ indexed: number }> {
    const report = throttledProgress(options.onProgress);
    const steps = this.steps(new BatchSizer(REBUILD_BATCH));
    let indexed = 0;
    try {
      for (let step = steps.next(); !step.done; step = steps.next()) {
        indexed = step.value.done;
        report({ done: step.value.done, total: step.value.total });
        await betweenBatches(options.signal);
        // Closed under a running rebuild: stop as a cancel does, the version still the old one.
        if (!this.db.open) throw cancelledError();
      }
    } finally {
      report.flush();
      if (this.db.open) steps.return();
    }
    return { indexed };
  }
}
