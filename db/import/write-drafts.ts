/**
 * Writes parsed articles through ArticleStore.create, the one save path, all of one file in one
 * transaction. Each create is its own savepoint inside it, so an article the archive refuses
 * (its id is taken) is skipped while the rest of the file still commits together. Entries are
 * written as they are parsed, and only what the report needs is kept of each.
 */
import type { Archive } from '../archive';
import { bodyFromPlainText } from '../editor/headless';
import { ArchiveError } from '../../common/result';
import type { TidyCounts } from '../../common/typography/tidy-persian';
import { datedFromText, markUndated } from '../dating/undated';
import type { ArticleDraft, ParsedEntry } from './article-draft';
import { tidyDraft } from './tidy-draft';

export type WriteResult = { ok: true; article: { id: string; headline: string } } | { ok: false; message: string };

/** What became of one line: written (with the links it asks for) or why not. */
export interface WrittenEntry {
  line: number;
  result: WriteResult;
  links: NonNullable<ArticleDraft['links']>;
}

/**
 * Throws only when the archive itself fails (disk full, I/O); then nothing was written. With
 * `tidied`, each article's typography is tidied on the way in and the fixes counted there.
 */
export function writeEntries(archive: Archive, entries: Iterable<ParsedEntry>, tidied?: TidyCounts): WrittenEntry[] {
  return archive.db
    .transaction(() => {
      const written: WrittenEntry[] = [];
      for (const entry of entries) {
        written.push(
          entry.ok
            ? { line: entry.line, result: writeDraft(archive, tidied ? tidyDraft(entry.draft, tidied) : entry.draft), links: entry.draft.links ?? [] }
            : { line: entry.line, result: { ok: false, message: entry.message }, links: [] },
        );
      }
      return written;
    })
    .immediate();
}

function writeDraft(archive: Archive, given: ArticleDraft): WriteResult {
  // A story without a date takes it from its dateline; without either it is undated, never
  // dated by the day of the import (db/dating).
  const draft = datedFromText(given);
  const body = draft.bodyText === '' ? {} : { body: bodyFromPlainText(draft.bodyText) };
  try {
    const { id, headline, datelineDate } = archive.articles.create({ ...draft.fields, ...body }, { id: draft.id, at: draft.at });
    if (!datelineDate) markUndated(archive.db, id);
    return { ok: true, article: { id, headline } };
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    const message = error.code === 'conflict' ? `an article with id ${draft.id} already exists in the archive` : error.message;
    return { ok: false, message };
  }
}
