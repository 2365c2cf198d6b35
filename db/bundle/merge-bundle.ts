/**
 * Merges a bundle into the open archive (the rules are in merge-article.ts and
 * merge-entities.ts): first the whole file is read and checked, writing nothing, so a damaged
 * or truncated bundle changes nothing; then tags, entities, articles a batch per transaction,
 * and last the cross-references, the editors' decisions on mentions, and the review list.
 * Merging the same bundle twice changes nothing the second time.
 *
 * A cancel stops between batches: each article is merged whole or not at all, and merging the
 * bundle again finishes the job (what was merged is then unchanged).
 */
import type { SerializedBody } from '../../common/contract';
import type { Archive } from '../archive';
import { readBody } from '../editor/headless';
import { betweenBatches, throttledProgress, type LongOperationOptions } from '../jobs/long-operation';
import { tagKey } from '../tags';
import type { ArticleSnapshot, EntityRecord, EntityRevisionRecord, LinkRecord, MentionRecord, TagRecord } from './bundle-format';
import { mergeArticle, type IncomingArticle } from './merge-article';
import { mergeEntity, type EntityMergeOutcome, type IncomingEntity } from './merge-entities';
import { MergeReviews, type MergeReviewReason } from './merge-reviews';
import { checkBundle, readBundleRecords } from './read-bundle';
import { RevisionLineage } from './revision-lineage';
import { cachedStatement } from '../statement-cache';

export interface BundleMergeSummary {
  articlesAdded: number;
  articlesUpdated: number;
  articlesUnchanged: number;
  revisionsAdded: number;
  entitiesAdded: number;
  entitiesUpdated: number;
  entitiesDeleted: number;
  /** Articles kept from two lines of edits (or from an edit and a delete): «نیازمند بازبینی پس از ادغام». */
  needsReview: Array<{ id: string; headline: string; reason: MergeReviewReason }>;
}

const ARTICLE_BATCH = 100;

export async function mergeBundleFile(archive: Archive, path: string, options: LongOperationOptions = {}): Promise<BundleMergeSummary> {
  const progress = throttledProgress(options.onProgress);
  const { articles: total } = await checkBundle(path, options);
  progress({ done: 0, total, phase: 'merging' });

  const summary: BundleMergeSummary = {
    articlesAdded: 0,
    articlesUpdated: 0,
    articlesUnchanged: 0,
    revisionsAdded: 0,
    entitiesAdded: 0,
    entitiesUpdated: 0,
    entitiesDeleted: 0,
    needsReview: [],
  };
  const lineage = new RevisionLineage(archive.db, archive.articles.revisions);
  const reviews = new MergeReviews(archive.db);
  const tags: TagRecord[] = [];
  const entities = new Map<string, IncomingEntity>();
  const links: LinkRecord[] = [];
  const mentions: MentionRecord[] = [];
  /** Articles whose state changed here: their cross-references are made at the end. */
  const changed = new Map<string, ArticleSnapshot>();
  const reviewed: Array<{ id: string; reason: MergeReviewReason; at: string }> = [];
  let batch: IncomingArticle[] = [];
  let current: IncomingArticle | null = null;
  let entitiesDone = false;
  let done = 0;

  const flushEntities = () => {
    if (entitiesDone) return;
    entitiesDone = true;
    // Through the entity repository's write: detection matches the names merged in.
    archive.entities.write((writes) => {
      createTags(archive, tags);
      for (const entity of entities.values()) countEntity(summary, mergeEntity(archive, writes, entity));
    });
  };
  const flushArticles = async () => {
    if (current) batch.push(current);
    current = null;
    if (batch.length === 0) return;
    const now = new Date().toISOString();
    archive.db
      .transaction(() => {
        for (const incoming of batch) {
          const outcome = mergeArticle(archive, lineage, incoming);
          if (outcome.kind === 'unchanged') {
            summary.articlesUnchanged += 1;
            continue;
          }
          if (outcome.kind === 'added') summary.articlesAdded += 1;
          else summary.articlesUpdated += 1;
          summary.revisionsAdded += outcome.revisionsAdded;
          changed.set(incoming.id, outcome.current);
          if (outcome.review) reviewed.push({ id: incoming.id, reason: outcome.review, at: now });
        }
      })
      .immediate();
    done += batch.length;
    batch = [];
    progress({ done, total, phase: 'merging' });
    await betweenBatches(options.signal);
  };

  for await (const { record } of readBundleRecords(path)) {
    switch (record.type) {
      case 'tag':
        tags.push(record);
        break;
      case 'entity':
        entities.set(record.id, { id: record.id, record, revisions: entities.get(record.id)?.revisions ?? [] });
        break;
      case 'entity-revision':
        entityOf(entities, record).revisions.push(record);
        break;
      case 'article':
        flushEntities();
        if (current) batch.push(current);
        current = { id: record.id, createdAt: record.createdAt, revisions: [] };
        if (batch.length >= ARTICLE_BATCH) {
          const next = current;
          current = null;
          await flushArticles();
          current = next;
        }
        break;
      case 'revision':
        if (current?.id === record.articleId) current.revisions.push({ revId: record.revId, parents: record.parents, savedAt: record.savedAt, snapshot: record.snapshot });
        break;
      case 'link':
        links.push(record);
        break;
      case 'mention':
        if (record.state !== 'suggested') mentions.push(record);
        break;
    }
  }
  flushEntities();
  await flushArticles();

  archive.db
    .transaction(() => {
      makeLinks(archive, changed, links);
      uniteDecisions(archive, mentions);
      for (const { id, reason, at } of reviewed) reviews.mark(id, reason, at);
    })
    .immediate();
  for (const { id, reason } of reviewed) {
    summary.needsReview.push({ id, reason, headline: (changed.get(id)?.headline as string | undefined) ?? '' });
  }
  progress({ done: total, total, phase: 'done' });
  return summary;
}

