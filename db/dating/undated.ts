/**
 * Dating an imported article that came without a date: from the dateline at the start of its
 * lead or body when there is one, else marked undated (undated_articles), so timelines show it
 * apart instead of under the day it was imported.
 */
import type { ArticleDraft } from '../import/article-draft';
import type { ArchiveDatabase } from '../open';
import { datelineInText } from './dateline-in-text';
import { cachedStatement } from '../statement-cache';

/** The draft with its date (and place, if it has none) from a dateline in its text; the draft itself when it has a date or no dateline. */
export function datedFromText(draft: ArticleDraft): ArticleDraft {
  if (draft.fields.datelineDate) return draft;
  const opening = [draft.fields.lead ?? '', draft.bodyText.split('\n', 1)[0]].find((text) => text.trim() !== '') ?? '';
  const found = datelineInText(opening);
  if (!found) return draft;
  const place = draft.fields.datelinePlace || found.place || undefined;
  return { ...draft, fields: { ...draft.fields, datelineDate: found.day, ...(place ? { datelinePlace: place } : {}) } };
}

/** In the import's transaction: the article's creation day is the import's, not the story's. */
export function markUndated(db: ArchiveDatabase, articleId: string): void {
  cachedStatement(db, 'INSERT OR IGNORE INTO undated_articles (article_id) VALUES (?)').run(articleId);
}
