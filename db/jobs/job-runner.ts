/**
 * Runs the archive's long operations as jobs: each started job gets an id, an AbortController
 * and a status that changes as it reports progress, and ends done, failed or cancelled. Every
 * change is passed to `onChange` (the archive worker posts it to the shell that owns it), and
 * the statuses are what getJob and listJobs answer. Nothing here knows threads or transports,
 * so the runner works the same in the worker, in a test, or in the CLI's process.
 */
import { randomUUID } from 'node:crypto';
import type { JobInputOf, JobKind, JobProgress, JobResultOf, JobStatus, StartJobRequest } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import { toApiFailure } from '../../common/api/failures';
import { CancelledWithResult, type LongOperationOptions } from './long-operation';

export type JobHandler<K extends JobKind> = (input: JobInputOf<K>, options: LongOperationOptions) => Promise<JobResultOf<K>>;
export type JobHandlers = { [K in JobKind]: JobHandler<K> };

export interface JobRunnerOptions {
  /** Kinds of which a second start while one runs answers with the running one (an index rebuild). */
  oneAtATime?: ReadonlySet<JobKind>;
  onChange?: (status: JobStatus) => void;
}

/** Finished jobs kept for getJob and listJobs: enough for a window to read the outcome of its own. */
const KEEP_FINISHED = 20;

interface RunningJob {
  status: JobStatus;
  controller: AbortController;
  settled: Promise<JobStatus>;
}

const copy = (status: JobStatus): JobStatus => ({ ...status, progress: { ...status.progress } });

export class JobRunner {
  private readonly jobs = new Map<string, RunningJob>();

  constructor(
    private readonly handlers: JobHandlers,
    private readonly options: JobRunnerOptions = {},
  ) {}

  start(request: StartJobRequest): JobStatus {
    if (this.options.oneAtATime?.has(request.kind)) {
      const running = [...this.jobs.values()].find((job) => job.status.kind === request.kind && job.status.state === 'running');
      if (running) return copy(running.status);
    }
    const controller = new AbortController();
    const status = {
      id: randomUUID(),
      kind: request.kind,
      state: 'running',
      progress: { done: 0, total: 0 },
      startedAt: new Date().toISOString(),
      endedAt: null,
    } as JobStatus;
    const handler = this.handlers[request.kind] as JobHandler<JobKind>;
    const onProgress = (progress: JobProgress) => {
      if (status.state !== 'running') return;
      status.progress = { ...progress };
      this.changed(status);
    };
    // Started on the next turn, so the caller has the job's id before its first batch runs.
    const settled = Promise.resolve()
      .then(() => handler(request.input, { onProgress, signal: controller.signal }))
      .then(
        (result) => this.finish(status, { state: 'done', result }),
        (error: unknown) => {
          const failure = toApiFailure(error);
          const apiError = failure.ok ? undefined : failure.error;
          const cancelled = apiError?.code === 'cancelled';
          // A cancelled import still reports the files it had finished.
          const partial = cancelled && error instanceof CancelledWithResult ? { result: error.partial as JobResultOf<JobKind> } : {};
          return this.finish(status, { state: cancelled ? 'cancelled' : 'failed', error: apiError, ...partial });
        },
      );
    this.jobs.set(status.id, { status, controller, settled });
    this.prune();
    this.changed(status);
    return copy(status);
  }

  get(id: string): JobStatus {
    return copy(this.job(id).status);
  }

  /** Asks the job to stop after its current batch; its status says `cancelled` once it has. */
  cancel(id: string): JobStatus {
    const job = this.job(id);
    job.controller.abort();
    return copy(job.status);
  }

  list(kind?: JobKind): JobStatus[] {
    return [...this.jobs.values()]
      .map((job) => job.status)
      .filter((status) => kind === undefined || status.kind === kind)
      .reverse()
      .map(copy);
  }

  /** Resolves with the job's final status. */
  settled(id: string): Promise<JobStatus> {
    return this.job(id).settled;
  }

  /** Cancels every running job and waits until each has stopped: before the archive closes. */
  async stopAll(): Promise<void> {
    const running = [...this.jobs.values()].filter((job) => job.status.state === 'running');
    for (const job of running) job.controller.abort();
    await Promise.all(running.map((job) => job.settled));
  }

  private job(id: string): RunningJob {
    const job = this.jobs.get(id);
    if (!job) throw new ArchiveError('not_found', `No job with id ${id}`);
    return job;
  }

  private finish(status: JobStatus, outcome: Pick<JobStatus, 'state' | 'result' | 'error'>): JobStatus {
    Object.assign(status, outcome, { endedAt: new Date().toISOString() });
    if (outcome.state === 'done') status.progress = { ...status.progress, done: status.progress.total };
    this.changed(status);
    return copy(status);
  }

  private changed(status: JobStatus): void {
    this.options.onChange?.(copy(status));
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((job) => job.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.status.id);
  }
}
