/**
 * Import throughput against the floor under it: the same generated articles imported from a
 * JSONL file through db/import (parsing, the save path, tags, mention detection, the search
 * index), and the same rows inserted straight into a fresh archive's `articles` and
 * `article_search` with better-sqlite3 (keys from the same normaliser, a thousand rows a
 * transaction). Whatever db/import becomes, this calls it the way `dabir import` does.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleStatus } from '../common/contract';
import { Archive } from '../db/archive';
import { importPaths } from '../db/import/import-files';
import { openDatabase, type ArchiveDatabase } from '../db/open';
import { FACETS_COLUMN, facetText } from '../db/search/facets';
import { normalizeSearchKey } from '../db/search/normalize';
import { SEARCH_COLUMNS } from '../db/search/search-index';
import { generateArticle, type GeneratedArticle } from './generate-articles';
import { round } from './measure';

/** The issue's target: imports at least this share of the raw rate. */
export const IMPORT_TARGET_RATIO = 0.7;
const RAW_BATCH = 1000;

export interface ImportFigures {
  articles: number;
  fileBytes: number;
  ours: { seconds: number; articlesPerSecond: number; megabytesPerSecond: number; imported: number };
  raw: { seconds: number; articlesPerSecond: number; megabytesPerSecond: number };
  ratio: number;
  /**
   * Raw inserts of every row the import wrote (the articles with their bodies, first
   * revisions, tags, mentions, quotes, fingerprints… copied from our archive) plus the same
   * FTS rows: the same writes without the work that decides them (parsing, duplicate checks,
   * mention and quote detection).
   */
  rawAllRows: { seconds: number; articlesPerSecond: number; megabytesPerSecond: number; rows: number };
  ratioAllRows: number;
  /** The highest resident set size seen while our import ran. */
  peakRssMB: number;
}

/** Tables the import writes besides the articles and their search rows (the FTS table and its shadows are written by the raw loop). */
function writtenTables(db: ArchiveDatabase, before: Map<string, number>): string[] {
  return tableCounts(db)
    .filter(([name, count]) => count > (before.get(name) ?? 0) && name !== 'articles' && !name.startsWith('article_search'))
    .map(([name]) => name);
}

function tableCounts(db: ArchiveDatabase): Array<[string, number]> {
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all() as string[];
  return names.map((name) => [name, db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number]);
}

function jsonlLine(article: GeneratedArticle): string {
  const { bodyText, datelinePlace, datelineDate, ...fields } = article;
  return JSON.stringify({ ...fields, dateline: datelinePlace, date: datelineDate, body: bodyText });
}

