/**
 * Mentions of entities in articles. Two sources feed them:
 * - inline @mentions in the body: the writer chose the entity, so they are confirmed, and
 *   kept in step with the body on every save;
 * - detection: the entities' aliases found in the text become suggestions for the editor to
 *   confirm or dismiss. Detection never confirms anything, and never revives a dismissed one.
 *
 * Mentions are annotations, not article edits: they are written inside the save's
 * transaction (so they always agree with the saved text) but are not part of the revision
 * snapshot, and detection over the archive writes no article revisions.
 */
import type { ArticleMention, DetectionProgress, Entity, EntityKind, EntitySuggestion, MentionState, NameProposal, SerializedBody } from '../../common/contract';
import { storyDay, storyDayOrNull } from '../dating/story-day';
import { ArchiveError } from '../../common/result';
import type { ArticleRelation, ArticleStore, SaveContext } from '../articles';
import type { ArchiveDatabase } from '../open';
import { AliasMatcher, type AliasTokenCache } from './alias-matcher';
import { readArticle, type ArticleReading, type ArticleText, type Detection, type EntityFacts } from './detect-mentions';
import { loadEntityFacts } from './entity-facts';
import type { EntityRepository } from './entity-repository';
import { inlineMentionTexts } from './inline-mention-texts';
import { NameProposals } from './name-proposals';
import { cachedPluck, cachedStatement } from '../statement-cache';

/** Told of every reading of an article's text inside the transaction that stores it (the quote register). */
export type ReadingListener = (articleId: string, reading: ArticleReading, at: string) => void;

type Origin = ArticleMention['origin'];

interface MentionRow {
  entity_id: string;
  state: MentionState;
  origin: Origin;
  occurrences: number;
}

interface MentionViewRow extends MentionRow {
  kind: EntityKind;
  canonical: string;
  mentionCount: number;
}

interface ArticleTextRow {
  seq: number;
  id: string;
  headline: string;
  kicker: string;
  lead: string;
  body_text: string;
}

const DETECTED_FIELDS = ['headline', 'kicker', 'lead', 'body'] as const;
const DEFAULT_BATCH = 200;

const MENTION_VIEW = `m.entity_id, m.state, m.origin, m.occurrences, e.kind, e.canonical,
  (SELECT count(*) FROM mentions c JOIN articles ca ON ca.id = c.article_id
    WHERE c.entity_id = e.id AND c.state = 'confirmed' AND ca.deleted_at IS NULL) AS mentionCount`;
const STORY_DAY = storyDay('a');

const DAY_OR_NULL = storyDayOrNull('a');

export class MentionStore implements ArticleRelation {
  private built: { version: number; matcher: AliasMatcher; facts: EntityFacts } | null = null;
  readonly proposals: NameProposals;
  private readonly listeners: ReadingListener[] = [];
  /** Kept across rebuilds, so a rebuild only normalises names it has not seen. */
  private readonly tokenCache: AliasTokenCache = new Map();
  /** The archive-wide pass in progress, for its running count of new suggestions. */
  private pass: { cursor: number; suggested: number } | null = null;

  private get rowsOf() {
    return cachedStatement<[string], MentionRow>(this.db, 'SELECT entity_id, state, origin, occurrences FROM mentions WHERE article_id = ?');
  }

  private get viewOf() {
    return cachedStatement<[string], MentionViewRow>(this.db, `
      SELECT ${MENTION_VIEW} FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.article_id = ?
       ORDER BY CASE m.state WHEN 'confirmed' THEN 0 WHEN 'suggested' THEN 1 ELSE 2 END, m.occurrences DESC, e.canonical`);
  }

  private get textOf() {
    return cachedStatement<[string], ArticleTextRow & { body_json: string | null }>(this.db, 'SELECT seq, id, headline, kicker, lead, body_text, body_json FROM articles WHERE id = ? AND deleted_at IS NULL');
  }

