/**
 * Opening the archive and the first rows of the list, as the app does on start: a new
 * connection (pragmas, migrations checked, the starter gazetteer checked, the search index's
 * state read) and listArticles for the first 50 rows with the total. Beside it, a bare
 * better-sqlite3 connection reading the same 50 rows. The file is warm in the page cache.
 */
import Database from 'better-sqlite3';
import { Archive } from '../db/archive';
import { round, summarise, timed, type Percentiles } from './measure';

export const LIST_TARGET_MS = 300;
const FIRST_ROWS = 50;

export interface ListFigures {
  ours: Percentiles;
  raw: Percentiles;
  /** The desk filter's list (listDesks), which the app asks for beside the first rows. */
  desks: Percentiles;
}

export function benchList(path: string, runs: number): ListFigures {
  const ours: number[] = [];
  const raw: number[] = [];
  const desks: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const mine = timed(() => {
      const archive = Archive.open(path);
      archive.services.listArticles({ limit: FIRST_ROWS });
      return archive;
    });
    const listed = timed(() => mine.value.services.listDesks({}));
    mine.value.close();
    const bare = timed(() => {
      const db = new Database(path, { readonly: true });
      db.prepare(
        `SELECT id, headline, desk, status, dateline_date, updated_at, created_at FROM articles
          WHERE deleted_at IS NULL ORDER BY updated_at DESC, seq DESC LIMIT ${FIRST_ROWS}`,
      ).all();
      db.close();
    });
    // The first run warms the cache for both.
    if (run === 0) continue;
    ours.push(mine.wall);
    desks.push(listed.wall);
    raw.push(bare.wall);
  }
  const rounded = (samples: number[]) => {
    const figures = summarise(samples);
    return { p50: round(figures.p50), p95: round(figures.p95), max: round(figures.max), runs: figures.runs };
  };
  return { ours: rounded(ours), raw: rounded(raw), desks: rounded(desks) };
}
