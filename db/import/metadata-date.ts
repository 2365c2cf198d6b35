/**
 * A story's date from a document's metadata (an HTML `<meta>`, a Word file's properties, a
 * Markdown front matter): an ISO 8601 day or date-time. The dateline's day is the day as
 * written where the story was filed, not in UTC; the article is dated at that moment.
 */
import type { ArticleDraft } from './article-draft';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

function isRealDay(day: string): boolean {
  const match = DAY.exec(day);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === day;
}

/** `{ datelineDate, at }` for an ISO day or zoned date-time; undefined for anything else. */
export function storyDate(value: string | null | undefined): { datelineDate: string; at: string } | undefined {
  const text = value?.trim() ?? '';
  if (isRealDay(text)) return { datelineDate: text, at: `${text}T00:00:00.000Z` };
  const match = DATE_TIME.exec(text);
  if (!match || !isRealDay(match[1])) return undefined;
  const time = new Date(text.replace(' ', 'T'));
  if (Number.isNaN(time.getTime())) return undefined;
  return { datelineDate: match[1], at: time.toISOString() };
}

/** Dates the draft from `value`, when it is a date. */
export function applyStoryDate(draft: ArticleDraft, value: string | null | undefined): void {
  const date = storyDate(value);
  if (!date) return;
  draft.fields.datelineDate = date.datelineDate;
  draft.at = date.at;
}
