/**
 * One long operation started from a piece of the UI: `start` asks the archive to run it and
 * follows it to its end, `cancel` asks it to stop after its current batch. The status shows
 * progress while it runs and the outcome after (its result, or why it failed or stopped).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobStatus, StartJobRequest } from '../../common/contract';
import type { ApiError } from '../../common/result';
import { useApi } from '../api/ApiContext';
import { watchJob } from './watchJob';

export interface JobControl {
  /** The job's latest status; null before the first start. */
  status: JobStatus | null;
  /** The archive refused to start it, or could not be asked how it went. */
  error: ApiError | null;
  running: boolean;
  cancelling: boolean;
  /** Resolves with the final status, or null when it could not be started or followed. */
  start: (request: StartJobRequest) => Promise<JobStatus | null>;
  cancel: () => void;
}

export function useJob(): JobControl {
  const api = useApi();
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const unmounted = useRef(false);
  const current = useRef<string | null>(null);

  useEffect(() => {
    unmounted.current = false;
    return () => {
      unmounted.current = true;
    };
  }, []);

  const start = useCallback(async (request: StartJobRequest) => {
    setError(null);
    setCancelling(false);
    const started = await api.startJob(request);
    if (!started.ok) {
      setError(started.error);
      return null;
    }
    current.current = started.value.id;
    const ended = await watchJob(api, started.value, (next) => !unmounted.current && setStatus(next), () => unmounted.current);
    if (!ended.ok) {
      if (!unmounted.current) setError(ended.error);
      return null;
    }
    return ended.value;
  }, [api]);

  const cancel = useCallback(() => {
    if (!current.current) return;
    setCancelling(true);
    void api.cancelJob({ id: current.current });
  }, [api]);

  return { status, error, running: status?.state === 'running', cancelling, start, cancel };
}
