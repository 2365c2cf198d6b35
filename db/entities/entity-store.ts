/**
 * Entities (people, organisations, countries, places, events) and their aliases. An entity
 * is matched by the search keys of its names, so «ظريف» and «ظریف» are one alias; its
 * canonical name is always one of them. Every change writes a snapshot to entity_revisions,
 * and a change that reaches into articles (a merge, a delete) rewrites their bodies through
 * the article save path, so each article's own history records it too.
 */
import type { Statement } from 'better-sqlite3';
import type { ArchiveServices, DeleteReport, Entity, EntityKind, EntityPage, EntitySummary, SerializedBody } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { ArticleStore } from '../articles';
import { retargetEntityMentions, unlinkReferences } from '../editor/rewrite-references';
import type { ArchiveDatabase } from '../open';
import { aliasKey } from './alias-key';
import type { AliasRecord } from './alias-matcher';
import { storyDayOrNull } from '../dating/story-day';
import { gazetteerEntityId, newEntityId } from './entity-id';
import { EntityRoles, sameRoleSet, toRoleFields, type RoleFields } from './entity-roles';
import {
  aliasesForView,
  checkDays,
  collapseAliases,
  keyedAliasSet,
  rowToEntity,
  sameAliasSet,
  snapshotOf,
  type AliasInput,
  type AliasRow,
  type EntityRow,
  type KeyedAlias,
} from './entity-rows';

type ListRequest = Parameters<ArchiveServices['listEntities']>[0];
type CreateRequest = Parameters<ArchiveServices['createEntity']>[0];
type UpdateRequest = Parameters<ArchiveServices['updateEntity']>[0];

export type EntityAction = 'create' | 'update' | 'merge-into' | 'merged-from' | 'delete' | 'restore';

/** A decided mention, kept in the delete's revision so an undo can put it back. */
interface KeptMention {
  articleId: string;
  state: 'confirmed' | 'dismissed';
  origin: 'detected' | 'inline' | 'manual';
}

/** A starter-gazetteer entry as the loader hands it over; its names already keyed. */
export interface StarterEntityInput {
  gazetteerKey: string;
  kind: EntityKind;
  /** The canonical name first, then the aliases. */
  names: AliasInput[];
  /** `aliasKey` of each of `names`, in order. */
  keys: string[];
  description: string;
  /** People: their posts, `of` already an entity id (or null). */
  roles?: RoleFields[];
}

/** The page shows this many articles of an entity's timeline (Iran's would be the archive). */
export const TIMELINE_LIMIT = 500;
const CO_MENTIONED_LIMIT = 15;
const DEFAULT_LIST_LIMIT = 100;

const CONFIRMED_COUNT = `(SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
                          WHERE m.entity_id = e.id AND m.state = 'confirmed' AND a.deleted_at IS NULL)`;
const SUMMARY_COLUMNS = `e.id, e.kind, e.canonical, ${CONFIRMED_COUNT} AS mentionCount`;
/** Prefix match on alias keys as an index range: [key, key + the highest code point). */
const KEY_RANGE = 'alias_key >= @key AND alias_key < @keyEnd';
/**
 * A name whose key starts with the typed key, or has a word that does: «عراقچی» finds «عباس
 * عراقچی». The word test reads every alias (thousands, not millions); the prefix is ranked first.
 */
const KEY_MATCH = `((${KEY_RANGE}) OR instr(alias_key, ' ' || @key) > 0)`;
const STORY_DAY = storyDayOrNull('a');

/** Where an entity is referred to in a live article, for merge and delete. */
interface ReferenceRow {
  articleId: string;
  headline: string;
  /** The body holds an inline @mention node of the entity. */
  inline: 0 | 1;
  /** A suggested or confirmed mention row (a dismissed one refers to nothing). */
  mentioned: 0 | 1;
}

export class EntityStore {
  /**
   * Bumped whenever any alias may have changed (including a rolled-back write, which is then
   * merely a needless rebuild): the mention matcher rebuilds when it differs from the last.
   */
  private aliasRevision = 0;
  readonly roles: EntityRoles;

