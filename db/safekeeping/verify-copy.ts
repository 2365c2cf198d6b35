/**
 * Is this file a whole, readable Dabir archive? Asked of every backup before an older one may
 * be removed, and of a backup before it replaces the archive: SQLite's `quick_check`, Dabir's
 * application id, and a schema version this Dabir can open (or exactly the one expected).
 */
import type { LongOperationOptions } from '../jobs/long-operation';
import { schemaVersionOf } from '../migrate';
import { connectDatabase, DABIR_APPLICATION_ID, NotAnArchiveError, type ArchiveDatabase } from '../open';
import { cachedPluck } from '../statement-cache';
import { quickCheckByTable } from './check-archive';

export interface CopyVerification {
  ok: boolean;
  /** What is wrong, in plain English; empty when `ok`. */
  problems: string[];
  /** Live (not deleted) articles in the copy; null when it could not be read. */
  articles: number | null;
  schemaVersion: number | null;
}

export interface VerifyOptions {
  /** The schema the copy must have (a backup has its archive's); else anything up to `newestSchema`. */
  expectedSchema?: number;
  /** The newest schema this Dabir knows; a copy written by a newer Dabir cannot be restored. */
  newestSchema: number;
  nativeBinding?: string;
}

/** Checked a table at a time, so verifying a large backup never holds up the archive's other work. */
export async function verifyArchiveCopy(path: string, options: VerifyOptions & LongOperationOptions): Promise<CopyVerification> {
  let db;
  try {
    db = connectDatabase(path, { readonly: true, nativeBinding: options.nativeBinding });
  } catch (error) {
    const reason = error instanceof NotAnArchiveError ? error.message : `it cannot be opened (${describe(error)})`;
    return { ok: false, problems: [reason], articles: null, schemaVersion: null };
  }
  try {
    const problems: string[] = [];
    if (db.pragma('application_id', { simple: true }) !== DABIR_APPLICATION_ID) problems.push('it lacks Dabir’s application id');
    const damage = await quickCheckByTable(db, { onProgress: options.onProgress, signal: options.signal, phase: 'verify' });
    problems.push(...damage.map((line) => `quick_check: ${line}`));
    const schemaVersion = schemaVersionOf(db);
    if (options.expectedSchema !== undefined && schemaVersion !== options.expectedSchema) {
      problems.push(`its schema version is ${schemaVersion}, not ${options.expectedSchema}`);
    } else if (schemaVersion > options.newestSchema) {
      problems.push(`it was written by a newer Dabir (schema ${schemaVersion}; this version knows ${options.newestSchema})`);
    } else if (schemaVersion === 0) {
      problems.push('it holds no Dabir tables');
    }
    const articles = problems.length === 0 ? countArticles(db) : null;
    return { ok: problems.length === 0, problems, articles, schemaVersion };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'cancelled') throw error;
    return { ok: false, problems: [`it cannot be read (${describe(error)})`], articles: null, schemaVersion: null };
  } finally {
    db.close();
  }
}

export function countArticles(db: ArchiveDatabase): number {
  return cachedPluck<[], number>(db, 'SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL').get()!;
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