export async function benchImport(count: number, seed: number): Promise<ImportFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'dabir-bench-import-'));
  try {
    const articles = Array.from({ length: count }, (_, index) => generateArticle(index, seed + 1));
    const file = join(dir, 'feed.jsonl');
    writeFileSync(file, `${articles.map(jsonlLine).join('\n')}\n`);
    const fileBytes = statSync(file).size;

    const oursPath = join(dir, 'ours.sqlite');
    const archive = Archive.open(oursPath);
    const before = new Map(tableCounts(archive.db));
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    let started = performance.now();
    const report = await importPaths(archive, [file]);
    const oursSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const tables = writtenTables(archive.db, before);
    archive.close();
    const imported = report.files.reduce((sum, one) => sum + one.imported.length, 0);

    const db = openDatabase(join(dir, 'raw.sqlite'));
    const columns = [...SEARCH_COLUMNS.spaced, ...SEARCH_COLUMNS.joined, FACETS_COLUMN];
    const insertArticle = db.prepare(`
      INSERT INTO articles (id, headline, kicker, lead, byline, desk, status, dateline_place, dateline_date, body_text, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertKeys = db.prepare(`INSERT INTO article_search (rowid, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`);
    started = performance.now();
    const at = new Date().toISOString();
    for (let start = 0; start < articles.length; start += RAW_BATCH) {
      db.transaction(() => {
        for (const article of articles.slice(start, start + RAW_BATCH)) {
          const { lastInsertRowid } = insertArticle.run(
            randomUUID(), article.headline, article.kicker, article.lead, article.byline, article.desk, article.status,
            article.datelinePlace, article.datelineDate, article.bodyText, at, at,
          );
          const keys = [article.headline, article.kicker, article.lead, article.bodyText, article.byline].map(normalizeSearchKey);
          insertKeys.run(BigInt(lastInsertRowid), ...keys.map((key) => key.spaced), ...keys.map((key) => key.joined), facetText({ ...article, day: article.datelineDate }));
        }
      })();
    }
    const rawSeconds = (performance.now() - started) / 1000;
    db.close();

    const allRows = rawInsertOfEveryRow(oursPath, join(dir, 'raw-all.sqlite'), tables);

    const rate = (seconds: number) => ({
      seconds: round(seconds),
      articlesPerSecond: round(count / seconds, 0),
      megabytesPerSecond: round(fileBytes / 1e6 / seconds),
    });
    return {
      articles: count,
      fileBytes,
      ours: { ...rate(oursSeconds), imported },
      raw: rate(rawSeconds),
      ratio: round(rawSeconds / oursSeconds),
      rawAllRows: { ...rate(allRows.seconds), rows: allRows.rows },
      ratioAllRows: round(allRows.seconds / oursSeconds),
      peakRssMB: Math.round(peakRss / 1048576),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Copies every row our import wrote into a fresh archive (with the same starter gazetteer)
 * by plain INSERTs, a thousand articles' rows a transaction, with the search rows keyed by the
 * same normaliser: the floor under an import that writes all of those rows. Only the inserts
 * are timed; the rows are read beforehand.
 */
function rawInsertOfEveryRow(fromPath: string, toPath: string, tables: readonly string[]): { seconds: number; rows: number } {
  Archive.open(toPath).close();
  const from = openDatabase(fromPath);
  const read = (table: string) => from.prepare(`SELECT * FROM "${table}"`).all() as Array<Record<string, unknown>>;
  const articles = read('articles');
  const others = tables.map((table) => ({ table, rows: read(table) }));
  from.close();
  const db = openDatabase(toPath);
  const insertOf = (table: string, row: Record<string, unknown>) => {
    const columns = Object.keys(row);
    return db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  };
  const columns = [...SEARCH_COLUMNS.spaced, ...SEARCH_COLUMNS.joined, FACETS_COLUMN];
  const insertKeys = db.prepare(`INSERT INTO article_search (rowid, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`);
  const insertArticle = articles.length > 0 ? insertOf('articles', articles[0]) : null;
  const inserts = others.filter(({ rows }) => rows.length > 0).map(({ table, rows }) => ({ rows, statement: insertOf(table, rows[0]) }));
  const started = performance.now();
  db.pragma('foreign_keys = OFF');
  for (let start = 0; start < articles.length; start += RAW_BATCH) {
    const last = start + RAW_BATCH >= articles.length;
    db.transaction(() => {
      for (const article of articles.slice(start, start + RAW_BATCH)) {
        const { lastInsertRowid } = insertArticle!.run(Object.values(article));
        const texts = [article.headline, article.kicker, article.lead, article.body_text, article.byline] as string[];
        const keys = texts.map((text) => normalizeSearchKey(text ?? ''));
        insertKeys.run(
          BigInt(lastInsertRowid),
          ...keys.map((key) => key.spaced),
          ...keys.map((key) => key.joined),
          facetText({ desk: article.desk as string, status: article.status as ArticleStatus, day: article.dateline_date as string }),
        );
      }
      // The other rows in proportion, the rest with the last batch.
      for (const { rows, statement } of inserts) {
        const share = Math.ceil((rows.length * RAW_BATCH) / Math.max(1, articles.length));
        for (const row of rows.slice((start / RAW_BATCH) * share, last ? rows.length : (start / RAW_BATCH + 1) * share)) statement.run(Object.values(row));
      }
    })();
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { seconds, rows: articles.length + articles.length + inserts.reduce((sum, { rows }) => sum + rows.length, 0) };
}
