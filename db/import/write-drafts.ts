/**
 * Writes parsed articles through ArticleStore.create, the one save path, all of one file in one
 * transaction. Each create is its own savepoint inside it, so an article the archive refuses
 * (its id is taken) is skipped while the rest of the file still commits together.
 */
import type { Archive } from '../archive';
import { bodyFromPlainText } from '../editor/headless';
import { ArchiveError } from '../../common/result';
import type { Article } from '../../common/contract';
import { datedFromText, markUndated } from '../dating/undated';
import type { ArticleDraft } from './article-draft';

/** One result per draft, in the drafts' order. */
export type WriteResult = { ok: true; article: Article } | { ok: false; message: string };

/** Throws only when the archive itself fails (disk full, I/O); then nothing was written. */
export function writeDrafts(archive: Archive, drafts: readonly ArticleDraft[]): WriteResult[] {
  return archive.db.transaction(() => drafts.map((draft) => writeDraft(archive, draft))).immediate();
}

function writeDraft(archive: Archive, given: ArticleDraft): WriteResult {
  // A story without a date takes it from its dateline; without either it is undated, never
  // dated by the day of the import (db/dating).
  const draft = datedFromText(given);
  const body = draft.bodyText === '' ? {} : { body: bodyFromPlainText(draft.bodyText) };
  try {
    const article = archive.articles.create({ ...draft.fields, ...body }, { id: draft.id, at: draft.at });
    if (!article.datelineDate) markUndated(archive.db, article.id);
    return { ok: true, article };
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    const message = error.code === 'conflict' ? `an article with id ${draft.id} already exists in the archive` : error.message;
    return { ok: false, message };
  }
}
