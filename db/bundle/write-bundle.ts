/**
 * Writes a bundle of the selected articles (db/export/select-articles): each with its whole
 * history and lineage, the tags they carry, the entities they mention with those entities'
 * aliases and histories, their links and mentions. The whole archive also takes every tag,
 * every entity, the histories of deleted entities, and deleted articles as tombstones.
 * A long operation: a batch of articles per read transaction, progress, cancel.
 */
import type { Archive } from '../archive';
import { betweenBatches, throttledProgress, type LongOperationOptions } from '../jobs/long-operation';
import { isWholeArchive, selectArticleIds, type ArticleSelection } from '../export/select-articles';
import { BundleLineWriter } from './bundle-stream';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type EntityRecord, type LinkRecord, type MentionRecord } from './bundle-format';
import { RevisionLineage } from './revision-lineage';
import { cachedPluck, cachedStatement } from '../statement-cache';

const BATCH = 200;

export interface BundleSummary {
  articles: number;
  revisions: number;
  entities: number;
  tags: number;
}

export async function writeBundle(archive: Archive, selection: ArticleSelection, path: string, options: LongOperationOptions = {}): Promise<BundleSummary> {
  const ids = selectArticleIds(archive, selection);
  const whole = isWholeArchive(selection);
  const progress = throttledProgress(options.onProgress);
  const writer = new BundleLineWriter(path);
  const db = archive.db;
  const lineage = new RevisionLineage(db, archive.articles.revisions);
  const summary: BundleSummary = { articles: 0, revisions: 0, entities: 0, tags: 0 };
  const idList = JSON.stringify(ids);
  try {
    await writer.write({ kind: BUNDLE_FORMAT, version: BUNDLE_VERSION, createdAt: new Date().toISOString() });

    const tags = (
      whole
        ? cachedStatement(db, 'SELECT id, name, created_at AS createdAt FROM tags ORDER BY name_key')
        : cachedStatement(db, `SELECT DISTINCT t.id, t.name, t.created_at AS createdAt FROM tags t JOIN article_tags at ON at.tag_id = t.id
                       WHERE at.article_id IN (SELECT value FROM json_each(?)) ORDER BY t.name_key`)
    ).all(...(whole ? [] : [idList])) as Array<{ id: string; name: string; createdAt: string }>;
    for (const tag of tags) await writer.write({ type: 'tag', ...tag });
    summary.tags = tags.length;

    const entityIds = (
      whole
        ? cachedPluck(db, 'SELECT id FROM entities ORDER BY seq')
        : cachedPluck(db, `SELECT DISTINCT e.id FROM entities e JOIN mentions m ON m.entity_id = e.id
                       WHERE m.article_id IN (SELECT value FROM json_each(?)) ORDER BY e.seq`)
    ).all(...(whole ? [] : [idList])) as string[];
    for (const entityId of entityIds) await writeEntity(archive, writer, entityId);
    summary.entities = entityIds.length;
    if (whole) {
      // Deleted entities live on as their history alone; a merge needs it to see the delete.
      const gone = cachedPluck(db, 'SELECT DISTINCT entity_id FROM entity_revisions WHERE entity_id NOT IN (SELECT id FROM entities)').all() as string[];
      for (const entityId of gone) await writeEntityRevisions(archive, writer, entityId);
    }
    await betweenBatches(options.signal);

    const articleRow = cachedStatement(db, 'SELECT id, created_at AS createdAt FROM articles WHERE id = ?');
    for (let start = 0; start < ids.length; start += BATCH) {
      const chunk = ids.slice(start, start + BATCH);
      // Ids are filled in (a write) where missing; one transaction per batch.
      const histories = db.transaction(() => chunk.map((id) => ({ row: articleRow.get(id) as { id: string; createdAt: string }, revisions: lineage.of(id) })))();
      for (const { row, revisions } of histories) {
        if (revisions.length === 0) continue;
        await writer.write({ type: 'article', id: row.id, createdAt: row.createdAt, revisions: revisions.length });
        for (const revision of revisions) {
          await writer.write({ type: 'revision', articleId: row.id, revId: revision.revId, parents: revision.parents, savedAt: revision.savedAt, snapshot: revision.snapshot });
        }
        summary.articles += 1;
        summary.revisions += revisions.length;
      }
      progress({ done: Math.min(ids.length, start + BATCH), total: ids.length, phase: 'exporting' });
      await betweenBatches(options.signal);
    }

    const links = cachedStatement(db, `SELECT source_id AS sourceId, target_id AS targetId, type AS linkType, origin, created_at AS createdAt FROM article_links
                 WHERE source_id IN (SELECT value FROM json_each(?)) ORDER BY source_id, target_id, type, origin`)
      .all(idList) as Omit<LinkRecord, 'type'>[];
    for (const link of links) await writer.write({ type: 'link', ...link });
    const mentions = cachedStatement(db, `SELECT article_id AS articleId, entity_id AS entityId, state, origin, occurrences, updated_at AS updatedAt FROM mentions
                 WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, entity_id`)
      .all(idList) as Omit<MentionRecord, 'type'>[];
    for (const mention of mentions) await writer.write({ type: 'mention', ...mention });

    await writer.write({ type: 'end', records: writer.records - 1 });
    await writer.close();
    progress({ done: ids.length, total: ids.length, phase: 'done' });
    return summary;
  } catch (error) {
    await writer.destroy();
    throw error;
  }
}

async function writeEntity(archive: Archive, writer: BundleLineWriter, entityId: string): Promise<void> {
  const entity = archive.entities.get(entityId);
  const record: EntityRecord = {
    type: 'entity',
    id: entity.id,
    kind: entity.kind,
    canonical: entity.canonical,
    description: entity.description,
    startsOn: entity.startsOn,
    endsOn: entity.endsOn,
    gazetteerKey: entity.gazetteerKey,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    aliases: entity.aliases,
  };
  await writer.write(record);
  await writeEntityRevisions(archive, writer, entityId);
}

async function writeEntityRevisions(archive: Archive, writer: BundleLineWriter, entityId: string): Promise<void> {
  const revisions = cachedStatement(archive.db, 'SELECT saved_at AS savedAt, action, snapshot FROM entity_revisions WHERE entity_id = ? ORDER BY revision')
    .all(entityId) as Array<{ savedAt: string; action: string; snapshot: string }>;
  for (const revision of revisions) await writer.write({ type: 'entity-revision', entityId, ...revision });
}
