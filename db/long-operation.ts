/**
 * The shape every long operation in db/ takes (backups, checks, restores, and the jobs the
 * archive worker runs): its input, then `{ onProgress, signal }`. It reports progress now and
 * then rather than per row, checks `signal` between batches, yields to the event loop so other
 * calls keep being answered, and on cancel throws an ArchiveError with the code `cancelled`,
 * leaving the archive as it was.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { ArchiveError } from '../common/result';

export interface OperationProgress {
  done: number;
  total: number;
  /** What the operation is doing now, e.g. `copy` then `verify` for a backup. */
  phase?: string;
}

export interface LongOperationOptions {
  onProgress?: (progress: OperationProgress) => void;
  signal?: AbortSignal;
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ArchiveError('cancelled', 'The operation was cancelled; nothing was changed.');
}

/** Lets other calls run, then stops here if the operation was cancelled meanwhile. */
export async function pause(signal: AbortSignal | undefined): Promise<void> {
  await yieldToEventLoop();
  throwIfCancelled(signal);
}

/** Progress calls at most every `intervalMs` (and always the last one), not once per step. */
export function throttledProgress(
  onProgress: LongOperationOptions['onProgress'],
  intervalMs = 100,
): (progress: OperationProgress) => void {
  if (!onProgress) return () => {};
  let last = 0;
  let lastPhase: string | undefined;
  return (progress) => {
    const now = performance.now();
    const finished = progress.done >= progress.total;
    if (!finished && progress.phase === lastPhase && now - last < intervalMs) return;
    last = now;
    lastPhase = progress.phase;
    onProgress(progress);
  };
}