  private readonly byId: Statement<[string], EntityRow>;
  private readonly aliasesOf: Statement<[string], AliasRow>;
  private readonly summaryOf: Statement<[string], EntitySummary>;
  private readonly allAliases: Statement<[], Omit<AliasRecord, 'ambiguous'> & { ambiguous: number }>;
  private readonly listAll: Statement<{ kind: string | null; limit: number; offset: number }, EntitySummary>;
  private readonly countAll: Statement<{ kind: string | null }, { n: number }>;
  private readonly listByKey: Statement<{ kind: string | null; key: string; keyEnd: string; limit: number; offset: number }, EntitySummary>;
  private readonly countByKey: Statement<{ kind: string | null; key: string; keyEnd: string }, { n: number }>;
  private readonly suggestByKey: Statement<{ key: string; keyEnd: string; limit: number }, EntitySummary>;
  private readonly timelineOf: Statement<[string, number]>;
  private readonly coMentionedWith: Statement<[string, number], { id: string; articles: number }>;
  private readonly insertEntity: Statement;
  private readonly insertAlias: Statement<[string, string, string, number]>;
  private readonly insertAliasIfNew: Statement<[string, string, string, number]>;
  private readonly deleteAliases: Statement<[string]>;
  private readonly updateEntity: Statement;
  private readonly bumpRevision: Statement<[string, string]>;
  private readonly insertRevision: Statement<[string, number, string, string, string]>;
  private readonly referencesTo: Statement<{ id: string; node: string }, ReferenceRow>;
  private readonly moveMentions: Statement<{ source: string; target: string; at: string }>;
  private readonly deleteMentions: Statement<[string]>;
  private readonly moveAliases: Statement<{ source: string; target: string }>;
  private readonly clearGazetteerKey: Statement<[string]>;
  private readonly setGazetteerKey: Statement<[string, string]>;
  private readonly deleteEntity: Statement<[string]>;
  private readonly lastRevisions: Statement<[string], { id: string; revision: number }>;
  private readonly withGazetteerKey: Statement<[], { id: string; gazetteer_key: string }>;

