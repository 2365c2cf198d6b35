/**
 * Merges one article's incoming history into the archive, by the rules of issue 10:
 * - not here yet: it comes in whole, every revision with it;
 * - changed on one side only (one history contains the other): that side's state is taken;
 * - changed on both sides: both lines of revisions are kept, and a merge revision (its parents
 *   the two newest revisions, its content the newer one's, with tags and cross-references
 *   united three-way) becomes current; the article is marked for review after the merge;
 * - deleted on one side and edited on the other: kept, from the edited line, and marked.
 * No revision is ever dropped. Revisions are numbered in one order both archives agree on
 * (revision-lineage.ts), and the merge revision is made from the two heads alone, so merging
 * A into B and B into A give the same revisions; merging the same history again changes nothing.
 *
 * The article's row, tags, index and mentions are brought to the new current revision
 * through the save path (without it recording a revision of its own).
 */
import type { ArticleFields, SerializedBody } from '../../common/contract';
import type { Archive } from '../archive';
import { tagKey } from '../tags';
import type { ArticleSnapshot } from './bundle-format';
import type { MergeReviewReason } from './merge-reviews';
import { ancestorsOf, hashId, lineageOrder, RevisionLineage, type LineageRevision } from './revision-lineage';
import { threeWaySet } from './three-way';
import { cachedPluck, cachedStatement } from '../statement-cache';

export interface IncomingArticle {
  id: string;
  createdAt: string;
  revisions: LineageRevision[];
}

export type ArticleMergeOutcome =
  | { kind: 'unchanged' }
  | { kind: 'added' | 'updated'; revisionsAdded: number; current: ArticleSnapshot; review?: MergeReviewReason };

type LinkView = NonNullable<ArticleSnapshot['links']>[number];

const parse = (revision: LineageRevision): ArticleSnapshot => JSON.parse(revision.snapshot) as ArticleSnapshot;
const isDeleted = (snapshot: ArticleSnapshot): boolean => typeof snapshot.deletedAt === 'string';
const newer = (a: LineageRevision, b: LineageRevision): LineageRevision =>
  a.savedAt > b.savedAt || (a.savedAt === b.savedAt && a.revId > b.revId) ? a : b;

export function mergeArticle(archive: Archive, lineage: RevisionLineage, incoming: IncomingArticle): ArticleMergeOutcome {
  const exists = cachedStatement(archive.db, 'SELECT 1 FROM articles WHERE id = ?').get(incoming.id) !== undefined;
  const local = exists ? lineage.of(incoming.id) : [];
  const localIds = new Set(local.map((revision) => revision.revId));
  const fresh = incoming.revisions.filter((revision) => !localIds.has(revision.revId));
  if (exists && fresh.length === 0) return { kind: 'unchanged' };

  const union = [...local, ...fresh];
  const incomingIds = new Set(incoming.revisions.map((revision) => revision.revId));
  const fastForward = local.every((revision) => incomingIds.has(revision.revId));
  let ordered = lineageOrder(union);
  let review: MergeReviewReason | undefined;
  if (!fastForward) {
    const ours = local[local.length - 1];
    const theirs = incoming.revisions[incoming.revisions.length - 1];
    const merge = mergeRevision(incoming.id, ours, theirs, union, ordered.length + 1);
    ordered = [...ordered, merge.revision];
    review = merge.review;
  }

  if (!exists) {
    cachedStatement(archive.db, 'INSERT INTO articles (id, created_at, updated_at) VALUES (?, ?, ?)').run(incoming.id, incoming.createdAt, incoming.createdAt);
  }
  lineage.replace(incoming.id, ordered);
  const head = ordered[ordered.length - 1];
  const current = parse(head);
  applyState(archive, incoming.id, current, ordered.length, head.savedAt);
  // The earlier of the two creation times: the story existed from then, on one side or the other.
  cachedStatement(archive.db, 'UPDATE articles SET created_at = min(created_at, ?) WHERE id = ?').run(incoming.createdAt, incoming.id);
  return { kind: exists ? 'updated' : 'added', revisionsAdded: ordered.length - local.length, current, review };
}

