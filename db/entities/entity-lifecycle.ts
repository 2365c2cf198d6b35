/**
 * The changes to an entity that reach into articles: a merge folds one entity into another,
 * a delete removes it (or refuses while articles refer to it), a restore undoes the delete.
 * Bodies that hold an inline @mention are rewritten through the article save path, so each
 * article's own history records the change as well as the entity's.
 */
import type { BodyRewrite, DeleteReport, Entity } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { ArticleStore } from '../articles';
import { applyBodyRewrite } from '../editor/rewrite-references';
import type { ArchiveDatabase } from '../open';
import { cachedStatement } from '../statement-cache';
import { aliasKey } from './alias-key';
import type { EntityRepository } from './entity-repository';
import { keyedAliasSet, snapshotOf } from './entity-rows';
import type { EntityAction } from './entity-writes';

/** A decided mention, kept in the delete's revision so an undo can put it back. */
interface KeptMention {
  articleId: string;
  state: 'confirmed' | 'dismissed';
  origin: 'detected' | 'inline' | 'manual';
}

/** Where an entity is referred to in a live article, for merge and delete. */
interface ReferenceRow {
  articleId: string;
  headline: string;
  /** The body holds an inline @mention node of the entity. */
  inline: 0 | 1;
  /** A suggested or confirmed mention row (a dismissed one refers to nothing). */
  mentioned: 0 | 1;
}

/** confirmed > suggested > dismissed: where both entities are mentioned, the stronger state stays. */
const strength = (state: string) => `(CASE ${state} WHEN 'confirmed' THEN 2 WHEN 'suggested' THEN 1 ELSE 0 END)`;

export class EntityLifecycle {
  constructor(
    private readonly db: ArchiveDatabase,
    private readonly entities: EntityRepository,
    private readonly articles: ArticleStore,
  ) {}

