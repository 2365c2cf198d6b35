/**
 * The revisions table: one row per save of an article, written inside the save's transaction
 * by ArticleStore, read back whole for the history panel, a comparison or a revert, and
 * thinned as it ages (see thinning.ts). Snapshots are stored small (see snapshot-codec.ts).
 */
import { diffArrays } from 'diff';
import type { ArticleStatus, RevisionKind, RevisionSummary } from '../../common/contract';
import { countWords, wordsOf } from '../../common/text-counts';
import type { ArchiveDatabase } from '../open';
import { decodeDelta, decodeKeyframe, encodeDelta, encodeKeyframe, isKeyframe, type SnapshotEncoding } from './snapshot-codec';
import { revisionsToKeep } from './thinning';
import { snapshotText, type RevisionSnapshot, type RevisionText } from './revision-text';
import { cachedStatement } from '../statement-cache';

interface RevisionRow {
  revision: number;
  saved_at: string;
  kind: RevisionKind;
  status: ArticleStatus;
  status_changed: number;
  reverted_from: number | null;
  words: number | null;
  words_added: number | null;
  words_removed: number | null;
  encoding: SnapshotEncoding;
  base: number | null;
}

interface StoredRow {
  encoding: SnapshotEncoding;
  base: number | null;
  data: Uint8Array | string;
}

export interface NewRevision {
  articleId: string;
  revision: number;
  savedAt: string;
  kind: RevisionKind;
  /** For a revert: the revision it made the article equal to again. */
  revertedFrom?: number;
  snapshot: RevisionSnapshot;
  /** The article's text as saved, and as it stood before (null for its first revision). */
  text: RevisionText;
  previousText: RevisionText | null;
}

/** Deltas are kept while they stay under this share of their keyframe's stored size. */
const DELTA_SHARE_OF_KEYFRAME = 0.5;
/** A keyframe serves at most this many deltas, so a promotion in thinning stays small. */
const DELTAS_PER_KEYFRAME = 64;

const METADATA = `revision, saved_at, kind, status, status_changed, reverted_from, words, words_added, words_removed, encoding, base`;

/**
 * Words added and removed from one text to the next, as the history panel shows a change:
 * the paragraphs that differ are found first, and only those are compared word by word, so a
 * long story edited in one place costs one paragraph's diff.
 */
export function wordChange(before: RevisionText | null, after: RevisionText): { added: number; removed: number } {
  if (before === null) {
    // Every word is added: the head fields' and the body's, already counted (no word spans a line break).
    const [headline, kicker, lead] = after.lines;
    return { added: countWords(headline) + countWords(kicker) + countWords(lead) + after.bodyWords, removed: 0 };
  }
  let added = 0;
  let removed = 0;
  let hunk = { removed: [] as string[], added: [] as string[] };
  const countHunk = () => {
    if (hunk.removed.length === 0 && hunk.added.length === 0) return;
    for (const part of diffArrays(wordsOf(hunk.removed.join('\n')), wordsOf(hunk.added.join('\n')))) {
      if (part.added) added += part.count ?? part.value.length;
      else if (part.removed) removed += part.count ?? part.value.length;
    }
    hunk = { removed: [], added: [] };
  };
  for (const part of diffArrays(before.lines, after.lines)) {
    if (part.added) hunk.added.push(...part.value);
    else if (part.removed) hunk.removed.push(...part.value);
    else countHunk();
  }
  countHunk();
  return { added, removed };
}

export class RevisionStore {
  private get insert() {
    return cachedStatement(this.db, `
      INSERT INTO revisions (article_id, revision, saved_at, kind, status, status_changed, reverted_from,
                             words, words_added, words_removed, encoding, base, data)
      VALUES (@articleId, @revision, @savedAt, @kind, @status, @statusChanged, @revertedFrom,
              @words, @wordsAdded, @wordsRemoved, @encoding, @base, @data)`);
  }

  private get metadata() {
    return cachedStatement<[string], RevisionRow>(this.db, `SELECT ${METADATA} FROM revisions WHERE article_id = ? ORDER BY revision`);
  }

