/**
 * Any answer from the archive can be the first to say the archive file is damaged (SQLite
 * found it so mid-session, in the archive worker) or read-only: a call's own answer, or a job
 * that ended on it (a rebuild or a backup that met a damaged page). The API object is wrapped
 * once so such an answer, to whichever call, reaches the one place that shows it
 * (useArchiveState), instead of every caller having to pass it on.
 */
import { API_METHODS } from '../../common/constants';
import type { DabirApi, JobStatus } from '../../common/contract';
import type { ErrorCode, Result } from '../../common/result';

/** The codes that say something about the archive as a whole, not about one call. */
const ARCHIVE_WIDE: readonly ErrorCode[] = ['damaged', 'read_only'];

const listeners = new Set<(code: ErrorCode) => void>();

export function onArchiveAlert(listener: (code: ErrorCode) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The error code of a job status (startJob, getJob) that ended failed; undefined for anything else. */
function jobFailureOf(value: unknown): ErrorCode | undefined {
  const status = value as Partial<JobStatus> | null;
  return status && typeof status === 'object' && status.state === 'failed' ? status.error?.code : undefined;
}

export function watchArchiveAlerts(api: DabirApi): DabirApi {
  const watched = {} as Record<string, (args: unknown) => Promise<Result<unknown>>>;
  for (const method of API_METHODS) {
    const call = api[method] as (args: unknown) => Promise<Result<unknown>>;
    watched[method] = async (args) => {
      const result = await call(args);
      const code = result.ok ? jobFailureOf(result.value) : result.error.code;
      if (code && ARCHIVE_WIDE.includes(code)) for (const listener of listeners) listener(code);
      return result;
    };
  }
  return Object.freeze(watched) as unknown as DabirApi;
}
