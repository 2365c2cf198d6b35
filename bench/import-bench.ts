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
import { Archive } from '../db/archive';
import { importFiles } from '../db/import/import-files';
import { openDatabase } from '../db/open';
import { FACETS_COLUMN, facetText } from '../db/search/facets';
import { normalizeSearchKey } from '../db/search/normalize';
import { SEARCH_COLUMNS } from '../db/search/search-index';
import { generateArticle, type GeneratedArticle } from './generate-articles';
import { round } from './measure';

/** The target: imports at least this share of the raw rate. */
export const IMPORT_TARGET_RATIO = 0.7;
const RAW_BATCH = 1000;

export interface ImportFigures {
  articles: number;
  fileBytes: number;
  ours: { seconds: number; articlesPerSecond: number; megabytesPerSecond: number; imported: number };
  raw: { seconds: number; articlesPerSecond: number; megabytesPerSecond: number };
  ratio: number;
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

    const archive = Archive.open(join(dir, 'ours.sqlite'));
    let started = performance.now();
    // Awaited, so an import that becomes a long operation (progress, cancel) is timed whole.
    const report = await Promise.resolve(importFiles(archive, [file]));
    const oursSeconds = (performance.now() - started) / 1000;
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

    const rate = (seconds: number) => ({
      seconds: round(seconds),
      articlesPerSecond: round(count / seconds, 0),
      megabytesPerSecond: round(fileBytes / 1e6 / seconds),
    });
    return { articles: count, fileBytes, ours: { ...rate(oursSeconds), imported }, raw: rate(rawSeconds), ratio: round(rawSeconds / oursSeconds) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
