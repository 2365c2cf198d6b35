/**
 * The normaliser and the query builder against REAL SQLite FTS5 (better-sqlite3): the keys
 * are stored in spaced and joined columns, and every MATCH expression we build must run
 * without a syntax error and find what the rulebook says it finds.
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeSearchKey } from '../../db/search/normalize';
import { buildFts5Match, parseSearchQuery } from '../../db/search/query';
import { HOSTILE_QUERIES, randomQueries } from './fuzz';
import { SHOULD_FIND, SHOULD_NOT_FIND } from './rulebook-examples';

const ZWNJ = '\u200c';
const SAMPLE = readFileSync(new URL('./fixtures/sample-article.txt', import.meta.url), 'utf8');

/** The table shape buildFts5Match is written for (see db/search/query.ts). */
const CREATE_TABLE = `
  CREATE VIRTUAL TABLE article_search USING fts5(
    headline_spaced, body_spaced, headline_joined, body_joined,
    tokenize = 'unicode61 remove_diacritics 0'
  )`;
const COLUMNS = { spaced: ['headline_spaced', 'body_spaced'], joined: ['headline_joined', 'body_joined'] };

let db: Database.Database;

function index(rowid: number, headline: string, body: string): void {
  const h = normalizeSearchKey(headline);
  const b = normalizeSearchKey(body);
  // A JS number binds as REAL next to FTS5; bind rowids as BigInt (rulebook).
  db.prepare(
    'INSERT INTO article_search (rowid, headline_spaced, body_spaced, headline_joined, body_joined) VALUES (?, ?, ?, ?, ?)',
  ).run(BigInt(rowid), h.spaced, b.spaced, h.joined, b.joined);
}

function search(query: string): number[] {
  const match = buildFts5Match(parseSearchQuery(query), COLUMNS);
  if (match === null) return [];
  const rows = db
    .prepare('SELECT rowid AS id FROM article_search WHERE article_search MATCH ? ORDER BY rowid')
    .all(match) as Array<{ id: number }>;
  return rows.map((row) => row.id);
}

/** Does a search for `query` find `article`, in a table holding only that article? */
function findsThroughFts5(article: string, query: string): boolean {
  db.exec('DELETE FROM article_search');
  index(1, '', article);
  return search(query).includes(1);
}

beforeAll(() => {
  db = new Database(':memory:');
  db.exec(CREATE_TABLE);
});

afterAll(() => db.close());

describe('rulebook examples through FTS5', () => {
  for (const row of SHOULD_FIND) {
    it(`${row.article} ← ${row.query}`, () => {
      expect(findsThroughFts5(row.article, row.query)).toBe(true);
      expect(findsThroughFts5(row.swapped.article, row.swapped.query)).toBe(true);
    });
  }
  for (const row of SHOULD_NOT_FIND) {
    it(`${row.article} ↚ ${row.query}`, () => {
      expect(findsThroughFts5(row.article, row.query)).toBe(false);
      expect(findsThroughFts5(row.swapped.article, row.swapped.query)).toBe(false);
    });
  }

  it('بین‌المللی, بین المللی and بینالمللی all meet the half-space spelling', () => {
    const halfSpace = `بین${ZWNJ}المللی`;
    for (const variant of ['بین المللی', 'بینالمللی', halfSpace]) {
      expect(findsThroughFts5(halfSpace, variant)).toBe(true);
      expect(findsThroughFts5(variant, halfSpace)).toBe(true);
    }
  });
});

describe('hostile input never reaches FTS5 as syntax', () => {
  beforeAll(() => {
    db.exec('DELETE FROM article_search');
    index(1, 'نشست وزیران', SAMPLE);
    index(2, 'AND OR NOT NEAR', 'a b drop table x "quoted" 5+1');
  });

  it('runs every hostile query without an SQLite error', () => {
    for (const query of HOSTILE_QUERIES) {
      expect(() => search(query), JSON.stringify(query.slice(0, 80))).not.toThrow();
    }
  });

  it('runs random mixes of operators, quotes and Unicode without an SQLite error', () => {
    for (const query of randomQueries(1_000, 7)) {
      expect(() => search(query), JSON.stringify(query)).not.toThrow();
    }
  });

  it('still searches the words around the operators', () => {
    expect(search('AND')).toEqual([]);
    expect(search('"AND"')).toEqual([2]);
    expect(search('drop AND table')).toEqual([2]);
    expect(search("'); DROP TABLE x; --")).toEqual([2]);
    expect(search('a:b')).toEqual([2]);
    expect(search('"5+1"')).toEqual([2]);
    expect(search('NEAR(')).toEqual([2]);
    expect(db.prepare('SELECT count(*) AS n FROM article_search').get()).toEqual({ n: 2 });
  });
});

describe('searching the sample article', () => {
  beforeAll(() => {
    db.exec('DELETE FROM article_search');
    index(1, 'نشست فوق العاده سازمان همکاری اسلامی', SAMPLE);
    index(2, 'دیدار وزیر امور خارجه', 'وزیر امور خارجه ایران با همتای عراقی خود در بغداد دیدار کرد.');
  });

  it('finds the article’s own spellings from the standard ones', () => {
    expect(search('"رئیس جمهوری"')).toEqual([1]);
    expect(search(`بین${ZWNJ}المللی`)).toEqual([1]);
    expect(search(`می${ZWNJ}شود`)).toEqual([1]);
    expect(search('نماینده')).toEqual([1]);
    expect(search('جنایت')).toEqual([1]);
    expect(search('۱۳۷۶')).toEqual([1]);
    expect(search('"سازمان همکاری اسلامی"')).toEqual([1]);
    expect(search('اندونز*')).toEqual([1]);
  });

  it('requires every word and honours exclusions', () => {
    expect(search('وزیر امور خارجه')).toEqual([1, 2]);
    expect(search('وزیر بغداد')).toEqual([2]);
    expect(search('وزیر -جاکارتا')).toEqual([2]);
    expect(search('وزیر -"سازمان همکاری"')).toEqual([2]);
  });

  it('ranks a headline match above a body match with bm25 column weights', () => {
    db.exec('DELETE FROM article_search');
    index(1, 'خبر دیگر', 'دیدار با ظریف در تهران');
    index(2, 'ظریف در تهران', 'خبر دیگر');
    const match = buildFts5Match(parseSearchQuery('ظریف'), COLUMNS)!;
    const ranked = db
      .prepare('SELECT rowid AS id FROM article_search WHERE article_search MATCH ? ORDER BY bm25(article_search, 10.0, 1.0, 10.0, 1.0)')
      .all(match) as Array<{ id: number }>;
    expect(ranked.map((row) => row.id)).toEqual([2, 1]);
  });

  it('combines MATCH with a rowid bound as BigInt', () => {
    const match = buildFts5Match(parseSearchQuery('ظریف'), COLUMNS)!;
    const row = db.prepare('SELECT rowid AS id FROM article_search WHERE article_search MATCH ? AND rowid = ?').get(match, 2n);
    expect(row).toEqual({ id: 2 });
  });
});
