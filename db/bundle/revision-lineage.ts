/**
 * Revision lineage: every revision of an article gets a stable id and the ids of the
 * revisions it followed, the first time a bundle or a merge needs them. Ordinary saves need
 * not know: a revision without an id follows the one numbered before it, so ids are filled in
 * number order, each made from the article, number, time and snapshot of the row (the same
 * row in two copies of an archive gets the same id). Once given, an id is kept, so a later
 * merge, which may renumber revisions, never changes it.
 */
import { createHash } from 'node:crypto';
import type { RevisionStore } from '../history/revision-store';
import { snapshotText, type RevisionSnapshot, type RevisionText } from '../history/revision-text';
import type { ArchiveDatabase } from '../open';
import { cachedStatement } from '../statement-cache';

export interface LineageRevision {
  revId: string;
  parents: string[];
  savedAt: string;
  snapshot: string;
}

interface RevisionRow {
  revision: number;
  saved_at: string;
  rev_id: string | null;
  parent_ids: string | null;
}

export function hashId(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('base64url').slice(0, 24);
}

/**
 * Snapshots are read and written through the revision store, which keeps them small (deltas
 * between revisions); the ids and parents are this module's columns beside them. Revisions
 * that thinning dropped are gone from both archives' lineage alike: a kept revision's parent
 * may then name one neither holds, which ordering and the merge treat as no parent at all.
 */
export class RevisionLineage {
  private get rows() {
    return cachedStatement<[string], RevisionRow>(this.db, 'SELECT revision, saved_at, rev_id, parent_ids FROM revisions WHERE article_id = ? ORDER BY revision');
  }

  private get setLineage() {
    return cachedStatement<[string, string, string, number]>(this.db, 'UPDATE revisions SET rev_id = ?, parent_ids = ? WHERE article_id = ? AND revision = ?');
  }

  private get removeAll() {
    return cachedStatement<[string]>(this.db, 'DELETE FROM revisions WHERE article_id = ?');
  }

  /** What made a revision a write beside the editor is tied to its number, which a merge changes. */
  private get removeRewrites() {
    return cachedStatement<[string]>(this.db, 'DELETE FROM revision_rewrites WHERE article_id = ?');
  }

  constructor(
    private readonly db: ArchiveDatabase,
    private readonly revisions: RevisionStore,
  ) {}

  /** The article's revisions, oldest first, with ids and parents (filled in where missing). */
  of(articleId: string): LineageRevision[] {
    const rows = this.rows.all(articleId);
    const lineage: LineageRevision[] = [];
    let previous: string | null = null;
    for (const row of rows) {
      const snapshot = this.revisions.snapshotJson(articleId, row.revision)!;
      let revId = row.rev_id;
      let parents: string[];
      if (revId === null) {
        revId = hashId(articleId, String(row.revision), row.saved_at, snapshot);
        parents = previous === null ? [] : [previous];
        this.setLineage.run(revId, JSON.stringify(parents), articleId, row.revision);
      } else {
        parents = row.parent_ids === null ? [] : (JSON.parse(row.parent_ids) as string[]);
      }
      lineage.push({ revId, parents, savedAt: row.saved_at, snapshot });
      previous = revId;
    }
    return lineage;
  }

  /** Replaces the article's revisions with `ordered`, numbered 1… in that order. */
  replace(articleId: string, ordered: readonly LineageRevision[]): void {
    this.removeAll.run(articleId);
    this.removeRewrites.run(articleId);
    let previousText: RevisionText | null = null;
    for (const [index, revision] of ordered.entries()) {
      const snapshot = JSON.parse(revision.snapshot) as RevisionSnapshot;
      const text = snapshotText(snapshot);
      this.revisions.record(
        {
          articleId,
          revision: index + 1,
          savedAt: revision.savedAt,
          kind: typeof snapshot.deletedAt === 'string' ? 'delete' : 'save',
          snapshot,
          text,
          previousText,
        },
        { thin: false },
      );
      this.setLineage.run(revision.revId, JSON.stringify(revision.parents), articleId, index + 1);
      previousText = text;
    }
  }
}

/**
 * The one order both sides of a merge agree on: parents before children, and among revisions
 * free to go next, the earlier saved first (then the smaller id). A history that is one line
 * keeps its order; so does one a merge ordered before.
 */
export function lineageOrder(revisions: readonly LineageRevision[]): LineageRevision[] {
  const byId = new Map(revisions.map((revision) => [revision.revId, revision]));
  const waiting = new Map<string, number>();
  const children = new Map<string, string[]>();
  for (const revision of revisions) {
    const known = revision.parents.filter((parent) => byId.has(parent));
    waiting.set(revision.revId, known.length);
    for (const parent of known) children.set(parent, [...(children.get(parent) ?? []), revision.revId]);
  }
  const before = (a: LineageRevision, b: LineageRevision) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.revId < b.revId ? -1 : a.revId > b.revId ? 1 : 0);
  const ready = revisions.filter((revision) => waiting.get(revision.revId) === 0);
  const ordered: LineageRevision[] = [];
  while (ready.length > 0) {
    ready.sort(before);
    const next = ready.shift()!;
    ordered.push(next);
    for (const child of children.get(next.revId) ?? []) {
      const left = waiting.get(child)! - 1;
      waiting.set(child, left);
      if (left === 0) ready.push(byId.get(child)!);
    }
  }

  // A cycle cannot come from Dabir; if a damaged bundle made one, its revisions still go in.
  if (ordered.length < revisions.length) ordered.push(...revisions.filter((revision) => !ordered.includes(revision)).sort(before));
  return ordered;
}

/** Every revision `head` descends from, itself included. */
export function ancestorsOf(head: string, byId: ReadonlyMap<string, LineageRevision>): Set<string> {
  const seen = new Set<string>();
  const stack = [head];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id) || !byId.has(id)) continue;
    seen.add(id);
    stack.push(...byId.get(id)!.parents);
  }
  return seen;
}