  /**
   * An @mention of an entity that no longer exists keeps its words but mentions nothing.
   * The writer's choice outranks a dismissal; a confirmation made by hand keeps its
   * origin, so it outlives the node (anything else now stands or falls with the node).
   */
  private get upsertInline() {
    return cachedStatement<{ articleId: string; entityId: string; at: string }>(this.db, `
      INSERT INTO mentions (article_id, entity_id, state, origin, occurrences, updated_at)
      SELECT @articleId, e.id, 'confirmed', 'inline', 0, @at FROM entities e WHERE e.id = @entityId
      ON CONFLICT (article_id, entity_id) DO UPDATE SET
        state = 'confirmed',
        origin = CASE WHEN state = 'confirmed' AND origin = 'manual' THEN 'manual' ELSE 'inline' END,
        updated_at = excluded.updated_at
      WHERE state <> 'confirmed' OR origin = 'detected'`);
  }

  private get deleteInline() {
    return cachedStatement<[string, string]>(this.db, "DELETE FROM mentions WHERE article_id = ? AND entity_id = ? AND origin = 'inline'");
  }

  private get insertSuggestion() {
    return cachedStatement<{ articleId: string; entityId: string; occurrences: number; at: string }>(this.db, `
      INSERT OR IGNORE INTO mentions (article_id, entity_id, state, origin, occurrences, updated_at)
      SELECT @articleId, e.id, 'suggested', 'detected', @occurrences, @at FROM entities e WHERE e.id = @entityId`);
  }

  private get setOccurrences() {
    return cachedStatement<[number, string, string]>(this.db, 'UPDATE mentions SET occurrences = ? WHERE article_id = ? AND entity_id = ?');
  }

  private get deleteSuggestion() {
    return cachedStatement<[string, string]>(this.db, "DELETE FROM mentions WHERE article_id = ? AND entity_id = ? AND state = 'suggested' AND origin = 'detected'");
  }

  private get upsertState() {
    return cachedStatement<{ articleId: string; entityId: string; state: MentionState; occurrences: number; at: string }>(this.db, `
      INSERT INTO mentions (article_id, entity_id, state, origin, occurrences, updated_at)
      VALUES (@articleId, @entityId, @state, 'manual', @occurrences, @at)
      ON CONFLICT (article_id, entity_id) DO UPDATE SET
        state = excluded.state,
        origin = CASE WHEN excluded.state = 'confirmed' AND origin = 'detected' THEN 'manual' ELSE origin END,
        updated_at = excluded.updated_at`);
  }

  private get batchAfter() {
    return cachedStatement<[number, number], ArticleTextRow>(this.db, `
      SELECT seq, id, headline, kicker, lead, body_text FROM articles
       WHERE seq > ? AND deleted_at IS NULL ORDER BY seq LIMIT ?`);
  }

  private get anyAfter() {
    return cachedPluck<[number], number>(this.db, 'SELECT seq FROM articles WHERE seq > ? AND deleted_at IS NULL LIMIT 1');
  }

  private get liveCount() {
    return cachedPluck<[], number>(this.db, 'SELECT count(*) FROM articles WHERE deleted_at IS NULL');
  }

  private get liveUpTo() {
    return cachedPluck<[number], number>(this.db, 'SELECT count(*) FROM articles WHERE seq <= ? AND deleted_at IS NULL');
  }

  /**
   * No index leads with state, so this reads every mention; it is a review list, opened
   * by hand, and the sort dominates anyway.
   */
  private get suggestedPage() {
    return cachedStatement<[number, number], MentionViewRow & { article_id: string; headline: string }>(this.db, `
      SELECT m.article_id, a.headline, ${MENTION_VIEW}
        FROM mentions m
        JOIN articles a ON a.id = m.article_id AND a.deleted_at IS NULL
        JOIN entities e ON e.id = m.entity_id
       WHERE m.state = 'suggested'
       ORDER BY ${STORY_DAY} DESC, a.seq DESC, m.occurrences DESC, e.canonical
       LIMIT ? OFFSET ?`);
  }

