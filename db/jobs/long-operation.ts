/**
 * The shape of a long operation in the archive, and the helpers that keep one well behaved.
 * A long operation is `async (input, { onProgress, signal }) => result`: it reports progress
 * about every 1% or 100 ms (never per row), checks `signal` between batches, stops with the
 * error code `cancelled` (the batch in progress rolled back, the archive intact), and yields
 * to the event loop between batches so the archive keeps answering other calls meanwhile.
 * The job runner (job-runner.ts) runs such functions; the CLI may call them directly.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { JobProgress } from '../../common/contract';
import { ArchiveError } from '../../common/result';

export interface LongOperationOptions {
  onProgress?: (progress: JobProgress) => void;
  signal?: AbortSignal;
}

export type LongOperation<Input, Output> = (input: Input, options: LongOperationOptions) => Promise<Output>;

export const PROGRESS_INTERVAL_MS = 100;

export function cancelledError(): ArchiveError {
  return new ArchiveError('cancelled', 'The operation was cancelled; what it had finished stays');
}

/** Throws `cancelled` once the signal has fired; call it between batches. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}

/**
 * Lets the event loop run (other calls, a cancel) before the next batch, then checks whether
 * the operation was cancelled meanwhile.
 */
export async function betweenBatches(signal: AbortSignal | undefined): Promise<void> {
  await nextTurn();
  throwIfCancelled(signal);
}

export interface ProgressReporter {
  (progress: JobProgress): void;
  /** Passes on the latest step if it was held back: when the operation ends, however it ends. */
  flush(): void;
}

/**
 * Passes progress on at most every 1% or every 100 ms, whichever comes later, but always the
 * first step and the last, and (on `flush`) the step an operation stopped at, so a listener
 * sees exactly how far a cancelled job had come.
 */
export function throttledProgress(onProgress: LongOperationOptions['onProgress']): ProgressReporter {
  let lastAt = -Infinity;
  let lastDone = -Infinity;
  let lastPhase: string | undefined;
  let held: JobProgress | null = null;
  const pass = (progress: JobProgress) => {
    held = null;
    lastAt = performance.now();
    lastDone = progress.done;
    lastPhase = progress.phase;
    onProgress?.({ ...progress });
  };
  const report = (progress: JobProgress) => {
    const step = Math.max(1, progress.total / 100);
    const edge = progress.done === 0 || progress.done >= progress.total || progress.phase !== lastPhase;
    if (edge || (performance.now() - lastAt >= PROGRESS_INTERVAL_MS && progress.done - lastDone >= step)) pass(progress);
    else held = progress;
  };
  return Object.assign(report, { flush: () => held && pass(held) });
}

/**
 * How long one batch may keep the archive's thread from answering: a call that arrives during
 * a batch waits for it, so batches are sized to take about this long, whatever an item costs.
 */
export const BATCH_BUDGET_MS = 40;

/**
 * Sizes batches to the budget: the first is one item, each next one as many items as the last
 * batch's time per item says fit in BATCH_BUDGET_MS, never more than `max`.
 */
export class BatchSizer {
  private size = 1;

  constructor(private readonly max: number) {}

  next(): number {
    return this.size;
  }

  /** Measures a batch of `count` items that took `elapsedMs`. */
  done(count: number, elapsedMs: number): void {
    const perItem = Math.max(elapsedMs, 0.01) / Math.max(1, count);
    this.size = Math.max(1, Math.min(this.max, Math.floor(BATCH_BUDGET_MS / perItem)));
  }
}

/**
 * Runs `work` over `items` a batch at a time with progress and cancellation: the common loop
 * of a long operation. `work` runs one batch synchronously (in a transaction, if it writes),
 * so a cancel never lands inside one; batches are sized to BATCH_BUDGET_MS. Resolves with what
 * each batch returned.
 */
export async function inBatches<T, R>(
  items: readonly T[],
  maxBatch: number,
  options: LongOperationOptions & { phase?: string },
  work: (batch: readonly T[]) => R,
): Promise<R[]> {
  const report = throttledProgress(options.onProgress);
  const sizer = new BatchSizer(maxBatch);
  const outputs: R[] = [];
  report({ done: 0, total: items.length, phase: options.phase });
  try {
    for (let start = 0; start < items.length; ) {
      throwIfCancelled(options.signal);
      const batch = items.slice(start, start + sizer.next());
      const began = performance.now();
      outputs.push(work(batch));
      sizer.done(batch.length, performance.now() - began);
      start += batch.length;
      report({ done: start, total: items.length, phase: options.phase });
      if (start < items.length) await betweenBatches(options.signal);
    }
  } finally {
    report.flush();
  }
  return outputs;
}
