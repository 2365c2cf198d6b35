/**
 * The host's copy of the worker's jobs, kept from the statuses the worker reports as they
 * change. getJob and listJobs are answered from it, so a progress bar is answered at once
 * even while the worker is inside a batch, and a job the worker took with it when it died is
 * still known, as failed, instead of vanishing.
 */
import type { JobKind, JobStatus } from '../common/contract';
import { ArchiveError } from '../common/result';

/** Finished jobs remembered, as the worker's runner keeps them. */
const KEEP_FINISHED = 20;

export class JobBoard {
  private readonly jobs = new Map<string, JobStatus>();
  private readonly waiting = new Map<string, Array<(status: JobStatus) => void>>();

  record(status: JobStatus): void {
    this.jobs.delete(status.id);
    this.jobs.set(status.id, status);
    if (status.state !== 'running') {
      for (const resolve of this.waiting.get(status.id) ?? []) resolve(status);
      this.waiting.delete(status.id);
      this.forgetOldest();
    }
  }

  find(id: string): JobStatus | undefined {
    return this.jobs.get(id);
  }

  get(id: string): JobStatus {
    const status = this.jobs.get(id);
    if (!status) throw new ArchiveError('not_found', `No job with id ${id}`);
    return status;
  }

  list(kind?: JobKind): JobStatus[] {
    return [...this.jobs.values()].filter((status) => kind === undefined || status.kind === kind).reverse();
  }

  /** Resolves with the job's final status. */
  settled(id: string): Promise<JobStatus> {
    const status = this.get(id);
    if (status.state !== 'running') return Promise.resolve(status);
    return new Promise((resolve) => this.waiting.set(id, [...(this.waiting.get(id) ?? []), resolve]));
  }

  /** The worker stopped: whatever it was running ended with it. */
  interruptRunning(message: string): void {
    for (const status of [...this.jobs.values()]) {
      if (status.state === 'running') {
        this.record({ ...status, state: 'failed', error: { code: 'unavailable', message }, endedAt: new Date().toISOString() });
      }
    }
  }

  private forgetOldest(): void {
    const finished = [...this.jobs.values()].filter((status) => status.state !== 'running');
    for (const status of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(status.id);
  }
}
