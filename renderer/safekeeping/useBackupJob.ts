/**
 * Starts a backup or a restore and follows it to its end: the archive runs it in the
 * background and reports how far along it is, asked for every ~300 ms.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupJob } from '../../common/contract';
import type { ApiError, Result } from '../../common/result';
import { api } from '../api/client';

const POLL_MS = 300;

export interface BackupJobControl {
  /** The job being followed (running or just finished); null before the first. */
  job: BackupJob | null;
  /** A refusal to start (another job running, a damaged archive). */
  refusal: ApiError | null;
  start: (begin: () => Promise<Result<BackupJob>>) => void;
}

export function useBackupJob(onFinished: (job: BackupJob) => void): BackupJobControl {
  const [job, setJob] = useState<BackupJob | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;
  const following = useRef(false);

  const follow = useCallback(async () => {
    following.current = true;
    while (following.current) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const result = await api.getBackupJob({});
      if (!following.current) return;
      // A restore briefly closes the archive; an unanswered poll is simply asked again.
      if (!result.ok || !result.value.job) continue;
      setJob(result.value.job);
      if (result.value.job.state !== 'running') {
        following.current = false;
        finished.current(result.value.job);
      }
    }
  }, []);

  useEffect(() => () => void (following.current = false), []);

  const start = useCallback(
    (begin: () => Promise<Result<BackupJob>>) => {
      setRefusal(null);
      void begin().then((result) => {
        if (!result.ok) {
          setRefusal(result.error);
          return;
        }
        setJob(result.value);
        void follow();
      });
    },
    [follow],
  );

  return { job, refusal, start };
}

/** Whole percent of the job's current phase. */
export function jobPercent(job: BackupJob): number {
  return job.total > 0 ? Math.min(100, Math.floor((job.done / job.total) * 100)) : 0;
}
