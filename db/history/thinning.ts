/**
 * Which revisions of an article to keep as it ages: every one from the last hour, one per
 * ten minutes for a day, one per hour for a week and one per day after that; and always the
 * newest, every revision where the status changed, the last published one and the delete
 * tombstones. "One per" a span is the newest revision saved in it, and spans are fixed to the
 * clock (not to the newest save), so a revision kept once stays the one kept for its span
 * until its span is merged into a longer one.
 */

export interface ThinnableRevision {
  revision: number;
  savedAt: string;
  status: string;
  statusChanged: boolean;
  kind: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Up to `age`, one revision per `span` (0: every revision). */
const TIERS: ReadonlyArray<{ age: number; span: number }> = [
  { age: HOUR, span: 0 },
  { age: DAY, span: 10 * MINUTE },
  { age: 7 * DAY, span: HOUR },
  { age: Infinity, span: DAY },
];

/** The newest revision, the last published one, status changes and delete tombstones. */
function alwaysKept(newestFirst: readonly ThinnableRevision[]): Set<number> {
  const kept = new Set<number>([newestFirst[0].revision]);
  const lastPublished = newestFirst.find((revision) => revision.status === 'published');
  if (lastPublished) kept.add(lastPublished.revision);
  for (const revision of newestFirst) if (revision.statusChanged || revision.kind === 'delete') kept.add(revision.revision);
  return kept;
}

/** The span a revision falls in as of `now`, or null while every revision is kept. */
function spanOf(revision: ThinnableRevision, now: number): string | null {
  const savedAt = Date.parse(revision.savedAt);
  // A revision dated ahead of the clock (another laptop's) counts as just saved.
  const age = Math.max(0, now - savedAt);
  const tier = TIERS.findIndex((candidate) => age <= candidate.age);
  const { span } = TIERS[tier];
  return span === 0 ? null : `${tier}:${Math.floor(savedAt / span)}`;
}

/** The revisions to keep, out of all of one article's, as of `now`. */
export function revisionsToKeep(revisions: readonly ThinnableRevision[], now: number): Set<number> {
  if (revisions.length === 0) return new Set();
  const newestFirst = [...revisions].sort((a, b) => b.revision - a.revision);
  const keep = alwaysKept(newestFirst);
  const spansTaken = new Set<string>();
  for (const revision of newestFirst) {
    const span = spanOf(revision, now);
    if (span === null) {
      keep.add(revision.revision);
    } else if (!spansTaken.has(span)) {
      // Newest first: the first revision met in a span is the one that span keeps (a status
      // change kept anyway counts as it, so the span keeps no second one).
      spansTaken.add(span);
      keep.add(revision.revision);
    }
  }
  return keep;
}
