/**
 * The messages between the archive worker and the host that owns it. The worker takes them
 * in the order they were posted, so a `close` posted after a burst of calls is read only when
 * every one of those calls has been answered.
 */
import type { JobStatus } from '../common/contract';
import type { Result } from '../common/result';
import type { LockHolder } from '../db/safekeeping/archive-lock';

/** What the worker needs to open the archive (workerData). */
export interface ArchiveWorkerData {
  dbPath: string;
  /** better-sqlite3 built for Electron's ABI; the package's own build under Node. */
  nativeBinding?: string;
  migrationsDir?: string;
  /** Who holds the archive's lock, for the message a second Dabir on the same archive gets; the app unless said. */
  holder?: LockHolder;
  /** How often a changed archive is backed up while open (30 minutes unless a test says otherwise). */
  backupIntervalMs?: number;
  /** How long to wait for the archive's lock; the host sets it when a new worker replaces one that died. */
  lockWaitMs?: number;
}

export type ToWorker =
  | { type: 'call'; id: number; method: string; args: unknown }
  /** A call whose arguments are still the JSON text of an HTTP body: parsed, and answered as JSON, here. */
  | { type: 'call-json'; id: number; method: string; body: string }
  /** Answer everything posted before this, stop the running jobs, close the archive, exit. */
  | { type: 'close' };

export type FromWorker =
  /** The archive is open; `rebuild` is the index rebuild it started, if the index needed one. */
  | { type: 'ready'; rebuild: JobStatus | null }
  /** `code`: the ArchiveError's code when there was one (`busy`: another Dabir holds the archive). */
  | { type: 'open-failed'; name: string; message: string; code?: string }
  | { type: 'reply'; id: number; result: Result<unknown> }
  /** `malformed`: the body was not JSON, and `json` says so. */
  | { type: 'reply-json'; id: number; json: string; malformed: boolean }
  /** A job started, moved on, or ended. */
  | { type: 'job'; status: JobStatus }
  | { type: 'closed' };
