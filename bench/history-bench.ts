/**
 * What history costs: 200 autosaves of an 11,000-character article, a second apart (all
 * within the hour, so none is thinned), measured as the archive file's growth and the size of
 * the revisions table, beside what the same revisions take as the full JSON snapshots Dabir
 * stored before migration 010. Then the same saves spread over a fortnight, to show thinning.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Archive } from '../db/archive';
import { runAutosaves } from './autosave-workload';

export const HISTORY_SAVES = 200;
export const HISTORY_TARGET_BYTES = 1024 * 1024;

export interface HistoryBenchResult {
  fileGrowth: number;
  revisionsBytes: number;
  /** The same revisions as full JSON snapshots, one per row (the layout before migration 010). */
  fullSnapshotBytes: number;
  rows: number;
  cpuMsPerSave: number;
  /** Spread over a fortnight: rows kept and the table's size. */
  spreadRows: number;
  spreadRevisionsBytes: number;
}

/** Pages of the revisions table and its index, as SQLite's dbstat counts them. */
export function revisionsTableBytes(archive: Archive): number {
  return (
    archive.db
      .prepare<[], number>("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN ('revisions', 'sqlite_autoindex_revisions_1')")
      .pluck()
      .get() ?? 0
  );
}

function fileSize(archive: Archive, path: string): number {
  // Everything written is moved from the WAL into the file, so the file is the archive's size.
  archive.db.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(path).size;
}

export function benchHistory(): HistoryBenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'dabir-history-bench-'));
  try {
    const path = join(dir, 'archive.sqlite');
    const archive = Archive.open(path);
    const before = fileSize(archive, path);
    const cpu = process.cpuUsage();
    const start = Date.parse('2026-03-01T08:00:00.000Z');
    const run = runAutosaves(archive, HISTORY_SAVES, (save) => new Date(start + (save + 1) * 1000).toISOString());
    const spent = process.cpuUsage(cpu);
    const fileGrowth = fileSize(archive, path) - before;
    const revisionsBytes = revisionsTableBytes(archive);
    const revisions = archive.articles.revisions.list(run.id);
    const fullSnapshotBytes = revisions.reduce(
      (sum, { revision }) => sum + Buffer.byteLength(JSON.stringify(archive.articles.revisions.snapshot(run.id, revision))),
      0,
    );
    // A save every ~100 minutes for a fortnight: thinning keeps what its rules say.
    const spread = runAutosaves(archive, HISTORY_SAVES, (save) => new Date(start + (save + 1) * 100 * 60_000).toISOString());
    const spreadRows = archive.articles.revisions.count(spread.id);
    const spreadRevisionsBytes = revisionsTableBytes(archive) - revisionsBytes;
    archive.close();
    return {
      fileGrowth,
      revisionsBytes,
      fullSnapshotBytes,
      rows: revisions.length,
      cpuMsPerSave: (spent.user + spent.system) / 1000 / (HISTORY_SAVES + 1),
      spreadRows,
      spreadRevisionsBytes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function reportHistory(result: HistoryBenchResult, log: (line: string) => void): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  const verdict = result.fileGrowth < HISTORY_TARGET_BYTES ? 'within' : 'OVER';
  log(`History: ${HISTORY_SAVES} autosaves of an 11,000-character article, a second apart`);
  log(`  archive file grew ${kb(result.fileGrowth)} (${verdict} the 1 MiB target); revisions table ${kb(result.revisionsBytes)} for ${result.rows} revisions`);
  log(`  as full JSON snapshots (before migration 010) the same revisions are ${kb(result.fullSnapshotBytes)}`);
  log(`  process CPU per save: ${result.cpuMsPerSave.toFixed(1)} ms (the whole save: text, search index, names, revision)`);
  log(`  the same saves ~100 minutes apart over a fortnight: ${result.spreadRows} revisions kept, ${kb(result.spreadRevisionsBytes)}`);
}
