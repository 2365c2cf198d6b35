/**
 * The articles table and its one narrow save path. Every change to an article goes through
 * `saveArticle` so that later the same path can apply a collaborative (Yjs) update, refresh
 * the derived text and the search index, and write the revision, in one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Article, ArticleFields, ArticlePage, ArticleStatus, ArticleSummary, BodyRewrite, RevisionKind, SaveReceipt, SystemRewrite } from '../common/contract';
import { ArchiveError } from '../common/result';
import { findControlCharacter } from '../common/text-limits';
import type { ArchiveDatabase } from './open';
import { readBody, type BodyReferences, type ReadBody } from './editor/headless';
import { RevisionStore } from './history/revision-store';
import { SystemRewrites } from './history/system-rewrites';
import { revisionText, type RevisionSnapshot } from './history/revision-text';
import { cachedStatement, type CachedStatement } from './statement-cache';

interface ArticleRow {
  seq: number;
  id: string;
  headline: string;
  kicker: string;
  lead: string;
  byline: string;
  desk: string;
  status: ArticleStatus;
  dateline_place: string;
  dateline_date: string | null;
  body_json: string | null;
  body_text: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** Contract field name → column; the only columns a save may write. */
const FIELD_COLUMNS = {
  headline: 'headline',
  kicker: 'kicker',
  lead: 'lead',
  byline: 'byline',
  desk: 'desk',
  status: 'status',
  datelinePlace: 'dateline_place',
  datelineDate: 'dateline_date',
} as const satisfies Record<Exclude<keyof ArticleFields, 'body' | 'tags'>, string>;

/** Hooks run inside the save transaction (the search index keeps itself in step this way). */
export interface ArticleIndexer {
  /**
   * `created`: this is the article's first save, the row inserted in this same transaction,
   * so nothing of it can be indexed yet (an index need not look for an old entry to replace).
   */
  articleSaved(seq: number, article: Article, created: boolean): void;
  articleDeleted(seq: number): void;
}

/** What a relation (tags, links, mentions) sees of a save. */
export interface SaveContext {
  seq: number;
  id: string;
  fields: Partial<ArticleFields>;
  at: string;
  /** What the body points at, when the body changed in this save. */
  references?: BodyReferences;
  /** The article's text as saved, for relations derived from it (mention detection). */
  text: { headline: string; kicker: string; lead: string; body: string };
}

/**
 * State kept beside an article in tables of its own (tags, cross-references, mentions). It is
 * written in the save's transaction, before the revision snapshot, so history covers it.
 */
export interface ArticleRelation {
  applySave?(context: SaveContext): void;
  /** Fills this relation's part of an article being read. */
  decorate?(article: Article): void;
}

export interface SaveOptions {
  /**
   * The revision the change was made on; a save on any other is refused as a conflict. A
   * change worked out inside the archive's own transaction (a tag merge rewriting each article
   * it reads) names the revision it read.
   */
  baseRevision: number;
  /**
   * A change to the article's relations (a cross-reference added by hand) made inside the
   * save, so it is recorded in the same revision.
   */
  alsoApply?: (at: string) => void;
  /** Defaults to now; imports pass the original date of a story. */
  at?: string;
  /**
   * A merge of two archives writes an article's revisions itself (both lines of its history,
   * db/bundle): the save then brings the row, its relations and the index to a revision's
   * state without recording another, under the number the merge gives.
   */
  mergedRevision?: number;
  /**
   * The body already read (its clean JSON, text and references), when the caller built it
   * itself: a bulk import of plain text, which cannot afford a Lexical parse per article.
   */
  preparedBody?: ReadBody;
  /** What the history panel calls this revision; an edit unless said otherwise. */
  kind?: Exclude<RevisionKind, 'delete'>;
  /** For a revert: the revision the article is made equal to. */
  revertedFrom?: number;
  /**
   * Set by a write made beside the editor that changes only this (a tag, a cross-reference, a
   * body rule): a save on an earlier revision is then made over it (see system-rewrites.ts).
   */
  rewrite?: SystemRewrite;
}

function rowToArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    headline: row.headline,
    kicker: row.kicker,
    lead: row.lead,
    byline: row.byline,
    desk: row.desk,
    status: row.status,
    datelinePlace: row.dateline_place,
    datelineDate: row.dateline_date,
    body: row.body_json === null ? null : JSON.parse(row.body_json),
    bodyText: row.body_text,
    // Filled by the relations (ArticleRelation.decorate).
    tags: [],
    links: [],
    backlinks: [],
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class ArticleStore {
  private get byId() {
    return cachedStatement<[string], ArticleRow>(this.db, 'SELECT * FROM articles WHERE id = ? AND deleted_at IS NULL');
  }

  /** A live article's key, without reading its row: the body may be megabytes. */
  private get liveSeq() {
    return cachedStatement<[string], { seq: number }>(this.db, 'SELECT seq FROM articles WHERE id = ? AND deleted_at IS NULL');
  }

  private get page() {
    return cachedStatement<[number, number], ArticleSummary>(this.db, `
      SELECT id, headline, desk, status, dateline_date AS datelineDate,
             updated_at AS updatedAt, created_at AS createdAt
        FROM articles WHERE deleted_at IS NULL
       ORDER BY updated_at DESC, seq DESC LIMIT ? OFFSET ?`);
  }

  private get count() {
    return cachedStatement<[], { n: number }>(this.db, 'SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL');
  }

  private get insert() {
    return cachedStatement<[string, string, string]>(this.db, 'INSERT INTO articles (id, created_at, updated_at) VALUES (?, ?, ?)');
  }
  readonly revisions: RevisionStore;
  private readonly rewrites: SystemRewrites;
  /** One UPDATE per distinct set of changed columns, prepared on first use. */
  private readonly indexers: ArticleIndexer[] = [];
  private readonly relations: ArticleRelation[] = [];

  constructor(private readonly db: ArchiveDatabase) {
    this.revisions = new RevisionStore(db);
    this.rewrites = new SystemRewrites(db);
  }

  addIndexer(indexer: ArticleIndexer): void {
    this.indexers.push(indexer);
  }

  addRelation(relation: ArticleRelation): void {
    this.relations.push(relation);
  }

  /** The stable integer key of a live article (used by the index and by relations). */
  seqOf(id: string): number {
    const row = this.liveSeq.get(id);
    if (!row) throw new ArchiveError('not_found', `No article with id ${id}`);
    return row.seq;
  }

  list(limit = 100, offset = 0): ArticlePage {
    return { items: this.page.all(limit, offset), total: this.count.get()!.n };
  }

  get(id: string): Article {
    const row = this.byId.get(id);
    if (!row) throw new ArchiveError('not_found', `No article with id ${id}`);
    const article = rowToArticle(row);
    for (const relation of this.relations) relation.decorate?.(article);
    return article;
  }

  /** Creates an article (with the given fields, as its first revision) and returns it. */
  create(fields: Partial<ArticleFields> = {}, options: { id?: string; at?: string } = {}): Article {
    return this.db.transaction(() => this.get(this.insertNew(fields, options).id)).immediate();
  }

  /**
   * `create` without reading the article back: a bulk import wants only its receipt, and may
   * hand over a body it has read already (`preparedBody`).
   */
  insertNew(fields: Partial<ArticleFields>, options: { id?: string; at?: string; preparedBody?: ReadBody } = {}): SaveReceipt {
    const id = options.id ?? randomUUID();
    const at = options.at ?? new Date().toISOString();
    return this.db.transaction(() => {
      try {
        this.insert.run(id, at, at);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new ArchiveError('conflict', `An article with id ${id} already exists`);
        }
        throw error;
      }
      return this.saveInTransaction(id, fields, { at, preparedBody: options.preparedBody, baseRevision: 0 }).receipt;
    }).immediate();
  }

  save(id: string, fields: Partial<ArticleFields>, options: SaveOptions): SaveReceipt {
    // IMMEDIATE takes the write lock up front, so two writers queue on busy_timeout instead of
    // one failing when it upgrades a read lock.
    return this.db.transaction(() => this.saveInTransaction(id, fields, options).receipt).immediate();
  }

  private saveInTransaction(id: string, given: Partial<ArticleFields>, options: SaveOptions): { receipt: SaveReceipt; article: Article } {
    let fields = given;
    const current = this.byId.get(id);
    if (!current) throw new ArchiveError('not_found', `No article with id ${id}`);
    const control = findControlCharacter(fields);
    if (control) {
      throw new ArchiveError('invalid_argument', `${control.path.join('.')} holds a control character (${control.character}); only tab and line feed may appear in text`);
    }
    let rebasedOver: BodyRewrite[] = [];
    if (options.baseRevision !== current.revision) {
      // Made on an earlier revision: made over the writes beside the editor since, if only they came between.
      const rebased = this.rewrites.rebase(id, fields, options.baseRevision, current.revision, options.kind === 'revert');
      if (!rebased) {
        throw new ArchiveError(
          'conflict',
          `Article ${id} was saved elsewhere (revision ${current.revision}, this edit started from ${options.baseRevision})`,
        );
      }
      ({ fields, bodyRewrites: rebasedOver } = rebased);
    }
    const columns: Record<string, string | number | null> = {};
    for (const [field, column] of Object.entries(FIELD_COLUMNS)) {
      const value = fields[field as keyof typeof FIELD_COLUMNS];
      if (value !== undefined) columns[column] = value;
    }
    let references: BodyReferences | undefined;
    if (fields.body !== undefined) {
      const body = fields.body === null ? null : (options.preparedBody ?? readBody(fields.body));
      columns.body_json = body?.json ?? null;
      columns.body_text = body?.text ?? '';
      references = body?.references ?? { entityIds: new Set(), articleIds: new Set() };
    }
    const revision = options.mergedRevision ?? current.revision + 1;
    const updatedAt = options.at ?? new Date().toISOString();
    columns.revision = revision;
    columns.updated_at = updatedAt;
    this.updateStatement(Object.keys(columns)).run({ ...columns, id });

    // The text as saved, from what was written (a body of megabytes is not read back for it).
    const written = (column: 'headline' | 'kicker' | 'lead' | 'body_text') => (column in columns ? String(columns[column]) : current[column]);
    const text = { headline: written('headline'), kicker: written('kicker'), lead: written('lead'), body: written('body_text') };
    const context: SaveContext = { seq: current.seq, id, fields, at: updatedAt, references, text };
    for (const relation of this.relations) relation.applySave?.(context);
    options.alsoApply?.(updatedAt);

    // The article as written, without reading the row back: what this save wrote over what was there.
    const article = rowToArticle({ ...current, ...columns } as ArticleRow);
    for (const relation of this.relations) relation.decorate?.(article);
    // A merge writes the article's revisions itself (db/bundle/revision-lineage.ts).
    if (options.mergedRevision === undefined) {
      this.revisions.record(
        {
          articleId: id,
          revision,
          savedAt: updatedAt,
          kind: options.kind ?? 'save',
          revertedFrom: options.revertedFrom,
          snapshot: snapshotOf(article),
          text: revisionText(article, article.bodyText),
          // A new article's first revision: everything in it is added.
          previousText: current.revision === 0 ? null : revisionText(current, current.body_text),
        },
        { created: current.revision === 0 },
      );
      if (options.rewrite) this.rewrites.record(id, revision, options.rewrite);
    }
    for (const indexer of this.indexers) indexer.articleSaved(current.seq, article, current.revision === 0);
    const receipt: SaveReceipt = rebasedOver.length > 0 ? { id, revision, updatedAt, rebasedOver } : { id, revision, updatedAt };
    return { receipt, article };
  }

  /** One statement per set of columns saved, kept like any other (statement-cache.ts). */
  private updateStatement(columns: string[]): CachedStatement {
    // Column names come from FIELD_COLUMNS, never from input; values are bound parameters.
    const assignments = columns.map((column) => `${column} = @${column}`).join(', ');
    return cachedStatement(this.db, `UPDATE articles SET ${assignments} WHERE id = @id`);
  }

  /**
   * Marks an article deleted (a tombstone, so a later merge of two archives sees the delete)
   * and records the deletion as its last revision. Callers deal with references first.
   */
  tombstone(id: string, remember: Record<string, unknown> = {}, at = new Date().toISOString()): void {
    const current = this.get(id);
    const revision = current.revision + 1;
    cachedStatement(this.db, 'UPDATE articles SET deleted_at = ?, revision = ?, updated_at = ? WHERE id = ?').run(at, revision, at, id);
    const text = revisionText(current, current.bodyText);
    this.revisions.record({
      articleId: id,
      revision,
      savedAt: at,
      kind: 'delete',
      snapshot: { ...snapshotOf(current), ...remember, revision, deletedAt: at },
      text,
      previousText: text,
    });
    const seq = (cachedStatement(this.db, 'SELECT seq FROM articles WHERE id = ?').get(id) as { seq: number }).seq;
    for (const indexer of this.indexers) indexer.articleDeleted(seq);
  }

  /**
   * A merge's tombstone: the article is deleted as of `at`, its last revision (written by the
   * merge) already says so. Leaves the index like a delete does.
   */
  tombstoneMerged(id: string, at: string): void {
    const row = cachedStatement(this.db, 'SELECT seq FROM articles WHERE id = ?').get(id) as { seq: number } | undefined;
    if (!row) throw new ArchiveError('not_found', `No article with id ${id}`);
    cachedStatement(this.db, 'UPDATE articles SET deleted_at = ? WHERE id = ?').run(at, id);
    for (const indexer of this.indexers) indexer.articleDeleted(row.seq);
  }

  /**
   * Lifts a tombstone. The caller saves the article straight after, in the same transaction,
   * so the index and the relations catch up and the restore is a revision of its own.
   */
  untombstone(id: string): void {
    const lifted = cachedStatement(this.db, 'UPDATE articles SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (lifted.changes === 0) throw new ArchiveError('not_found', `No deleted article with id ${id}`);
  }

  exists(id: string): boolean {
    return this.liveSeq.get(id) !== undefined;
  }

  revisionCount(id: string): number {
    return this.revisions.count(id);
  }
}

/** Backlinks belong to the other articles' histories; the derived text is not history. */
function snapshotOf(article: Article): RevisionSnapshot {
  const { bodyText: _derived, backlinks: _theirs, ...snapshot } = article;
  return snapshot;
}