  private get suggestedOf() {
    return cachedStatement<[string, number], Omit<EntitySuggestion, 'matchedText' | 'ambiguous'>>(this.db, `
      SELECT a.id AS articleId, a.headline, ${DAY_OR_NULL} AS day, a.status, m.occurrences
        FROM mentions m JOIN articles a ON a.id = m.article_id AND a.deleted_at IS NULL
       WHERE m.entity_id = ? AND m.state = 'suggested'
       ORDER BY day IS NULL, day DESC, a.seq DESC LIMIT ?`);
  }

  private get suggestedCount() {
    return cachedPluck<[string], number>(this.db, `
        SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id AND a.deleted_at IS NULL
         WHERE m.entity_id = ? AND m.state = 'suggested'`);
  }

  constructor(
    private readonly db: ArchiveDatabase,
    // The save path calls in (applySave); mentions read the article rows themselves.
    _articles: ArticleStore,
    private readonly entities: EntityRepository,
  ) {
    this.proposals = new NameProposals(db);
  }

  /** Articles where the entity awaits review, newest stories first, with the words that matched. */
  suggestionsOf(entityId: string, limit: number): { items: EntitySuggestion[]; total: number } {
    const items = this.suggestedOf.all(entityId, limit).map((row) => {
      const found = this.detected(textOf(this.liveText(row.articleId))).get(entityId);
      return { ...row, matchedText: found?.matchedText ?? null, ambiguous: found?.ambiguous ?? false };
    });
    return { items, total: this.suggestedCount.get(entityId)! };
  }

  /** The alias matcher, rebuilt when an alias changed since it was built. */
  matcher(): AliasMatcher {
    return this.current().matcher;
  }

  private current(): { matcher: AliasMatcher; facts: EntityFacts } {
    const version = this.entities.aliasGeneration;
    if (this.built?.version !== version) {
      this.built = { version, matcher: new AliasMatcher(this.entities.aliasRecords(), this.tokenCache), facts: loadEntityFacts(this.db) };
    }
    return this.built;
  }

  /** What the text names, as detection reads it now. */
  read(text: ArticleText): ArticleReading {
    const { matcher, facts } = this.current();
    return readArticle(matcher, facts, text);
  }

  private detected(text: ArticleText): Map<string, Detection> {
    return this.read(text).mentions;
  }

  onReading(listener: ReadingListener): void {
    this.listeners.push(listener);
  }

  applySave({ id, fields, references, at, text }: SaveContext): void {
    if (references) this.syncInline(id, references.entityIds, at);
    if (DETECTED_FIELDS.some((field) => fields[field] !== undefined)) this.applyReading(id, this.read(text), at);
  }

  /** Stores a reading: suggestions, proposed names, and whatever listens (quotes). Returns the suggestions added. */
  private applyReading(articleId: string, reading: ArticleReading, at: string): number {
    const added = this.applyDetection(articleId, reading.mentions, at);
    this.proposals.apply(articleId, reading.proposals, at);
    for (const listener of this.listeners) listener(articleId, reading, at);
    return added;
  }

  /** Inline @mentions are confirmed mentions; one whose node left the body goes with it. */
  private syncInline(articleId: string, entityIds: ReadonlySet<string>, at: string): void {
    const before = this.rowsOf.all(articleId);
    for (const entityId of entityIds) this.upsertInline.run({ articleId, entityId, at });
    for (const row of before) {
      if (row.origin === 'inline' && !entityIds.has(row.entity_id)) this.deleteInline.run(articleId, row.entity_id);
    }
  }

