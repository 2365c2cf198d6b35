import { describe, expect, it } from 'vitest';
import { revisionsToKeep, type ThinnableRevision } from '../../db/history/thinning';

const NOW = Date.parse('2026-03-20T12:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Revisions saved `agesMs` ago (oldest first), all drafts unless said otherwise. */
function revisions(agesMs: number[], overrides: Record<number, Partial<ThinnableRevision>> = {}): ThinnableRevision[] {
  return agesMs.map((age, index) => ({
    revision: index + 1,
    savedAt: new Date(NOW - age).toISOString(),
    status: 'draft',
    statusChanged: index === 0,
    kind: 'save',
    ...overrides[index + 1],
  }));
}

const kept = (list: ThinnableRevision[]) => [...revisionsToKeep(list, NOW)].sort((a, b) => a - b);

describe('history thinning', () => {
  it('keeps every revision from the last hour', () => {
    const autosaves = revisions(Array.from({ length: 200 }, (_, i) => (200 - i) * 15_000));
    expect(kept(autosaves)).toHaveLength(200);
  });

  it('keeps one per ten minutes for a day, one per hour for a week, one per day after', () => {
    // A save every minute from 3 hours ago back to 2 hours ago: 60 saves in 6 ten-minute spans.
    const hoursAgo = Array.from({ length: 60 }, (_, i) => 3 * HOUR - i * MINUTE);
    // A save every 5 minutes on one day 3 days ago, 08:00 to 11:55: 48 saves in 4 hours.
    const daysAgo = Array.from({ length: 48 }, (_, i) => 3 * DAY + 4 * HOUR - i * 5 * MINUTE);
    // A save every hour on a day a month ago: 24 saves in one day.
    const monthAgo = Array.from({ length: 24 }, (_, i) => 30 * DAY + 24 * HOUR - i * HOUR);
    const all = revisions([...monthAgo, ...daysAgo, ...hoursAgo, 0]);
    const keep = revisionsToKeep(all, NOW);
    const keptAmong = (from: number, count: number) => all.slice(from, from + count).filter((revision) => keep.has(revision.revision)).length;
    // The month-old day: its first revision (the article's start, a status set) and one for the day.
    expect(keptAmong(0, 24)).toBeLessThanOrEqual(3);
    expect(keptAmong(0, 24)).toBeGreaterThanOrEqual(2);
    expect(keptAmong(24, 48)).toBeGreaterThanOrEqual(4);
    expect(keptAmong(24, 48)).toBeLessThanOrEqual(5);
    expect(keptAmong(72, 60)).toBeGreaterThanOrEqual(6);
    expect(keptAmong(72, 60)).toBeLessThanOrEqual(7);
    // What a span keeps is its newest revision, the state it ended in: the last save of that
    // month-old stretch, not the one an hour before it on the same day.
    expect(keep.has(all[23].revision)).toBe(true);
    expect(keep.has(all[22].revision)).toBe(false);
  });

  it('always keeps the newest, status changes, the last published revision and deletes', () => {
    const ages = Array.from({ length: 40 }, (_, i) => 40 * DAY - i * 6 * HOUR);
    const all = revisions(ages, {
      5: { statusChanged: true, status: 'edited' },
      6: { status: 'edited' },
      9: { status: 'published', statusChanged: true },
      10: { status: 'published' },
      11: { status: 'published' },
      12: { status: 'archived', statusChanged: true },
      20: { kind: 'delete', status: 'archived' },
    });
    const keep = revisionsToKeep(all, NOW);
    for (const revision of [1, 5, 9, 11, 12, 20, 40]) expect(keep.has(revision), `revision ${revision}`).toBe(true);
    expect(keep.size).toBeLessThan(all.length);
  });

  it('thins a span only once it has aged out of the hour, and keeps what it kept as time passes', () => {
    const all = revisions(Array.from({ length: 30 }, (_, i) => 90 * MINUTE - i * 2 * MINUTE));
    const early = revisionsToKeep(all, NOW);
    const later = revisionsToKeep(
      all.filter((revision) => early.has(revision.revision)),
      NOW + 2 * HOUR,
    );
    // Nothing kept two hours later was dropped earlier: thinning only ever takes away.
    for (const revision of later) expect(early.has(revision)).toBe(true);
    expect(later.size).toBeLessThan(early.size);
  });
});
