/**
 * The one backup or restore an archive session runs at a time, in the background: starting
 * one answers at once with its state, progress is recorded as it goes, and the finished job
 * (succeeded, or failed with an error code) stays readable until the next one starts. A
 * second backup asked for meanwhile is the one already running; a restore then is refused.
 * (The archive worker's job runner can take these over: the work is in the long-operation
 * shape of db/long-operation.ts.)
 */
import type { BackupReason } from '../../common/constants';
import type { BackupInfo, BackupJob } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import { toApiFailure } from '../dispatch';
import type { LongOperationOptions } from '../long-operation';

export interface JobResult {
  backup: BackupInfo | null;
  keptAs: string | null;
}

export class BackupJobs {
  private job: BackupJob | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly now: () => Date,
    private readonly log: (message: string) => void,
  ) {}

  /** The latest job, running or finished; null before the first. */
  latest(): BackupJob | null {
    return this.job ? { ...this.job } : null;
  }

  /** Settles when no job is running. */
  idle(): Promise<void> {
    return this.running?.catch(() => {}) ?? Promise.resolve();
  }

  isRunning(): boolean {
    return this.running !== null;
  }

  start(kind: BackupJob['kind'], reason: BackupReason | null, work: (options: LongOperationOptions) => Promise<JobResult>): BackupJob {
    if (this.running && this.job) {
      if (kind === 'backup' && this.job.kind === 'backup') return { ...this.job };
      throw new ArchiveError('busy', 'A backup or restore is already running; try again when it has finished.');
    }
    const job: BackupJob = {
      kind,
      state: 'running',
      reason,
      phase: null,
      done: 0,
      total: 0,
      startedAt: this.now().toISOString(),
      finishedAt: null,
      backup: null,
      keptAs: null,
      error: null,
    };
    this.job = job;
    const onProgress: LongOperationOptions['onProgress'] = (progress) => {
      job.phase = progress.phase ?? null;
      job.done = progress.done;
      job.total = progress.total;
    };
    this.running = work({ onProgress })
      .then((result) => {
        job.state = 'succeeded';
        job.backup = result.backup;
        job.keptAs = result.keptAs;
      })
      .catch((error) => {
        job.state = 'failed';
        const failure = toApiFailure(error);
        job.error = failure.ok ? null : failure.error;
        this.log(`The ${kind} failed: ${(error as Error).message}`);
      })
      .finally(() => {
        job.finishedAt = this.now().toISOString();
        this.running = null;
      });
    return { ...job };
  }
}