  /**
   * Writes what detection found: new entities become suggestions; existing rows get their
   * occurrences, whatever their state (a confirmed or dismissed one is never changed
   * otherwise); a suggestion no longer in the text goes. Returns the suggestions added.
   */
  private applyDetection(articleId: string, found: ReadonlyMap<string, Detection>, at: string): number {
    const existing = new Map(this.rowsOf.all(articleId).map((row) => [row.entity_id, row]));
    let added = 0;
    for (const [entityId, { occurrences }] of found) {
      const row = existing.get(entityId);
      if (!row) added += this.insertSuggestion.run({ articleId, entityId, occurrences, at }).changes;
      else if (row.occurrences !== occurrences) this.setOccurrences.run(occurrences, articleId, entityId);
    }
    for (const row of existing.values()) {
      if (found.has(row.entity_id)) continue;
      if (row.state === 'suggested' && row.origin === 'detected') this.deleteSuggestion.run(articleId, row.entity_id);
      else if (row.occurrences !== 0) this.setOccurrences.run(0, articleId, row.entity_id);
    }
    return added;
  }

  /** Confirmed first, then suggestions (most frequent first), then dismissed. */
  forArticle(id: string): ArticleMention[] {
    const article = this.liveText(id);
    const rows = this.viewOf.all(id);
    if (rows.length === 0) return [];
    const found = this.detected(textOf(article));
    const inlineTexts = rows.some((row) => !found.has(row.entity_id))
      ? inlineMentionTexts(article.body_json === null ? null : (JSON.parse(article.body_json) as SerializedBody))
      : new Map<string, string>();
    return rows.map((row) => toMention(row, found.get(row.entity_id), inlineTexts.get(row.entity_id)));
  }

  /** Runs detection on the article as saved; new finds become suggestions. */
  detect(id: string): ArticleMention[] {
    this.db
      .transaction(() => {
        const article = this.liveText(id);
        this.applyReading(id, this.read(textOf(article)), new Date().toISOString());
      })
      .immediate();
    return this.forArticle(id);
  }

  /**
   * The editor's decision on one mention. Confirming a detected one makes it theirs
   * (origin 'manual', so it stays when its words leave the text); a mention the detector
   * never offered is added by hand.
   */
  setState(articleId: string, entityId: string, state: MentionState): ArticleMention[] {
    this.db
      .transaction(() => {
        const article = this.liveText(articleId);
        this.entities.summary(entityId);
        const found = this.detected(textOf(article)).get(entityId);
        this.upsertState.run({ articleId, entityId, state, occurrences: found?.occurrences ?? 0, at: new Date().toISOString() });
      })
      .immediate();
    return this.forArticle(articleId);
  }

  /**
   * One batch of detection over the whole archive, in article order: the articles after
   * `cursor` (null: from the start), in one transaction, without article revisions.
   */
  detectInArchive(cursor: number | null, batch = DEFAULT_BATCH): DetectionProgress {
    const after = cursor ?? 0;
    const at = new Date().toISOString();
    const { last, added } = this.db
      .transaction(() => {
        const rows = this.batchAfter.all(after, batch);
        let suggested = 0;
        for (const row of rows) suggested += this.applyReading(row.id, this.read(textOf(row)), at);
        return { last: rows.length > 0 ? rows[rows.length - 1].seq : null, added: suggested };
      })
      .immediate();

    // A call that continues the last one adds to its count; any other starts a new pass.
    const suggested = (this.pass !== null && cursor !== null && cursor !== 0 && this.pass.cursor === cursor ? this.pass.suggested : 0) + added;
    const total = this.liveCount.get()!;
    const finished = last === null || this.anyAfter.get(last) === undefined;
    this.pass = finished ? null : { cursor: last, suggested };
    return { done: finished ? total : this.liveUpTo.get(last)!, total, cursor: finished ? null : last, suggested };
  }

  /** Suggestions awaiting review across the archive, newest stories first. */
  suggestions(limit = 100, offset = 0): Array<{ articleId: string; headline: string; mention: ArticleMention }> {
    const rows = this.suggestedPage.all(limit, offset);
    const foundIn = new Map<string, Map<string, Detection>>();
    return rows.map((row) => {
      let found = foundIn.get(row.article_id);
      if (!found) {
        found = this.detected(textOf(this.liveText(row.article_id)));
        foundIn.set(row.article_id, found);
      }
      return { articleId: row.article_id, headline: row.headline, mention: toMention(row, found.get(row.entity_id), undefined) };
    });
  }

