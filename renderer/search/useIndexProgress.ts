/**
 * While the archive says its search index is being rebuilt, follows the rebuild job for the
 * progress bar and says when it has ended, so the search can be asked again (its results were
 * partial until then). The rebuild can be stopped, and a stopped one started again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobProgress, JobStatus } from '../../common/contract';
import { useApi } from '../api/ApiContext';
import { JOB_POLL_MS } from '../jobs/watchJob';

export interface IndexRebuild {
  /** How far the running rebuild has come; null before the first answer. */
  progress: JobProgress | null;
  cancelling: boolean;
  cancel: () => void;
  /** Starts the rebuild again after it was stopped (the search then says it is rebuilding). */
  restart: () => void;
}

export function useIndexProgress(rebuilding: boolean, onSettled: () => void): IndexRebuild {
  const api = useApi();
  const [job, setJob] = useState<JobStatus | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const onSettledRef = useRef(onSettled);
  onSettledRef.current = onSettled;

  useEffect(() => {
    if (!rebuilding) {
      setJob(null);
      setCancelling(false);
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await api.listJobs({ kind: 'rebuildIndex' });
      if (stopped) return;
      const newest = result.ok ? result.value[0] : undefined;
      if (newest) {
        setJob(newest);
        if (newest.state !== 'running') {
          // Done, stopped or failed: the search says which (no notice, or «incomplete»).
          onSettledRef.current();
          return;
        }
      }
      // An unanswered poll is tried again: the notice stays until the rebuild has ended.
      timer = setTimeout(() => void poll(), JOB_POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, rebuilding]);

  const cancel = useCallback(() => {
    if (!job) return;
    setCancelling(true);
    void api.cancelJob({ id: job.id });
  }, [api, job]);

  const restart = useCallback(() => {
    void api.startJob({ kind: 'rebuildIndex', input: {} }).then(() => onSettledRef.current());
  }, [api]);

  return { progress: job?.state === 'running' ? job.progress : null, cancelling, cancel, restart };
}
