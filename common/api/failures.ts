/**
 * What went wrong, in the API's words: every front door (IPC, HTTP, the command line) and the
 * job runner report a thrown error as the same `Result` code, so the UI explains a full disk or
 * a damaged file the same way whichever path met it.
 */
import { ArchiveError, fail, type Result } from '../result';

/** Maps SQLite's and our own failures to codes the UI can explain. */
export function toApiFailure(error: unknown): Result<never> {
  if (error instanceof ArchiveError) return fail(error.code, error.message);
  const code = (error as { code?: unknown })?.code;
  if (code === 'SQLITE_FULL') {
    return fail('disk_full', 'The disk is full; the change was not saved and the archive is unchanged.');
  }
  // The schema's CHECKs (json_valid, a known status, a date's shape) guard what callers send:
  // a value one refuses is the caller's to fix, not a fault of the archive.
  if (code === 'SQLITE_CONSTRAINT_CHECK') {
    return fail('invalid_argument', `The archive refused a value it cannot store (${(error as Error).message}).`);
  }
  if (isDamageCode(code)) {
    return fail('damaged', `The archive file is damaged (${code}); nothing was changed.`);
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
    return fail('read_only', 'The archive is read-only; the change was not saved.');
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) {
    return fail('busy', 'Another program is writing to the archive; the change was not saved. Try again in a moment.');
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    return fail('storage', `The archive could not complete the operation (${code}).`);
  }
  return fail('internal', error instanceof Error ? error.message : String(error));
}

/** SQLite's words for a file that is not (or no longer) a whole database. */
export function isDamageCode(code: unknown): boolean {
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}
