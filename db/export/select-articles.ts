/**
 * Which articles an export takes: the ids given, or those a search, tags, a desk and a date
 * range select, or (nothing given) every article. Story order: by the story's day (its
 * dateline, else the day it was written), oldest first, so an export reads as a chronicle.
 * "Every article" includes deleted ones, as tombstones, for a bundle: a merge must see deletes.
 */
import { ArchiveError } from '../../common/result';
import type { Archive } from '../archive';
import { tagKey } from '../tags';
import { storyDay } from '../dating/story-day';

export interface ArticleSelection {
  ids?: readonly string[];
  /** Search words, as the search box takes them; every match (up to MAX_SEARCH_EXPORT). */
  query?: string;
  tags?: readonly string[];
  desk?: string;
  status?: string;
  /** Inclusive days, `YYYY-MM-DD`, over the story's day. */
  from?: string;
  to?: string;
}

/** A search's results are exported up to this many (the most relevant first found). */
export const MAX_SEARCH_EXPORT = 10_000;
const SEARCH_PAGE = 100;
const STORY_DAY = storyDay('a');

export function isWholeArchive(selection: ArticleSelection): boolean {
  return !selection.ids?.length && !selection.query?.trim() && !selection.tags?.length && !selection.desk && !selection.status && !selection.from && !selection.to;
}

/**
 * The selected ids in story order. Deleted articles are taken only for the whole archive, and
 * only when asked for (a bundle carries them as tombstones; a folder of pages does not).
 */
export function selectArticleIds(archive: Archive, selection: ArticleSelection, { includeDeleted = true } = {}): string[] {
  const whole = isWholeArchive(selection);
  const where: string[] = whole && includeDeleted ? [] : ['a.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (selection.ids?.length) {
    where.push('a.id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(selection.ids.map((id) => id.toLowerCase()));
  }
  if (selection.desk?.trim()) {
    where.push('a.desk = @desk');
    params.desk = selection.desk.trim();
  }
  if (selection.status) {
    where.push('a.status = @status');
    params.status = selection.status;
  }
  if (selection.from) {
    where.push(`${STORY_DAY} >= @from`);
    params.from = selection.from;
  }
  if (selection.to) {
    where.push(`${STORY_DAY} <= @to`);
    params.to = selection.to;
  }
  (selection.tags ?? []).forEach((tag, index) => {
    where.push(`a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name_key = @tag${index})`);
    params[`tag${index}`] = tagKey(tag);
  });
  if (selection.query?.trim()) {
    where.push('a.id IN (SELECT value FROM json_each(@matches))');
    params.matches = JSON.stringify(searchMatches(archive, selection.query));
  }
  const sql = `SELECT a.id FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${STORY_DAY}, a.seq`;
  // Text as varied as the selection (one condition per tag): prepared here, not kept (statement-cache.ts).
  const ids = (archive.db.prepare(sql).pluck().all(params) as string[]);
  if (selection.ids?.length) {
    const found = new Set(ids);
    const missing = selection.ids.find((id) => !found.has(id.toLowerCase()));
    if (missing) throw new ArchiveError('not_found', `No article with id ${missing}`);
  }
  return ids;
}

function searchMatches(archive: Archive, query: string): string[] {
  const ids: string[] = [];
  for (let offset = 0; offset < MAX_SEARCH_EXPORT; offset += SEARCH_PAGE) {
    const page = archive.search.search({ query, limit: SEARCH_PAGE, offset });
    ids.push(...page.results.map((hit) => hit.id));
    if (page.results.length < SEARCH_PAGE) break;
  }
  return ids;
}