/** The revision that joins two lines: made from the two heads alone, so both archives make the same one. */
function mergeRevision(
  articleId: string,
  ours: LineageRevision,
  theirs: LineageRevision,
  union: readonly LineageRevision[],
  number: number,
): { revision: LineageRevision; review?: MergeReviewReason } {
  const byId = new Map(union.map((revision) => [revision.revId, revision]));
  const common = ancestorsOf(ours.revId, byId);
  const theirAncestors = ancestorsOf(theirs.revId, byId);
  const order = lineageOrder(union);
  const base = [...order].reverse().find((revision) => common.has(revision.revId) && theirAncestors.has(revision.revId));

  const winner = newer(ours, theirs);
  const loser = winner === ours ? theirs : ours;
  const [winning, losing] = [parse(winner), parse(loser)];
  const baseSnapshot = base ? parse(base) : {};
  const savedAt = winner.savedAt;

  let content = winning;
  let review: MergeReviewReason | undefined = 'edited_on_both_sides';
  if (isDeleted(winning) && !isDeleted(losing)) {
    // Deleted on one side, edited on the other: the edit is kept.
    content = losing;
    review = 'deleted_and_edited';
  } else if (!isDeleted(winning) && isDeleted(losing)) {
    review = 'deleted_and_edited';
  } else if (isDeleted(winning) && isDeleted(losing)) {
    review = undefined;
  }
  const other = content === winning ? losing : winning;

  const tags = threeWaySet(baseSnapshot.tags ?? [], content.tags ?? [], other.tags ?? [], tagKey);
  const manual = (snapshot: ArticleSnapshot) => (snapshot.links ?? []).filter((link) => link.origin === 'manual');
  const linkKey = (link: LinkView) => `${link.articleId} ${link.type}`;
  const links = [
    ...threeWaySet(manual(baseSnapshot), manual(content), manual(other), linkKey),
    ...(content.links ?? []).filter((link) => link.origin === 'inline'),
  ];

  const parents = [ours.revId, theirs.revId].sort();
  const snapshot: ArticleSnapshot = { ...content, tags, links, revision: number, updatedAt: savedAt };
  if (review === 'deleted_and_edited') delete snapshot.deletedAt;
  const revId = hashId('merge', articleId, ...parents);
  return { revision: { revId, parents, savedAt, snapshot: JSON.stringify(snapshot) }, review };
}

const FIELD_NAMES = ['headline', 'kicker', 'lead', 'byline', 'desk', 'status', 'datelinePlace', 'datelineDate'] as const;

/** Brings the row and everything derived from it (tags, index, mentions, inline links) to `snapshot`. */
function applyState(archive: Archive, id: string, snapshot: ArticleSnapshot, revision: number, at: string): void {
  cachedStatement(archive.db, 'UPDATE articles SET deleted_at = NULL WHERE id = ?').run(id);
  const fields: Partial<ArticleFields> = {};
  for (const name of FIELD_NAMES) {
    if (snapshot[name] !== undefined) (fields as Record<string, unknown>)[name] = snapshot[name];
  }
  fields.body = (snapshot.body ?? null) as SerializedBody | null;
  fields.tags = (snapshot.tags ?? []).filter((name) => tagKey(name) !== '');
  archive.articles.save(id, fields, {
    at,
    // The row's own revision: the merge has already decided what the article becomes.
    baseRevision: cachedPluck(archive.db, 'SELECT revision FROM articles WHERE id = ?').get(id) as number,
    mergedRevision: revision,
    // Manual cross-references come from the revision; their targets may arrive later in the
    // bundle, so the merge makes them once every article is in (mergeLinks).
    alsoApply: () => cachedStatement(archive.db, "DELETE FROM article_links WHERE source_id = ? AND origin = 'manual'").run(id),
  });
  if (isDeleted(snapshot)) archive.articles.tombstoneMerged(id, snapshot.deletedAt!);
}
