/**
 * The archive's size on disk against the text it holds: the bytes (UTF-8) of every live
 * article's headline, kicker, lead, body and byline, and what each part of the file costs.
 */
import { statSync } from 'node:fs';
import type { Archive } from '../db/archive';
import { round } from './measure';

export interface SizeFigures {
  fileBytes: number;
  rawTextBytes: number;
  ratio: number;
  /** Megabytes by part: the tables with their indexes. */
  parts: Record<string, number>;
}

/** Which part of the archive each table or index belongs to. */
function partOf(name: string): string {
  if (name.startsWith('article_search_recent')) return 'recent search index';
  if (name.startsWith('article_search')) return 'search index';
  if (name === 'articles' || name.startsWith('articles_') || name === 'sqlite_autoindex_articles_1') return 'articles (with Lexical JSON)';
  if (name === 'revisions' || name.startsWith('sqlite_autoindex_revisions')) return 'revisions';
  if (name.startsWith('mentions')) return 'mentions';
  if (name.startsWith('article_tags') || name.startsWith('tags')) return 'tags';
  return 'other';
}

export function benchSize(archive: Archive, path: string): SizeFigures {
  const fileBytes = ['', '-wal'].reduce((sum, end) => sum + (statSync(path + end, { throwIfNoEntry: false })?.size ?? 0), 0);
  const rawTextBytes = archive.db
    .prepare(
      `SELECT sum(length(CAST(headline AS BLOB)) + length(CAST(kicker AS BLOB)) + length(CAST(lead AS BLOB))
                + length(CAST(body_text AS BLOB)) + length(CAST(byline AS BLOB))) FROM articles WHERE deleted_at IS NULL`,
    )
    .pluck()
    .get() as number;
  const parts: Record<string, number> = {};
  for (const { name, bytes } of archive.db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all() as Array<{ name: string; bytes: number }>) {
    parts[partOf(name)] = round((parts[partOf(name)] ?? 0) + bytes / 1e6, 1);
  }
  return { fileBytes, rawTextBytes, ratio: round(fileBytes / rawTextBytes), parts };
}
