/**
 * The shape every long operation in the core shares (imports, exports, merges; see the brief
 * for issues 8–10): an async function taking its input plus `{ onProgress, signal }`, that
 * reports progress at a sensible granularity, yields to the event loop between batches so
 * other calls keep being answered, and on cancel throws `cancelled` with the archive intact.
 * The archive worker's job runner (issue 8) runs functions of this shape.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

export interface LongOperationProgress {
  done: number;
  total: number;
  /** What the operation is doing now ('reading', 'importing', 'merging'…). */
  phase?: string;
  /** The item being worked on, for the user (a file's name). */
  current?: string;
}

export interface LongOperationOptions {
  onProgress?: (progress: LongOperationProgress) => void;
  signal?: AbortSignal;
}

/** Thrown when the signal aborts; whatever was in progress has been rolled back. */
export class CancelledError extends Error {
  readonly code = 'cancelled';

  constructor(message = 'The operation was cancelled; nothing of the batch in progress was kept.') {
    super(message);
    this.name = 'CancelledError';
  }
}

export function isCancelled(error: unknown): error is CancelledError {
  return error instanceof CancelledError;
}

/** Throws CancelledError when the signal has aborted: call it between batches. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/**
 * Lets the event loop answer other calls, then checks for a cancel. Every batch boundary of a
 * long operation goes through here.
 */
export async function betweenBatches(signal: AbortSignal | undefined): Promise<void> {
  await yieldToEventLoop();
  throwIfCancelled(signal);
}

const REPORT_EVERY_MS = 100;

/**
 * Passes progress on at most every ~100 ms (and always the first and the last report), so a
 * per-item loop may call it freely without flooding a UI or a terminal.
 */
export function throttledProgress(onProgress: LongOperationOptions['onProgress']): (progress: LongOperationProgress, force?: boolean) => void {
  let last = 0;
  return (progress, force = false) => {
    if (!onProgress) return;
    const now = performance.now();
    if (!force && progress.done < progress.total && now - last < REPORT_EVERY_MS) return;
    last = now;
    onProgress(progress);
  };
}