  /**
   * Confirms the names detection is sure of in these articles (an import's `--confirm-known`):
   * suggestions matched by an alias that is no other word. An ambiguous one, a name proposed
   * by its title, and anything an editor decided stay as they are. Returns how many.
   */
  confirmKnown(articleIds: readonly string[]): number {
    const confirm = cachedStatement<[string, string, string]>(this.db, "UPDATE mentions SET state = 'confirmed', updated_at = ? WHERE article_id = ? AND entity_id = ? AND state = 'suggested' AND origin = 'detected'",
    );
    return this.db
      .transaction(() => {
        const at = new Date().toISOString();
        let confirmed = 0;
        for (const articleId of articleIds) {
          const found = this.detected(textOf(this.liveText(articleId)));
          for (const row of this.rowsOf.all(articleId)) {
            const detection = found.get(row.entity_id);
            if (row.state === 'suggested' && detection && !detection.ambiguous) confirmed += confirm.run(at, articleId, row.entity_id).changes;
          }
        }
        return confirmed;
      })
      .immediate();
  }

  /** The names the article proposes by their titles. */
  proposalsFor(articleId: string): NameProposal[] {
    this.liveText(articleId);
    return this.proposals.forArticle(articleId);
  }

  dismissProposal(articleId: string, name: string): NameProposal[] {
    this.db
      .transaction(() => {
        this.liveText(articleId);
        this.proposals.dismiss(articleId, name, new Date().toISOString());
      })
      .immediate();
    return this.proposals.forArticle(articleId);
  }

  /**
   * Makes a proposed name an entity (a person, described by the role it was found with) and
   * confirms it in the article. The other articles proposing the same name are read again, so
   * they now suggest the new entity instead.
   */
  acceptProposal(articleId: string, name: string, kind: EntityKind = 'person'): Entity {
    return this.db
      .transaction(() => {
        this.liveText(articleId);
        const proposal = this.proposals.find(articleId, name);
        const canonical = proposal?.name ?? name.trim();
        const others = this.proposals.articlesWith(canonical).filter((id) => id !== articleId);
        // Agency copy names a person by the family name after the first mention («بقائی گفت»):
        // that name is theirs too, flagged, so it is offered only beside the full name or a title.
        const words = canonical.split(/\s+/u);
        const family = kind === 'person' && words.length > 1 ? [{ name: words[words.length - 1], ambiguous: true }] : [];
        const entity = this.entities.create({ kind, canonical, aliases: family, description: proposal?.role ?? '' });
        this.proposals.drop(articleId, canonical);
        this.detect(articleId);
        this.setState(articleId, entity.id, 'confirmed');
        for (const other of others) this.detect(other);
        return this.entities.get(entity.id);
      })
      .immediate();
  }

  suggestedNames(limit = 100, offset = 0): ReturnType<NameProposals['suggestions']> {
    return this.proposals.suggestions(limit, offset);
  }

  private liveText(id: string): ArticleTextRow & { body_json: string | null } {
    const row = this.textOf.get(id);
    if (!row) throw new ArchiveError('not_found', `No article with id ${id}`);
    return row;
  }
}

function textOf(row: ArticleTextRow): ArticleText {
  return { headline: row.headline, kicker: row.kicker, lead: row.lead, body: row.body_text };
}

function toMention(row: MentionViewRow, found: Detection | undefined, inlineText: string | undefined): ArticleMention {
  return {
    entity: { id: row.entity_id, kind: row.kind, canonical: row.canonical, mentionCount: row.mentionCount },
    state: row.state,
    origin: row.origin,
    occurrences: row.occurrences,
    matchedText: found?.matchedText ?? inlineText ?? null,
    ambiguous: found?.ambiguous ?? false,
    evidence: found ? { alias: found.evidence.alias, support: found.evidence.support, role: found.evidence.role } : null,
  };
}