  private get newest() {
    return cachedStatement<[string], RevisionRow>(this.db, `SELECT ${METADATA} FROM revisions WHERE article_id = ? ORDER BY revision DESC LIMIT 1`);
  }

  private get stored() {
    return cachedStatement<[string, number], StoredRow>(this.db, 'SELECT encoding, base, data FROM revisions WHERE article_id = ? AND revision = ?');
  }

  private get latestKeyframe() {
    return cachedStatement<[string], { revision: number; encoding: SnapshotEncoding; data: Uint8Array | string }>(this.db, "SELECT revision, encoding, data FROM revisions WHERE article_id = ? AND encoding <> 'delta' ORDER BY revision DESC LIMIT 1");
  }

  private get dependents() {
    return cachedStatement<[string, number], { n: number }>(this.db, 'SELECT count(*) AS n FROM revisions WHERE article_id = ? AND base = ?');
  }

  constructor(private readonly db: ArchiveDatabase) {}

  /**
   * Writes a revision, then thins the article's older ones as of its time. A merge of two
   * archives writes an article's whole history at once and drops nothing (`thin: false`); the
   * article's next save thins it as it thins any other.
   */
  record(entry: NewRevision, { thin = true, created = false }: { thin?: boolean; created?: boolean } = {}): void {
    // A new article's first revision (`created`): no revision is before it to build on or thin.
    const previous = created ? undefined : this.newest.get(entry.articleId);
    const change = wordChange(entry.previousText, entry.text);
    const json = Buffer.from(JSON.stringify(entry.snapshot));
    const stored = created ? { ...encodeKeyframe(json), base: null } : this.encode(entry.articleId, json);
    this.insert.run({
      articleId: entry.articleId,
      revision: entry.revision,
      savedAt: entry.savedAt,
      kind: entry.kind,
      status: entry.snapshot.status,
      statusChanged: previous === undefined || previous.status !== entry.snapshot.status ? 1 : 0,
      revertedFrom: entry.revertedFrom ?? null,
      words: entry.text.bodyWords,
      wordsAdded: change.added,
      wordsRemoved: change.removed,
      ...stored,
    });
    if (thin && !created) this.thin(entry.articleId, Date.parse(entry.savedAt));
  }

  /** A delta from the latest keyframe while that stays small, else a new keyframe. */
  private encode(articleId: string, json: Uint8Array): StoredRow {
    const keyframe = this.latestKeyframe.get(articleId);
    if (keyframe && this.dependents.get(articleId, keyframe.revision)!.n < DELTAS_PER_KEYFRAME) {
      const delta = encodeDelta(decodeKeyframe(keyframe), json);
      if (delta.data.length <= keyframe.data.length * DELTA_SHARE_OF_KEYFRAME) return { ...delta, base: keyframe.revision };
    }
    return { ...encodeKeyframe(json), base: null };
  }

  /** The snapshot of one revision, or undefined when it was never written or was thinned away. */
  snapshot(articleId: string, revision: number): RevisionSnapshot | undefined {
    const bytes = this.snapshotBytes(articleId, revision);
    return bytes === undefined ? undefined : (JSON.parse(Buffer.from(bytes).toString('utf8')) as RevisionSnapshot);
  }

  /** The snapshot's JSON text as it was recorded: a merge's revision ids are made from it. */
  snapshotJson(articleId: string, revision: number): string | undefined {
    const bytes = this.snapshotBytes(articleId, revision);
    return bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
  }

  private snapshotBytes(articleId: string, revision: number): Uint8Array | undefined {
    const row = this.stored.get(articleId, revision);
    if (!row) return undefined;
    if (isKeyframe(row.encoding)) return decodeKeyframe(row);
    return decodeDelta(this.snapshotBytes(articleId, row.base!)!, row);
  }

