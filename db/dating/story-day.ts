/**
 * The day a story belongs to, as timelines and the quote register show it: its dateline's day,
 * else the day it was written, unless it was imported without any date (undated_articles):
 * then null, because the day of the import is not the story's day.
 */

/**
 * SQL for the story day of the articles row aliased `alias` (none: the articles table itself):
 * its dateline's day, else the day it was written. This is the expression migration 005
 * indexes (articles_by_story_day), and SQLite uses an expression index only for the very same
 * expression, so every query that reads, filters or orders by the story day takes it from here
 * (tests/db/story-day-index.test.ts holds the two together).
 */
export function storyDay(alias?: string): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return `coalesce(${column('dateline_date')}, substr(${column('created_at')}, 1, 10))`;
}

/** SQL for the story day of the articles row aliased `alias`, or NULL for an undated import. */
export function storyDayOrNull(alias: string): string {
  return `(CASE WHEN ${alias}.dateline_date IS NOT NULL THEN ${alias}.dateline_date
    WHEN EXISTS (SELECT 1 FROM undated_articles u WHERE u.article_id = ${alias}.id) THEN NULL
    ELSE substr(${alias}.created_at, 1, 10) END)`;
}
