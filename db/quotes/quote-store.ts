/**
 * The quote register: who said what, in which article, on what day and where. Detected quotes
 * follow the text (each reading of an article rewrites them, in the save's transaction); a
 * quote an editor marked or corrected is theirs and stays; one an editor removed stays removed.
 */
import { randomUUID } from 'node:crypto';
import type { EntityKind, QuoteView } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { ArticleReading } from '../entities/detect-mentions';
import type { ArchiveDatabase } from '../open';
import { normalizeSearchKey } from '../search/normalize';
import { detectQuotes, type FoundQuote } from './detect-quotes';
import { storyDayOrNull } from '../dating/story-day';
import { cachedStatement } from '../statement-cache';

interface QuoteRow {
  id: string;
  entity_id: string | null;
  speaker: string;
  sentence_key: string;
  origin: 'detected' | 'manual';
  removed: 0 | 1;
}

interface QuoteViewRow {
  id: string;
  article_id: string;
  headline: string;
  entity_id: string | null;
  kind: EntityKind | null;
  canonical: string | null;
  mention_count: number;
  speaker: string;
  sentence: string;
  day: string | null;
  place: string;
  origin: 'detected' | 'manual';
}

export interface QuoteFilter {
  entityId?: string;
  from?: string;
  to?: string;
  limit?: number;
}

const DEFAULT_LIMIT = 200;

const DAY_OR_NULL = storyDayOrNull('a');

export class QuoteStore {
  private get rowsOf() {
    return cachedStatement<[string], QuoteRow>(this.db, 'SELECT id, entity_id, speaker, sentence_key, origin, removed FROM quotes WHERE article_id = ?');
  }

  private get insert() {
    return cachedStatement<{ id: string; articleId: string; entityId: string | null; speaker: string; sentence: string; key: string; origin: string; at: string }>(this.db, `
      INSERT INTO quotes (id, article_id, entity_id, speaker, sentence, sentence_key, origin, removed, updated_at)
      VALUES (@id, @articleId, @entityId, @speaker, @sentence, @key, @origin, 0, @at)`);
  }

  private get reattribute() {
    return cachedStatement<{ id: string; entityId: string | null; speaker: string; at: string }>(this.db, 'UPDATE quotes SET entity_id = @entityId, speaker = @speaker, updated_at = @at WHERE id = @id');
  }

  private get remove() {
    return cachedStatement<[string]>(this.db, 'DELETE FROM quotes WHERE id = ?');
  }

  private get byId() {
    return cachedStatement<[string], { article_id: string; origin: string; removed: number }>(this.db, 'SELECT article_id, origin, removed FROM quotes WHERE id = ?');
  }

  private get makeManual() {
    return cachedStatement<{ id: string; entityId: string; speaker: string; at: string }>(this.db, "UPDATE quotes SET entity_id = @entityId, speaker = @speaker, origin = 'manual', updated_at = @at WHERE id = @id");
  }

  private get tombstone() {
    return cachedStatement<[string, string]>(this.db, 'UPDATE quotes SET removed = 1, updated_at = ? WHERE id = ?');
  }

  private get views() {
    return cachedStatement<{ articleId: string | null; entityId: string | null; from: string | null; to: string | null; limit: number }, QuoteViewRow>(this.db, `
      SELECT q.id, q.article_id, a.headline, q.entity_id, e.kind, e.canonical,
             (SELECT count(*) FROM mentions c JOIN articles ca ON ca.id = c.article_id
               WHERE c.entity_id = q.entity_id AND c.state = 'confirmed' AND ca.deleted_at IS NULL) AS mention_count,
             q.speaker, q.sentence, ${DAY_OR_NULL} AS day,
             a.dateline_place AS place, q.origin
        FROM quotes q
        JOIN articles a ON a.id = q.article_id AND a.deleted_at IS NULL
        LEFT JOIN entities e ON e.id = q.entity_id
       WHERE q.removed = 0
         AND (@articleId IS NULL OR q.article_id = @articleId)
         AND (@entityId IS NULL OR q.entity_id = @entityId)
         AND (@from IS NULL OR ${DAY_OR_NULL} >= @from)
         AND (@to IS NULL OR ${DAY_OR_NULL} <= @to)
       ORDER BY ${DAY_OR_NULL} IS NULL, ${DAY_OR_NULL} DESC, a.seq DESC, q.rowid
       LIMIT @limit`);
  }

  private get articleText() {
    return cachedStatement<[string], { headline: string; kicker: string; lead: string; body_text: string }>(this.db, 'SELECT headline, kicker, lead, body_text FROM articles WHERE id = ? AND deleted_at IS NULL');
  }

  private get entityOf() {
    return cachedStatement<[string], { kind: EntityKind; canonical: string }>(this.db, 'SELECT kind, canonical FROM entities WHERE id = ?');
  }

  constructor(private readonly db: ArchiveDatabase) {}

  /** Rewrites the article's detected quotes from a reading of its text (a MentionStore listener). */
  applyReading(articleId: string, reading: ArticleReading, at: string): void {
    this.apply(articleId, detectQuotes(reading), at);
  }

