/**
 * The story day is one SQL expression (db/dating/story-day.ts), and migration 005 indexes
 * it. SQLite serves a query from an expression index only when the query's expression is the
 * indexed one, so a copy that drifted would quietly turn a date-ordered search of years of
 * coverage into a sort of every match. These tests hold the two together.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { storyDay } from '../../db/dating/story-day';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

let temp: TempArchive;
afterEach(() => temp?.cleanup());

const plan = (sql: string) =>
  (temp.archive.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail).join('\n');

describe('the story-day index', () => {
  it('indexes the expression every query uses', () => {
    temp = openTempArchive();
    const indexSql = temp.archive.db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'articles_by_story_day'").pluck().get() as string;
    expect(indexSql.replace(/\s+/g, ' ')).toContain(`(${storyDay()})`);
  });

  it('serves the archive’s first and last day, and the date order, from the index', () => {
    temp = openTempArchive();
    const live = 'FROM articles a WHERE a.deleted_at IS NULL';
    expect(plan(`SELECT (SELECT min(${storyDay('a')}) ${live}) AS first, (SELECT max(${storyDay('a')}) ${live}) AS last`)).toMatch(
      /SEARCH a USING COVERING INDEX articles_by_story_day|SEARCH a USING INDEX articles_by_story_day/,
    );
    const ordered = plan(`SELECT a.seq ${live} ORDER BY ${storyDay('a')} DESC LIMIT 20`);
    expect(ordered).toContain('articles_by_story_day');
    expect(ordered).not.toContain('TEMP B-TREE');
    // The same day written another way (the columns swapped in the coalesce) is sorted match by match.
    expect(plan(`SELECT a.seq ${live} ORDER BY coalesce(substr(a.created_at, 1, 10), a.dateline_date) DESC LIMIT 20`)).toContain(
      'USE TEMP B-TREE FOR ORDER BY',
    );
  });
});
