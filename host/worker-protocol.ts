/**
 * The messages between the archive worker and the host that owns it. The worker takes them
 * in the order they were posted, so a `close` posted after a burst of calls is read only when
 * every one of those calls has been answered.
 */
import type { JobStatus } from '../common/contract';
import type { Result } from '../common/result';

/** What the worker needs to open the archive (workerData). */
export interface ArchiveWorkerData {
  dbPath: string;
  /** better-sqlite3 built for Electron's ABI; the package's own build under Node. */
  nativeBinding?: string;
  migrationsDir?: string;
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
  | { type: 'open-failed'; name: string; message: string }
  | { type: 'reply'; id: number; result: Result<unknown> }
  /** `malformed`: the body was not JSON, and `json` says so. */
  | { type: 'reply-json'; id: number; json: string; malformed: boolean }
  /** A job started, moved on, or ended. */
  | { type: 'job'; status: JobStatus }
  | { type: 'closed' };