  apply(articleId: string, found: readonly FoundQuote[], at: string): void {
    const existing = new Map(this.rowsOf.all(articleId).map((row) => [row.sentence_key, row]));
    const seen = new Set<string>();
    for (const quote of found) {
      seen.add(quote.key);
      const row = existing.get(quote.key);
      if (!row) {
        this.insert.run({ id: randomUUID(), articleId, entityId: quote.entityId, speaker: quote.speaker, sentence: quote.sentence, key: quote.key, origin: 'detected', at });
      } else if (row.origin === 'detected' && row.removed === 0 && (row.entity_id !== quote.entityId || row.speaker !== quote.speaker)) {
        this.reattribute.run({ id: row.id, entityId: quote.entityId, speaker: quote.speaker, at });
      }
    }
    for (const row of existing.values()) {
      if (row.origin === 'detected' && row.removed === 0 && !seen.has(row.sentence_key)) this.remove.run(row.id);
    }
  }

  forArticle(articleId: string): QuoteView[] {
    this.liveArticle(articleId);
    return this.list({ articleId, limit: 500 });
  }

  /** Newest first; undated stories last. */
  list({ entityId, from, to, limit = DEFAULT_LIMIT, articleId }: QuoteFilter & { articleId?: string }): QuoteView[] {
    return this.views
      .all({ articleId: articleId ?? null, entityId: entityId ?? null, from: from ?? null, to: to ?? null, limit })
      .map(toView);
  }

  /**
   * The editor marks a sentence of the article as said by a person. The sentence must be in
   * the article's text (whitespace and spelling variants aside): a quote of something the
   * story does not say would be a fabrication.
   */
  add(articleId: string, sentence: string, entityId: string): QuoteView[] {
    this.db
      .transaction(() => {
        const article = this.liveArticle(articleId);
        const speaker = this.person(entityId);
        const key = normalizeSearchKey(sentence).joined;
        if (key === '') throw new ArchiveError('invalid_argument', 'The quote has no words');
        const text = normalizeSearchKey([article.headline, article.kicker, article.lead, article.body_text].join('\n')).joined;
        if (!` ${text} `.includes(` ${key} `)) throw new ArchiveError('invalid_argument', 'The quote is not a sentence of this article');
        const at = new Date().toISOString();
        const existing = this.rowsOf.all(articleId).find((row) => row.sentence_key === key);
        if (existing) {
          this.makeManual.run({ id: existing.id, entityId, speaker: speaker.canonical, at });
          cachedStatement(this.db, 'UPDATE quotes SET removed = 0 WHERE id = ?').run(existing.id);
        } else {
          this.insert.run({ id: randomUUID(), articleId, entityId, speaker: speaker.canonical, sentence: sentence.trim(), key, origin: 'manual', at });
        }
      })
      .immediate();
    return this.forArticle(articleId);
  }

  /** Another speaker for a quote: it becomes the editor's, and re-detection leaves it alone. */
  update(id: string, entityId: string): QuoteView[] {
    const articleId = this.db
      .transaction(() => {
        const row = this.liveQuote(id);
        const speaker = this.person(entityId);
        this.makeManual.run({ id, entityId, speaker: speaker.canonical, at: new Date().toISOString() });
        return row.article_id;
      })
      .immediate();
    return this.forArticle(articleId);
  }

  /** A detected quote is kept as a tombstone so it is not found again; a manual one goes. */
  removeQuote(id: string): QuoteView[] {
    const articleId = this.db
      .transaction(() => {
        const row = this.liveQuote(id);
        if (row.origin === 'manual') this.remove.run(id);
        else this.tombstone.run(new Date().toISOString(), id);
        return row.article_id;
      })
      .immediate();
    return this.forArticle(articleId);
  }

  private liveQuote(id: string): { article_id: string; origin: string; removed: number } {
    const row = this.byId.get(id);
    if (!row || row.removed === 1) throw new ArchiveError('not_found', `No quote with id ${id}`);
    this.liveArticle(row.article_id);
    return row;
  }

  private liveArticle(id: string): { headline: string; kicker: string; lead: string; body_text: string } {
    const row = this.articleText.get(id);
    if (!row) throw new ArchiveError('not_found', `No article with id ${id}`);
    return row;
  }

  private person(entityId: string): { kind: EntityKind; canonical: string } {
    const entity = this.entityOf.get(entityId);
    if (!entity) throw new ArchiveError('not_found', `No entity with id ${entityId}`);
    if (entity.kind !== 'person') throw new ArchiveError('invalid_argument', `Only a person can be quoted; «${entity.canonical}» is a ${entity.kind}`);
    return entity;
  }
}

function toView(row: QuoteViewRow): QuoteView {
  return {
    id: row.id,
    articleId: row.article_id,
    headline: row.headline,
    person: row.entity_id !== null && row.kind !== null && row.canonical !== null ? { id: row.entity_id, kind: row.kind, canonical: row.canonical, mentionCount: row.mention_count } : null,
    speaker: row.speaker,
    sentence: row.sentence,
    day: row.day,
    place: row.place,
    origin: row.origin,
  };
}
