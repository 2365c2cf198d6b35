/**
 * Is the archive whole? SQLite's `quick_check` (or the slower `integrity_check`), its
 * `foreign_key_check`, and FTS5's own `integrity-check` of the search index. The quick check
 * runs a table at a time, yielding in between, so the app can check an archive while it is in
 * use; the others are single statements.
 */
import type { Database } from 'better-sqlite3';
import { betweenBatches, throttledProgress, type LongOperationOptions } from '../jobs/long-operation';
import { cachedStatement } from '../statement-cache';

export const CHECK_NAMES = ['quick_check', 'integrity_check', 'foreign_key_check', 'search_index'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface CheckOutcome {
  name: CheckName;
  /** False when the check found problems; null when it could not run (see `problems`). */
  ok: boolean | null;
  problems: string[];
}

export interface ArchiveCheck {
  healthy: boolean;
  mode: 'quick' | 'full';
  checks: CheckOutcome[];
}

/** Enough lines to say what is wrong without printing thousands. */
const PROBLEMS_KEPT = 20;

/** The tables of the file (the search index's shadow tables included; virtual tables have no pages). */
function tablesOf(db: Database): string[] {
  const rows = cachedStatement(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
    .all() as { name: string }[];
  return ['sqlite_schema', ...rows.map((row) => row.name)];
}

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * `quick_check`, one table and its indexes at a time. Returns the problems found (none: the
 * file is whole). Throws what SQLite throws when the file cannot be read at all.
 */
export async function quickCheckByTable(db: Database, options: LongOperationOptions & { phase?: string } = {}): Promise<string[]> {
  const tables = tablesOf(db);
  const report = throttledProgress(options.onProgress);
  const problems: string[] = [];
  for (const [index, table] of tables.entries()) {
    report({ done: index, total: tables.length, phase: options.phase ?? 'quick_check' });
    const rows = damageAsRows(() => db.pragma(`quick_check(${quoted(table)})`) as { quick_check: string }[], table);
    for (const { quick_check: line } of rows) if (line !== 'ok') problems.push(line);
    if (problems.length >= PROBLEMS_KEPT) break;
    await betweenBatches(options.signal);
  }
  report({ done: tables.length, total: tables.length, phase: options.phase ?? 'quick_check' });
  return problems.slice(0, PROBLEMS_KEPT);
}

export async function checkArchive(db: Database, mode: 'quick' | 'full', options: LongOperationOptions = {}): Promise<ArchiveCheck> {
  const checks: CheckOutcome[] = [];
  const steps = 3;
  const phase = (done: number, name: string) => options.onProgress?.({ done, total: steps, phase: name });

  if (mode === 'full') {
    phase(0, 'integrity_check');
    const rows = damageAsRows(() => db.pragma(`integrity_check(${PROBLEMS_KEPT})`) as { integrity_check: string }[], 'the archive');
    const problems = rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
    checks.push({ name: 'integrity_check', ok: problems.length === 0, problems });
  } else {
    phase(0, 'quick_check');
    const problems = await quickCheckByTable(db, { signal: options.signal });
    checks.push({ name: 'quick_check', ok: problems.length === 0, problems });
  }
  await betweenBatches(options.signal);

  phase(1, 'foreign_key_check');
  checks.push(checkForeignKeys(db));
  await betweenBatches(options.signal);

  phase(2, 'search_index');
  checks.push(checkSearchIndex(db));
  phase(3, 'done');

  return { healthy: checks.every((check) => check.ok !== false), mode, checks };
}

/**
 * SQLite answers some damage with rows of problems and some by failing the check itself
 * (SQLITE_CORRUPT): both are a finding, not a reason to stop checking.
 */
function damageAsRows<T extends Record<string, string>>(run: () => T[], where: string): Array<Record<string, string>> {
  try {
    return run();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) {
      return [{ quick_check: `${where}: ${code} (${(error as Error).message})`, integrity_check: `${where}: ${code} (${(error as Error).message})` }];
    }
    throw error;
  }
}

function checkForeignKeys(db: Database): CheckOutcome {
  let orphans: { table: string; rowid: number | null; parent: string }[];
  try {
    orphans = db.pragma('foreign_key_check') as typeof orphans;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) {
      return { name: 'foreign_key_check', ok: null, problems: [`not finished: ${code} (${(error as Error).message})`] };
    }
    throw error;
  }
  return {
    name: 'foreign_key_check',
    ok: orphans.length === 0,
    problems: orphans.slice(0, PROBLEMS_KEPT).map((row) => `a row of ${row.table} (rowid ${row.rowid ?? '?'}) points at a missing row of ${row.parent}`),
  };
}

/** FTS5 compares its index with itself; the command is an INSERT, so it needs a writable connection. */
function checkSearchIndex(db: Database): CheckOutcome {
  if (db.readonly) return { name: 'search_index', ok: null, problems: ['not checked: the archive was opened read-only'] };
  try {
    cachedStatement(db, "INSERT INTO article_search (article_search) VALUES ('integrity-check')").run();
    return { name: 'search_index', ok: true, problems: [] };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) {
      return { name: 'search_index', ok: false, problems: [`the search index does not match itself (${code})`] };
    }
    if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
      return { name: 'search_index', ok: null, problems: ['not checked: the archive is read-only'] };
    }
    throw error;
  }
}