  constructor(
    private readonly db: ArchiveDatabase,
    private readonly articles: ArticleStore,
  ) {
    this.roles = new EntityRoles(db);
    this.byId = db.prepare('SELECT * FROM entities WHERE id = ?');
    this.aliasesOf = db.prepare('SELECT alias, alias_key, ambiguous FROM entity_aliases WHERE entity_id = ?');
    this.summaryOf = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM entities e WHERE e.id = ?`);
    this.allAliases = db.prepare('SELECT entity_id AS entityId, alias, alias_key AS aliasKey, ambiguous FROM entity_aliases');
    const kindIs = '(@kind IS NULL OR e.kind = @kind)';
    const matchesKey = `e.id IN (SELECT entity_id FROM entity_aliases WHERE ${KEY_MATCH})`;
    const listOrder = 'ORDER BY mentionCount DESC, e.canonical, e.seq LIMIT @limit OFFSET @offset';
    this.listAll = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM entities e WHERE ${kindIs} ${listOrder}`);
    this.countAll = db.prepare(`SELECT count(*) AS n FROM entities e WHERE ${kindIs}`);
    this.listByKey = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM entities e WHERE ${kindIs} AND ${matchesKey} ${listOrder}`);
    this.countByKey = db.prepare(`SELECT count(*) AS n FROM entities e WHERE ${kindIs} AND ${matchesKey}`);
    // The alias pass is the only one over many rows; counts are then taken for the matching
    // entities alone. A name that is the text comes first, then names that start with it,
    // then names with a word that does.
    this.suggestByKey = db.prepare(`
      SELECT ${SUMMARY_COLUMNS} FROM (
        SELECT entity_id, max(alias_key = @key) AS exact, max(${KEY_RANGE}) AS starts
          FROM entity_aliases WHERE ${KEY_MATCH} GROUP BY entity_id
      ) k JOIN entities e ON e.id = k.entity_id
      ORDER BY k.exact DESC, k.starts DESC, mentionCount DESC, length(e.canonical), e.canonical LIMIT @limit`);
    this.timelineOf = db.prepare(`
      SELECT a.id AS articleId, a.headline, ${STORY_DAY} AS day, a.status
        FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.entity_id = ? AND m.state = 'confirmed' AND a.deleted_at IS NULL
       ORDER BY day IS NULL, day DESC, a.seq DESC LIMIT ?`);
    this.coMentionedWith = db.prepare(`
      SELECT o.entity_id AS id, count(*) AS articles
        FROM mentions m
        JOIN articles a ON a.id = m.article_id AND a.deleted_at IS NULL
        JOIN mentions o ON o.article_id = m.article_id AND o.entity_id <> m.entity_id AND o.state = 'confirmed'
       WHERE m.entity_id = ? AND m.state = 'confirmed'
       GROUP BY o.entity_id ORDER BY articles DESC, o.entity_id LIMIT ?`);
    this.insertEntity = db.prepare(`
      INSERT INTO entities (id, kind, canonical, description, starts_on, ends_on, gazetteer_key, revision, created_at, updated_at)
      VALUES (@id, @kind, @canonical, @description, @startsOn, @endsOn, @gazetteerKey, @revision, @at, @at)`);
    this.insertAlias = db.prepare('INSERT INTO entity_aliases (entity_id, alias, alias_key, ambiguous) VALUES (?, ?, ?, ?)');
    this.insertAliasIfNew = db.prepare(
      'INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, ambiguous) VALUES (?, ?, ?, ?)',
    );
    this.deleteAliases = db.prepare('DELETE FROM entity_aliases WHERE entity_id = ?');
    this.updateEntity = db.prepare(`
      UPDATE entities SET kind = @kind, canonical = @canonical, description = @description, starts_on = @startsOn,
             ends_on = @endsOn, revision = revision + 1, updated_at = @at
       WHERE id = @id`);
    this.bumpRevision = db.prepare('UPDATE entities SET revision = revision + 1, updated_at = ? WHERE id = ?');
    this.insertRevision = db.prepare(
      'INSERT INTO entity_revisions (entity_id, revision, saved_at, action, snapshot) VALUES (?, ?, ?, ?, ?)',
    );
    // Inline nodes are found in the stored JSON itself (a body is re-serialised by Lexical on
    // save, so the property is always written `"entityId":"…"`): a mention row may be missing
    // for a body written before mentions existed, and no inline node may be left dangling.
    this.referencesTo = db.prepare(`
      SELECT a.id AS articleId, a.headline,
             coalesce(instr(a.body_json, @node), 0) > 0 AS inline,
             EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = @id AND m.state <> 'dismissed') AS mentioned
        FROM articles a
       WHERE a.deleted_at IS NULL
         AND (a.id IN (SELECT article_id FROM mentions WHERE entity_id = @id) OR instr(a.body_json, @node) > 0)
       ORDER BY a.seq`);
    // The stronger state wins where the article already mentions the target:
    // confirmed > suggested > dismissed. Occurrences add up: the two were found by different names.
    const strength = (state: string) => `(CASE ${state} WHEN 'confirmed' THEN 2 WHEN 'suggested' THEN 1 ELSE 0 END)`;
    this.moveMentions = db.prepare(`
      INSERT INTO mentions (article_id, entity_id, state, origin, occurrences, updated_at)
      SELECT article_id, @target, state, origin, occurrences, @at FROM mentions WHERE entity_id = @source
      ON CONFLICT (article_id, entity_id) DO UPDATE SET
        state = CASE WHEN ${strength('excluded.state')} > ${strength('state')} THEN excluded.state ELSE state END,
        origin = CASE WHEN ${strength('excluded.state')} > ${strength('state')} THEN excluded.origin ELSE origin END,
        occurrences = occurrences + excluded.occurrences,
        updated_at = excluded.updated_at`);
    this.deleteMentions = db.prepare('DELETE FROM mentions WHERE entity_id = ?');
    // Where both have a name with the same key, the target keeps its spelling and flag.
    this.moveAliases = db.prepare(`
      INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, ambiguous)
      SELECT @target, alias, alias_key, ambiguous FROM entity_aliases WHERE entity_id = @source`);
    this.clearGazetteerKey = db.prepare('UPDATE entities SET gazetteer_key = NULL WHERE id = ?');
    this.setGazetteerKey = db.prepare('UPDATE entities SET gazetteer_key = ? WHERE id = ?');
    this.deleteEntity = db.prepare('DELETE FROM entities WHERE id = ?');
    this.lastRevisions = db.prepare(`
      SELECT entity_id AS id, max(revision) AS revision FROM entity_revisions
       WHERE entity_id IN (SELECT value FROM json_each(?)) GROUP BY entity_id`);
    this.withGazetteerKey = db.prepare('SELECT id, gazetteer_key FROM entities WHERE gazetteer_key IS NOT NULL');
  }

  /** Changes whenever an alias may have changed; see MentionStore's matcher. */
  get aliasVersion(): number {
    return this.aliasRevision;
  }

  /** Every alias of every entity, for building the matcher. */
  aliasRecords(): AliasRecord[] {
    return this.allAliases.all().map((row) => ({ ...row, ambiguous: row.ambiguous === 1 }));
  }

  get(id: string): Entity {
    const row = this.byId.get(id);
    if (!row) throw new ArchiveError('not_found', `No entity with id ${id}`);
    return rowToEntity(row, aliasesForView(row.canonical, this.aliasesOf.all(id)), this.summary(id).mentionCount, this.roles.of(id));
  }

  summary(id: string): EntitySummary {
    const summary = this.summaryOf.get(id);
    if (!summary) throw new ArchiveError('not_found', `No entity with id ${id}`);
    return summary;
  }

  exists(id: string): boolean {
    return this.byId.get(id) !== undefined;
  }

  /** Starter-gazetteer key → id of the entity holding it, for the entities the user kept. */
  gazetteerIds(): Map<string, string> {
    return new Map(this.withGazetteerKey.all().map((row) => [row.gazetteer_key, row.id]));
  }

  /** Entities whose canonical name or an alias starts with `query` (through the normaliser). */
  list({ kind, query, limit = DEFAULT_LIST_LIMIT, offset = 0 }: ListRequest): { items: EntitySummary[]; total: number } {
    const key = aliasKey(query ?? '');
    const filter = { kind: kind ?? null };
    if (key === '') return { items: this.listAll.all({ ...filter, limit, offset }), total: this.countAll.get(filter)!.n };
    const range = { ...filter, ...keyRange(key) };
    return { items: this.listByKey.all({ ...range, limit, offset }), total: this.countByKey.get(range)!.n };
  }

  /** Typeahead for `@`: a name that IS the text first, then names starting with it, then names with a word that does; the most confirmed first within each. */
  suggest(text: string, limit = 10): EntitySummary[] {
    return this.suggestByKey.all({ ...keyRange(aliasKey(text)), limit });
  }

  /** The page without what other stores add (suggestions, quotes): see entity-page.ts. */
  page(id: string): Pick<EntityPage, 'entity' | 'timeline' | 'coMentioned'> {
    const entity = this.get(id);
    const timeline = this.timelineOf.all(id, TIMELINE_LIMIT) as EntityPage['timeline'];
    const coMentioned = this.coMentionedWith
      .all(id, CO_MENTIONED_LIMIT)
      .map(({ id: other, articles }) => ({ entity: this.summary(other), articles }));
    return { entity, timeline, coMentioned };
  }

  create(request: CreateRequest): Entity {
    const aliases = keyedAliasSet(request.canonical, request.aliases ?? []);
    const startsOn = request.startsOn ?? null;
    const endsOn = request.endsOn ?? null;
    checkDays(startsOn, endsOn);
    return this.write(() => {
      const id = newEntityId();
      const at = new Date().toISOString();
      this.insertEntity.run({
        id,
        kind: request.kind,
        canonical: request.canonical.trim(),
        description: request.description ?? '',
        startsOn,
        endsOn,
        gazetteerKey: null,
        revision: 1,
        at,
      });
      this.writeAliases(id, aliases);
      this.roles.replace(id, (request.roles ?? []).map(toRoleFields));
      const entity = this.get(id);
      this.record(entity, 'create', at);
      return entity;
    });
  }

  /**
   * Adds starter-gazetteer entries (ids derived from their keys), in the caller's transaction,
   * with a 'create' revision each. Returns the ids written.
   */
  createStarterEntities(entries: readonly StarterEntityInput[], at: string): string[] {
    this.aliasRevision += 1;
    const ids = entries.map((entry) => gazetteerEntityId(entry.gazetteerKey));
    // A starter entity deleted once and loaded again (its state row lost) has the same id:
    // its history continues rather than clashing with the old revisions.
    const history = new Map(this.lastRevisions.all(JSON.stringify(ids)).map((row) => [row.id, row.revision]));
    return entries.map((entry, i) => {
      const id = ids[i];
      const revision = (history.get(id) ?? 0) + 1;
      const canonical = entry.names[0].name.trim();
      const aliases = collapseAliases(entry.names, entry.keys, false);
      this.insertEntity.run({
        id,
        kind: entry.kind,
        canonical,
        description: entry.description,
        startsOn: null,
        endsOn: null,
        gazetteerKey: entry.gazetteerKey,
        revision,
        at,
      });
      this.writeAliases(id, aliases);
      if (entry.roles) this.roles.add(id, entry.roles);
      // Built from what was written rather than read back: this runs for ~900 entries on
      // every new archive.
      const entity = rowToEntity(
        {
          seq: 0,
          id,
          kind: entry.kind,
          canonical,
          description: entry.description,
          starts_on: null,
          ends_on: null,
          gazetteer_key: entry.gazetteerKey,
          revision,
          created_at: at,
          updated_at: at,
        },
        aliases.map(({ name, ambiguous }) => ({ name, ambiguous })),
        0,
        (entry.roles ?? []).map((role) => ({ ...role, ofName: null })),
      );
      this.insertRevision.run(id, revision, at, 'create', snapshotOf(entity));
      return id;
    });
  }

  /**
   * Adds roles to an entity without touching the ones it has (a gazetteer upgrade's new
   * posts), in the caller's transaction. Returns how many were new.
   */
  addRoles(id: string, roles: readonly RoleFields[], at: string): number {
    if (!this.byId.get(id)) throw new ArchiveError('not_found', `No entity with id ${id}`);
    const added = this.roles.add(id, roles);
    if (added > 0) {
      this.bumpRevision.run(at, id);
      this.record(this.get(id), 'update', at);
    }
    return added;
  }

  /**
   * Adds names to an entity without touching the ones it has (a gazetteer upgrade's new
   * aliases), in the caller's transaction. Returns how many were new.
   */
  addAliases(id: string, names: readonly AliasInput[], keys: readonly string[], at: string): number {
    const row = this.byId.get(id);
    if (!row) throw new ArchiveError('not_found', `No entity with id ${id}`);
    let added = 0;
    for (const alias of collapseAliases([{ name: row.canonical }, ...names], [aliasKey(row.canonical), ...keys], false).slice(1)) {
      added += this.insertAliasIfNew.run(id, alias.name, alias.key, alias.ambiguous ? 1 : 0).changes;
    }
    if (added > 0) {
      this.aliasRevision += 1;
      this.bumpRevision.run(at, id);
      this.record(this.get(id), 'update', at);
    }
    return added;
  }

  update(request: UpdateRequest): Entity {
    return this.write(() => {
      const current = this.byId.get(request.id);
      if (!current) throw new ArchiveError('not_found', `No entity with id ${request.id}`);
      if (request.baseRevision !== undefined && request.baseRevision !== current.revision) {
        throw new ArchiveError(
          'conflict',
          `Entity ${request.id} was changed elsewhere (revision ${current.revision}, this edit started from ${request.baseRevision})`,
        );
      }
      const next = {
        id: request.id,
        kind: request.kind ?? current.kind,
        canonical: request.canonical?.trim() ?? current.canonical,
        description: request.description ?? current.description,
        startsOn: request.startsOn === undefined ? current.starts_on : request.startsOn,
        endsOn: request.endsOn === undefined ? current.ends_on : request.endsOn,
      };
      checkDays(next.startsOn, next.endsOn);
      const currentAliases = this.aliasesOf.all(request.id).map((row): KeyedAlias => ({ name: row.alias, key: row.alias_key, ambiguous: row.ambiguous === 1 }));
      // Given aliases replace the set; a new canonical name alone joins the set, and the old
      // one stays an alias (the archive still holds articles that use it).
      let aliases: KeyedAlias[] | null = null;
      if (request.aliases !== undefined) aliases = keyedAliasSet(next.canonical, request.aliases);
      else if (next.canonical !== current.canonical) {
        const [canonical] = keyedAliasSet(next.canonical, []);
        if (!currentAliases.some((alias) => alias.key === canonical.key)) aliases = [canonical, ...currentAliases];
      }
      const aliasesChange = aliases !== null && !sameAliasSet(aliases, currentAliases);
      const roles = request.roles?.map(toRoleFields) ?? null;
      const rolesChange = roles !== null && !sameRoleSet(roles, this.roles.of(request.id));
      const fieldsChange =
        next.kind !== current.kind ||
        next.canonical !== current.canonical ||
        next.description !== current.description ||
        next.startsOn !== current.starts_on ||
        next.endsOn !== current.ends_on;
      if (!aliasesChange && !fieldsChange && !rolesChange) return this.get(request.id);

      const at = new Date().toISOString();
      this.updateEntity.run({ ...next, at });
      // Detection reads kinds beside names (a person's title, a place's country): rebuild it.
      this.aliasRevision += 1;
      if (aliasesChange) {
        this.deleteAliases.run(request.id);
        this.writeAliases(request.id, aliases!);
      }
      if (rolesChange) this.roles.replace(request.id, roles!);
      const entity = this.get(request.id);
      this.record(entity, 'update', at);
      return entity;
    });
  }

  /**
   * Folds `sourceId` into `targetId`: its mentions (the stronger state kept where both are
   * mentioned), its names (its canonical name included), and every inline @mention of it in
   * a body, rewritten through the save path. The source is then deleted; its history stays.
   */
  merge(sourceId: string, targetId: string): Entity {
    if (sourceId === targetId) throw new ArchiveError('invalid_argument', 'An entity cannot be merged into itself');
    return this.write(() => {
      const source = this.get(sourceId);
      const target = this.get(targetId);
      const at = new Date().toISOString();
      const referring = this.references(sourceId);

      this.moveMentions.run({ source: sourceId, target: targetId, at });
      this.deleteMentions.run(sourceId);
      // Names first, so the re-detection each rewritten body triggers finds the target, and
      // the source (now without names) is never suggested again.
      this.moveAliases.run({ source: sourceId, target: targetId });
      this.insertAliasIfNew.run(targetId, source.canonical, aliasKey(source.canonical), 0);
      this.deleteAliases.run(sourceId);
      this.aliasRevision += 1;
      this.roles.merge(sourceId, targetId);
      // A user's entity that absorbs a starter one takes over its key, so later gazetteer
      // upgrades add their new names to the entity that survived.
      if (target.gazetteerKey === null && source.gazetteerKey !== null) {
        this.clearGazetteerKey.run(sourceId);
        this.setGazetteerKey.run(source.gazetteerKey, targetId);
      }

      for (const { articleId, inline } of referring) {
        if (inline) this.rewriteBody(articleId, (body) => retargetEntityMentions(body, sourceId, targetId));
      }

      this.insertRevision.run(sourceId, source.revision + 1, at, 'merge-into', snapshotOf(source, { mergedInto: targetId }));
      this.deleteEntity.run(sourceId);
      this.bumpRevision.run(at, targetId);
      const merged = this.get(targetId);
      this.record(merged, 'merged-from', at, { mergedFrom: sourceId });
      return merged;
    });
  }

  /**
   * Deletes an entity. With 'refuse', an entity any live article still refers to (an inline
   * @mention, a suggested or confirmed mention) is kept and the references are reported.
   * With 'remove', inline @mentions become plain text (same words, same formatting) through
   * the save path, and its mentions go with it.
   */
  delete(id: string, policy: 'remove' | 'refuse'): DeleteReport {
    return this.write(() => {
      const entity = this.get(id);
      const referring = this.references(id).filter((ref) => ref.inline || ref.mentioned);
      const references = referring.map(({ articleId, headline, inline }) => ({
        articleId,
        headline,
        kind: inline ? ('inline' as const) : ('mention' as const),
      }));
      if (policy === 'refuse' && references.length > 0) return { references, deleted: false };

      const at = new Date().toISOString();
      // Read before the rewritten bodies drop their inline mentions.
      const mentions = this.db
        .prepare("SELECT article_id AS articleId, state, origin FROM mentions WHERE entity_id = ? AND state <> 'suggested'")
        .all(id) as KeptMention[];
      this.deleteAliases.run(id);
      this.aliasRevision += 1;
      for (const { articleId, inline } of referring) {
        if (inline) this.rewriteBody(articleId, (body) => unlinkReferences(body, { entityId: id }));
      }
      this.insertRevision.run(id, entity.revision + 1, at, 'delete', snapshotOf(entity, { mentions }));
      this.deleteMentions.run(id);
      this.deleteEntity.run(id);
      return { references, deleted: true };
    });
  }

  /**
   * Undoes a delete from its revision: the same id, names, description and dates, and the
   * editors' decisions on live articles. An inline @mention the delete turned into plain text
   * stays text, so its confirmed mention comes back as one made by hand.
   */
  restore(id: string): Entity {
    return this.write(() => {
      if (this.byId.get(id)) throw new ArchiveError('conflict', `Entity ${id} was not deleted`);
      const last = this.db
        .prepare('SELECT revision, action, snapshot FROM entity_revisions WHERE entity_id = ? ORDER BY revision DESC LIMIT 1')
        .get(id) as { revision: number; action: EntityAction; snapshot: string } | undefined;
      if (!last || last.action !== 'delete') throw new ArchiveError('not_found', `No deleted entity with id ${id}`);
      const snapshot = JSON.parse(last.snapshot) as Entity & { mentions?: KeptMention[] };
      const at = new Date().toISOString();
      // The starter list may have loaded the same entry again since: that copy keeps the key.
      const keyTaken = snapshot.gazetteerKey !== null && this.withGazetteerKey.all().some((row) => row.gazetteer_key === snapshot.gazetteerKey);
      this.insertEntity.run({
        id,
        kind: snapshot.kind,
        canonical: snapshot.canonical,
        description: snapshot.description,
        startsOn: snapshot.startsOn,
        endsOn: snapshot.endsOn,
        gazetteerKey: keyTaken ? null : snapshot.gazetteerKey,
        revision: last.revision + 1,
        at,
      });
      this.db.prepare('UPDATE entities SET created_at = ? WHERE id = ?').run(snapshot.createdAt, id);
      this.writeAliases(id, keyedAliasSet(snapshot.canonical, snapshot.aliases, false));
      this.roles.add(id, snapshot.roles ?? []);
      const putBack = this.db.prepare(`
        INSERT OR IGNORE INTO mentions (article_id, entity_id, state, origin, occurrences, updated_at)
        SELECT id, @entityId, @state, @origin, 0, @at FROM articles WHERE id = @articleId AND deleted_at IS NULL`);
      for (const mention of snapshot.mentions ?? []) {
        const origin = mention.origin === 'inline' ? 'manual' : mention.origin;
        putBack.run({ entityId: id, articleId: mention.articleId, state: mention.state, origin, at });
      }
      const entity = this.get(id);
      this.record(entity, 'restore', at);
      return entity;
    });
  }

  private references(id: string): ReferenceRow[] {
    return this.referencesTo.all({ id, node: `"entityId":${JSON.stringify(id)}` });
  }

  private rewriteBody(articleId: string, rewrite: (body: SerializedBody) => SerializedBody | null): void {
    const { body } = this.articles.get(articleId);
    const next = body ? rewrite(body) : null;
    if (next) this.articles.save(articleId, { body: next });
  }

  private writeAliases(id: string, aliases: readonly KeyedAlias[]): void {
    for (const alias of aliases) this.insertAlias.run(id, alias.name, alias.key, alias.ambiguous ? 1 : 0);
    this.aliasRevision += 1;
  }

  private record(entity: Entity, action: EntityAction, at: string, extra?: Record<string, unknown>): void {
    this.insertRevision.run(entity.id, entity.revision, at, action, snapshotOf(entity, extra));
  }

  /** One IMMEDIATE transaction; a failed one may have changed aliases before it rolled back. */
  private write<T>(body: () => T): T {
    try {
      return this.db.transaction(body).immediate();
    } catch (error) {
      this.aliasRevision += 1;
      throw error;
    }
  }
}

/** The index range of keys that start with `key`. */
function keyRange(key: string): { key: string; keyEnd: string } {
  return { key, keyEnd: `${key}\u{10FFFF}` };
}
