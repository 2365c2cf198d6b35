/**
 * Errors cross the process boundary as values: `ipcMain.handle` would keep only a thrown
 * error's message, and the UI needs a code to pick its Persian message.
 */
export const ERROR_CODES = [
  'invalid_argument',
  'not_found',
  'conflict',
  'disk_full',
  'storage',
  /** The archive file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB, a failed check). */
  'damaged',
  /** The archive file may not be written: it, or its folder, is read-only. */
  'read_only',
  /** Another Dabir (the app, a browser shell, a command) is writing to the archive. */
  'busy',
  /** A long operation was cancelled; nothing was changed. */
  'cancelled',
  'unknown_method',
  'unauthorized',
  'unavailable',
  /** A long operation stopped because it was asked to; what it had finished stays. */
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** English, for logs and the command line; the UI maps `code` to its own catalogue. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Thrown inside services when the failure has a code the UI should see. */
export class ArchiveError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}