  /**
   * Folds `sourceId` into `targetId`: its mentions (the stronger state kept where both are
   * mentioned), its names (its canonical name included), and every inline @mention of it in
   * a body, rewritten through the save path. The source is then deleted; its history stays.
   */
  merge(sourceId: string, targetId: string): Entity {
    if (sourceId === targetId) throw new ArchiveError('invalid_argument', 'An entity cannot be merged into itself');
    return this.entities.write((writes) => {
      const source = this.entities.get(sourceId);
      const target = this.entities.get(targetId);
      const at = new Date().toISOString();
      const referring = this.references(sourceId);

      // Occurrences add up: the two were found by different names.
      cachedStatement<{ source: string; target: string; at: string }>(this.db, `
        INSERT INTO mentions (article_id, entity_id, state, origin, occurrences, updated_at)
        SELECT article_id, @target, state, origin, occurrences, @at FROM mentions WHERE entity_id = @source
        ON CONFLICT (article_id, entity_id) DO UPDATE SET
          state = CASE WHEN ${strength('excluded.state')} > ${strength('state')} THEN excluded.state ELSE state END,
          origin = CASE WHEN ${strength('excluded.state')} > ${strength('state')} THEN excluded.origin ELSE origin END,
          occurrences = occurrences + excluded.occurrences,
          updated_at = excluded.updated_at`).run({ source: sourceId, target: targetId, at });
      this.deleteMentions(sourceId);
      // Names first, so the re-detection each rewritten body triggers finds the target, and
      // the source (now without names) is never suggested again.
      writes.moveAliases(sourceId, targetId);
      writes.addAliasIfNew(targetId, source.canonical, aliasKey(source.canonical), false);
      writes.deleteAliases(sourceId);
      writes.mergeRoles(sourceId, targetId);
      // A user's entity that absorbs a starter one takes over its key, so later gazetteer
      // upgrades add their new names to the entity that survived.
      if (target.gazetteerKey === null && source.gazetteerKey !== null) writes.moveGazetteerKey(sourceId, targetId, source.gazetteerKey);

      for (const { articleId, inline } of referring) {
        if (inline) this.rewriteBody(articleId, { kind: 'retarget-entity', from: sourceId, to: targetId });
      }

      writes.recordSnapshot(sourceId, source.revision + 1, at, 'merge-into', snapshotOf(source, { mergedInto: targetId }));
      writes.deleteRow(sourceId);
      writes.bumpRevision(targetId, at);
      const merged = this.entities.get(targetId);
      writes.record(merged, 'merged-from', at, { mergedFrom: sourceId });
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
    return this.entities.write((writes) => {
      const entity = this.entities.get(id);
      const referring = this.references(id).filter((ref) => ref.inline || ref.mentioned);
      const references = referring.map(({ articleId, headline, inline }) => ({
        articleId,
        headline,
        kind: inline ? ('inline' as const) : ('mention' as const),
      }));
      if (policy === 'refuse' && references.length > 0) return { references, deleted: false };

      const at = new Date().toISOString();
      // Read before the rewritten bodies drop their inline mentions.
      const mentions = cachedStatement<[string], KeptMention>(
        this.db,
        "SELECT article_id AS articleId, state, origin FROM mentions WHERE entity_id = ? AND state <> 'suggested'",
      ).all(id);
      writes.deleteAliases(id);
      for (const { articleId, inline } of referring) {
        if (inline) this.rewriteBody(articleId, { kind: 'unlink', entityId: id });
      }
      writes.recordSnapshot(id, entity.revision + 1, at, 'delete', snapshotOf(entity, { mentions }));
      this.deleteMentions(id);
      writes.deleteRow(id);
      return { references, deleted: true };
    });
  }

  /**
   * Undoes a delete from its revision: the same id, names, description and dates, and the
   * editors' decisions on live articles. An inline @mention the delete turned into plain text
   * stays text, so its confirmed mention comes back as one made by hand.
   */
  restore(id: string): Entity {
    return this.entities.write((writes) => {
      if (this.entities.exists(id)) throw new ArchiveError('conflict', `Entity ${id} was not deleted`);
      const last = cachedStatement<[string], { revision: number; action: EntityAction; snapshot: string }>(
        this.db,
        'SELECT revision, action, snapshot FROM entity_revisions WHERE entity_id = ? ORDER BY revision DESC LIMIT 1',
      ).get(id);
      if (!last || last.action !== 'delete') throw new ArchiveError('not_found', `No deleted entity with id ${id}`);
      const snapshot = JSON.parse(last.snapshot) as Entity & { mentions?: KeptMention[] };
      const at = new Date().toISOString();
      // The starter list may have loaded the same entry again since: that copy keeps the key.
      const keyTaken = snapshot.gazetteerKey !== null && this.entities.gazetteerIds().has(snapshot.gazetteerKey);
      writes.insert({
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
      writes.setCreatedAt(id, snapshot.createdAt);
      writes.writeAliases(id, keyedAliasSet(snapshot.canonical, snapshot.aliases, false));
      writes.addRoles(id, snapshot.roles ?? []);
      const putBack = cachedStatement<{ entityId: string; articleId: string; state: string; origin: string; at: string }>(this.db, `
        INSERT OR IGNORE INTO mentions (article_id, entity_id, state, origin, occurrences, updated_at)
        SELECT id, @entityId, @state, @origin, 0, @at FROM articles WHERE id = @articleId AND deleted_at IS NULL`);
      for (const mention of snapshot.mentions ?? []) {
        const origin = mention.origin === 'inline' ? 'manual' : mention.origin;
        putBack.run({ entityId: id, articleId: mention.articleId, state: mention.state, origin, at });
      }
      const entity = this.entities.get(id);
      writes.record(entity, 'restore', at);
      return entity;
    });
  }

  private deleteMentions(entityId: string): void {
    cachedStatement<[string]>(this.db, 'DELETE FROM mentions WHERE entity_id = ?').run(entityId);
  }

  /**
   * Inline nodes are found in the stored JSON itself (a body is re-serialised by Lexical on
   * save, so the property is always written `"entityId":"…"`): a mention row may be missing
   * for a body written before mentions existed, and no inline node may be left dangling.
   */
  private references(id: string): ReferenceRow[] {
    return cachedStatement<{ id: string; node: string }, ReferenceRow>(this.db, `
      SELECT a.id AS articleId, a.headline,
             coalesce(instr(a.body_json, @node), 0) > 0 AS inline,
             EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = @id AND m.state <> 'dismissed') AS mentioned
        FROM articles a
       WHERE a.deleted_at IS NULL
         AND (a.id IN (SELECT article_id FROM mentions WHERE entity_id = @id) OR instr(a.body_json, @node) > 0)
       ORDER BY a.seq`).all({ id, node: `"entityId":${JSON.stringify(id)}` });
  }

  /**
   * Applies a body rule to one article, as a revision marked as that rule: an editor with the
   * article open saves over it, the rule applied to what it brings (see system-rewrites.ts).
   */
  private rewriteBody(articleId: string, rewrite: BodyRewrite): void {
    const { body, revision } = this.articles.get(articleId);
    const next = body ? applyBodyRewrite(body, rewrite) : null;
    // Read and rewritten in this one transaction: the revision read is the one saved on.
    if (next) this.articles.save(articleId, { body: next }, { baseRevision: revision, rewrite });
  }
}