function entityOf(entities: Map<string, IncomingEntity>, record: EntityRevisionRecord): IncomingEntity {
  let entity = entities.get(record.entityId);
  if (!entity) {
    entity = { id: record.entityId, record: null as EntityRecord | null, revisions: [] };
    entities.set(record.entityId, entity);
  }
  return entity;
}

function countEntity(summary: BundleMergeSummary, outcome: EntityMergeOutcome): void {
  if (outcome === 'added') summary.entitiesAdded += 1;
  else if (outcome === 'updated') summary.entitiesUpdated += 1;
  else if (outcome === 'deleted') summary.entitiesDeleted += 1;
}

/** Tags match by name; a tag new here keeps its id from the other archive when that id is free. */
function createTags(archive: Archive, tags: readonly TagRecord[]): void {
  const byKey = cachedStatement(archive.db, 'SELECT 1 FROM tags WHERE name_key = ?');
  const byId = cachedStatement(archive.db, 'SELECT 1 FROM tags WHERE id = ?');
  const insert = cachedStatement(archive.db, 'INSERT INTO tags (id, name, name_key, created_at) VALUES (?, ?, ?, ?)');
  for (const tag of tags) {
    const key = tagKey(tag.name);
    if (key === '' || byKey.get(key) || byId.get(tag.id)) continue;
    insert.run(tag.id, tag.name.trim(), key, tag.createdAt);
  }
}

/**
 * Cross-references of the articles the merge changed, from their current revision: the manual
 * ones it lists and the inline [[links]] its body holds, where the other end is a live
 * article. A link keeps the earliest time either archive made it. Then no link may touch an
 * article the merge left deleted.
 */
function makeLinks(archive: Archive, changed: ReadonlyMap<string, ArticleSnapshot>, records: readonly LinkRecord[]): void {
  const db = archive.db;
  const made = new Map(records.map((link) => [`${link.sourceId} ${link.targetId} ${link.linkType} ${link.origin}`, link.createdAt]));
  const live = cachedStatement(db, 'SELECT 1 FROM articles WHERE id = ? AND deleted_at IS NULL');
  const insert = cachedStatement(db, `
    INSERT INTO article_links (source_id, target_id, type, origin, created_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (source_id, target_id, type, origin) DO UPDATE SET created_at = min(created_at, excluded.created_at)`);
  for (const [id, snapshot] of changed) {
    if (typeof snapshot.deletedAt === 'string') continue;
    const at = (snapshot.updatedAt as string | undefined) ?? new Date().toISOString();
    const wanted: Array<{ target: string; type: string; origin: 'manual' | 'inline' }> = (snapshot.links ?? [])
      .filter((link) => link.origin === 'manual')
      .map((link) => ({ target: link.articleId, type: link.type, origin: 'manual' }));
    if (snapshot.body) {
      for (const target of readBody(snapshot.body as SerializedBody).references.articleIds) wanted.push({ target, type: 'related', origin: 'inline' });
    }
    for (const link of wanted) {
      if (link.target === id || !live.get(link.target)) continue;
      insert.run(id, link.target, link.type, link.origin, made.get(`${id} ${link.target} ${link.type} ${link.origin}`) ?? at);
    }
  }
  cachedStatement(db, `DELETE FROM article_links WHERE source_id IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)
                 OR target_id IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)`).run();
}

/**
 * The editors' decisions on mentions (confirmed, dismissed) are united: where both archives
 * decided on the same mention, the later decision stands.
 */
function uniteDecisions(archive: Archive, mentions: readonly MentionRecord[]): void {
  const upsert = cachedStatement(archive.db, `
    INSERT INTO mentions (article_id, entity_id, state, origin, occurrences, updated_at)
    SELECT @articleId, @entityId, @state, @origin, @occurrences, @updatedAt
     WHERE EXISTS (SELECT 1 FROM articles WHERE id = @articleId AND deleted_at IS NULL)
       AND EXISTS (SELECT 1 FROM entities WHERE id = @entityId)
    ON CONFLICT (article_id, entity_id) DO UPDATE SET state = excluded.state, origin = excluded.origin, updated_at = excluded.updated_at
     WHERE mentions.state = 'suggested' OR excluded.updated_at > mentions.updated_at
        OR (excluded.updated_at = mentions.updated_at AND excluded.state < mentions.state)`);
  for (const mention of mentions) upsert.run(mention);
}
