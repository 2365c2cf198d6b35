/** Helpers for merge tests: archives copied from a common one, and what two archives must agree on. */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { Archive } from '../../db/archive';
import { writeBundle } from '../../db/bundle/write-bundle';
import { RevisionLineage } from '../../db/bundle/revision-lineage';

/** Closes `archive` (checkpointed into its one file) and opens copies of it under `names`. */
export function copiesOf(archive: Archive, dir: string, names: string[]): Archive[] {
  archive.db.pragma('wal_checkpoint(TRUNCATE)');
  const path = archive.db.name;
  archive.close();
  return names.map((name) => {
    const copy = join(dir, `${name}.sqlite`);
    copyFileSync(path, copy);
    return Archive.open(copy);
  });
}

export async function bundleOf(archive: Archive, dir: string, name: string): Promise<string> {
  const path = join(dir, `${name}.dabir`);
  await writeBundle(archive, {}, path);
  return path;
}

/** Every revision's id, per article (lineage filled in where missing). */
export function revisionIds(archive: Archive): Set<string> {
  const lineage = new RevisionLineage(archive.db, archive.articles.revisions);
  const ids = archive.db.prepare('SELECT id FROM articles').pluck().all() as string[];
  return new Set(archive.db.transaction(() => ids.flatMap((id) => lineage.of(id).map((revision) => `${id}/${revision.revId}`)))());
}

/** What two merged archives must hold alike: articles, every revision, tags by name, links. */
export function mergeState(archive: Archive) {
  // Revision ids are filled in lazily; fill them on both sides before comparing.
  revisionIds(archive);
  const articles = archive.db
    .prepare(`SELECT id, headline, kicker, lead, byline, desk, status, dateline_place, dateline_date, body_json, revision, created_at, updated_at, deleted_at
                FROM articles ORDER BY id`)
    .all();
  // Snapshots as recorded, whatever way each archive stored them (a keyframe or a delta).
  const rows = archive.db
    .prepare('SELECT article_id, revision, saved_at, rev_id, parent_ids FROM revisions ORDER BY article_id, revision')
    .all() as Array<{ article_id: string; revision: number }>;
  const revisions = rows.map((row) => ({ ...row, snapshot: archive.articles.revisions.snapshotJson(row.article_id, row.revision) }));
  const tags = archive.db
    .prepare('SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id ORDER BY at.article_id, t.name_key')
    .all();
  const links = archive.db.prepare('SELECT source_id, target_id, type, origin FROM article_links ORDER BY source_id, target_id, type, origin').all();
  return { articles, revisions, tags, links };
}
