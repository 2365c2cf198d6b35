/**
 * Follows a job the archive runs: asks for its status every few hundred milliseconds (the
 * same way under Electron and in the browser shell; the host answers from what the worker
 * reported, without waiting on the archive) until it has ended, passing each status on.
 */
import type { DabirApi, JobStatus } from '../../common/contract';
import type { Result } from '../../common/result';

export const JOB_POLL_MS = 300;

/** Resolves with the job's last status, or the failure that stopped the asking. */
export async function watchJob(
  api: Pick<DabirApi, 'getJob'>,
  first: JobStatus,
  onStatus: (status: JobStatus) => void,
  stopped: () => boolean = () => false,
): Promise<Result<JobStatus>> {
  let status = first;
  onStatus(status);
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS));
    if (stopped()) break;
    const next = await api.getJob({ id: status.id });
    if (!next.ok) return next;
    status = next.value;
    onStatus(status);
  }
  return { ok: true, value: status };
}

/** Whole percent done, never 100 before the job has ended. */
export function percentOf(progress: { done: number; total: number } | null | undefined): number {
  if (!progress || progress.total <= 0) return 0;
  return Math.min(99, Math.floor((progress.done / progress.total) * 100));
}
