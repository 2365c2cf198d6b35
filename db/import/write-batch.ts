/**
 * Writes a batch of parsed articles through ArticleStore.create, the one save path, in one
 * transaction; each create is its own savepoint inside it, so an article the archive refuses
 * is skipped while the rest of the batch commits together; their search-index rows are
 * written after the saves, together (SearchIndex.deferringCreated). Before writing, each
 * article is checked against the archive: the same story already there (by its fingerprint,
 * or by its id with the same content) is skipped and named, which makes running an import
 * again harmless.
 */
import { LIMITS, type Article, type SerializedBody } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { Archive } from '../archive';
import type { ArchiveDatabase } from '../open';
import { readBody, type ReadBody } from '../editor/headless';
import { datedFromText, markUndated } from '../dating/undated';
import type { ArticleDraft } from './article-draft';
import { articleFingerprint } from './fingerprint';
import type { ImportProblemCode } from './import-problem';
import { plainTextBody } from './plain-text-body';
import { cachedStatement } from '../statement-cache';

/** One result per draft, in the drafts' order. */
export type WriteResult =
  | { kind: 'imported'; article: Pick<Article, 'id' | 'headline'> }
  | { kind: 'duplicate'; headline: string; duplicateOf: { id: string; headline: string } }
  | { kind: 'refused'; code: ImportProblemCode; message: string };

/** Throws only when the archive itself fails (disk full, I/O); then nothing of the batch was written. */
export function writeBatch(archive: Archive, drafts: readonly ArticleDraft[]): WriteResult[] {
  return withSavepointsInMemory(archive.db, () =>
    archive.db.transaction(() => archive.searchIndex.deferringCreated(() => drafts.map((draft) => writeDraft(archive, draft)))).immediate(),
  );
}

/**
 * Runs `work` with SQLite's temporary storage in memory. Each article of a batch is a
 * savepoint, whose journal of the pages it changed goes to a temporary file once past 64 KiB:
 * an import would write and discard one such file per article. The setting cannot change
 * inside a transaction, so it is set around this batch's and put back at once; the archive
 * holds no temporary tables for the change to drop.
 */
function withSavepointsInMemory<T>(db: ArchiveDatabase, work: () => T): T {
  if (db.inTransaction) return work();
  const before = db.pragma('temp_store', { simple: true }) as number;
  db.pragma('temp_store = MEMORY');
  try {
    return work();
  } finally {
    db.pragma(`temp_store = ${before}`);
  }
}

function writeDraft(archive: Archive, given: ArticleDraft): WriteResult {
  // A story without a date takes it from its dateline; without either it is undated, never
  // dated by the day of the import (db/dating).
  const draft = datedFromText(given);
  const body = draft.body ?? (draft.bodyText === '' ? null : plainTextBody(draft.bodyText));
  // Read once here, for the size check and the fingerprint, and handed to the save path so it
  // is not read again.
  const prepared = body === null ? undefined : draft.body ? readBody(draft.body) : plainTextRead(body, draft.bodyText);
  const bodyJsonBytes = prepared ? Buffer.byteLength(prepared.json, 'utf8') : 0;
  if (bodyJsonBytes > LIMITS.bodyJsonBytes) {
    return { kind: 'refused', code: 'too_large', message: `the article is too long (its body is ${(bodyJsonBytes / 1048576).toFixed(1)} MB; an article may hold ${LIMITS.bodyJsonBytes / 1048576} MB)` };
  }
  const fingerprint = articleFingerprint(draft.fields.headline, prepared?.text ?? '');

  if (draft.id !== undefined) {
    const existing = cachedStatement(archive.db, 'SELECT headline, deleted_at FROM articles WHERE id = ?').get(draft.id) as
      | { headline: string; deleted_at: string | null }
      | undefined;
    if (existing) {
      if (existing.deleted_at === null && archive.fingerprints.of(draft.id) === fingerprint) {
        return { kind: 'duplicate', headline: draft.fields.headline, duplicateOf: { id: draft.id, headline: existing.headline } };
      }
      const state = existing.deleted_at === null ? 'with other content' : 'deleted';
      return { kind: 'refused', code: 'id_taken', message: `an article with id ${draft.id} already exists in the archive (${state})` };
    }
  } else {
    const same = archive.fingerprints.find(fingerprint);
    if (same) return { kind: 'duplicate', headline: draft.fields.headline, duplicateOf: same };
  }

  try {
    const saved = archive.articles.insertNew({ ...draft.fields, ...(body === null ? {} : { body }) }, { id: draft.id, at: draft.at, preparedBody: prepared });
    if (!draft.fields.datelineDate) markUndated(archive.db, saved.id);
    return { kind: 'imported', article: { id: saved.id, headline: draft.fields.headline } };
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    return { kind: 'refused', code: error.code === 'conflict' ? 'id_taken' : 'invalid_line', message: error.message };
  }
}

/**
 * What the save path's Lexical parse would give for a body of plain paragraphs, without it:
 * plain-text-body.ts writes exactly Lexical's JSON, its text is the lines, and plain text
 * refers to nothing (tests/import/rerun-cancel.test.ts holds this equal to readBody's answer).
 */
function plainTextRead(body: SerializedBody, text: string): ReadBody {
  return { json: JSON.stringify(body), text: text.replace(/\r\n|\r/g, '\n'), references: { entityIds: new Set(), articleIds: new Set() } };
}