  /** Every kept revision, newest first, with its word count and the size of its change. */
  list(articleId: string): RevisionSummary[] {
    const rows = this.metadata.all(articleId);
    // Rows written before migration 010 have no counts: worked out here from their snapshots.
    const texts = new Map<number, RevisionText>();
    const textOf = (revision: number) => {
      let text = texts.get(revision);
      if (!text) texts.set(revision, (text = snapshotText(this.snapshot(articleId, revision)!)));
      return text;
    };
    const summaries = rows.map((row, index): RevisionSummary => {
      let { words, words_added: added, words_removed: removed } = row;
      if (words === null || added === null || removed === null) {
        const change = wordChange(index === 0 ? null : textOf(rows[index - 1].revision), textOf(row.revision));
        words = textOf(row.revision).bodyWords;
        added = change.added;
        removed = change.removed;
      }
      return {
        revision: row.revision,
        savedAt: row.saved_at,
        kind: row.kind,
        status: row.status,
        statusChanged: row.status_changed === 1,
        revertedFrom: row.reverted_from,
        words,
        wordsAdded: added,
        wordsRemoved: removed,
      };
    });
    return summaries.reverse();
  }

  count(articleId: string): number {
    return this.metadata.all(articleId).length;
  }

  /**
   * Drops what the thinning rules no longer keep. A keyframe that goes first hands its role to
   * the oldest delta that stays; a revision whose neighbour went has its change counted again
   * against the revision now listed before it.
   */
  thin(articleId: string, now: number): void {
    const rows = this.metadata.all(articleId);
    const keep = revisionsToKeep(
      rows.map((row) => ({ revision: row.revision, savedAt: row.saved_at, status: row.status, statusChanged: row.status_changed === 1, kind: row.kind })),
      now,
    );
    if (keep.size === rows.length) return;
    for (const row of rows) {
      if (keep.has(row.revision) || !isKeyframe(row.encoding)) continue;
      this.promoteDependents(articleId, rows.filter((other) => other.base === row.revision && keep.has(other.revision)));
    }
    this.recountAfterGaps(articleId, rows, keep);
    const remove = cachedStatement(this.db, 'DELETE FROM revisions WHERE article_id = ? AND revision = ?');
    for (const row of rows) if (!keep.has(row.revision)) remove.run(articleId, row.revision);
  }

  /** Makes the oldest of a departing keyframe's kept deltas the keyframe of the others. */
  private promoteDependents(articleId: string, kept: readonly RevisionRow[]): void {
    if (kept.length === 0) return;
    const [promoted, ...rest] = kept;
    const promotedBytes = this.snapshotBytes(articleId, promoted.revision)!;
    const rewrite = cachedStatement(this.db, 'UPDATE revisions SET encoding = ?, base = ?, data = ? WHERE article_id = ? AND revision = ?');
    const others = rest.map((row) => ({ row, bytes: this.snapshotBytes(articleId, row.revision)! }));
    const asKeyframe = encodeKeyframe(promotedBytes);
    rewrite.run(asKeyframe.encoding, null, asKeyframe.data, articleId, promoted.revision);
    for (const { row, bytes } of others) {
      const delta = encodeDelta(promotedBytes, bytes);
      rewrite.run(delta.encoding, promoted.revision, delta.data, articleId, row.revision);
    }
  }

  private recountAfterGaps(articleId: string, rows: readonly RevisionRow[], keep: ReadonlySet<number>): void {
    const recount = cachedStatement(this.db, 'UPDATE revisions SET words_added = ?, words_removed = ? WHERE article_id = ? AND revision = ?');
    let previousKept: RevisionRow | null = null;
    rows.forEach((row, index) => {
      if (!keep.has(row.revision)) return;
      const gapBefore = index > 0 && !keep.has(rows[index - 1].revision);
      if (gapBefore && previousKept !== null && row.words !== null) {
        const change = wordChange(snapshotText(this.snapshot(articleId, previousKept.revision)!), snapshotText(this.snapshot(articleId, row.revision)!));
        recount.run(change.added, change.removed, articleId, row.revision);
      }
      previousKept = row;
    });
  }
}
