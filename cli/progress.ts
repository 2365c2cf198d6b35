/**
 * Progress of a long job on stderr, so stdout stays the answer: on a terminal one line is
 * overwritten in place; in a pipe or a log, a line each time another tenth is done.
 */
import type { CliIO } from './io';

export interface ProgressReporter {
  progress(status: { done: number; total: number }): void;
  done(): void;
}

export function progressReporter(io: CliIO, label: string): ProgressReporter {
  return io.stderrIsTTY ? overwritingReporter(io, label) : lineReporter(io, label);
}

function percentOf(status: { done: number; total: number }): number {
  return status.total === 0 ? 100 : Math.min(100, Math.floor((status.done / status.total) * 100));
}

function overwritingReporter(io: CliIO, label: string): ProgressReporter {
  let shown = -1;
  return {
    progress(status) {
      const percent = percentOf(status);
      if (percent === shown) return;
      shown = percent;
      io.stderr(`\r${label}: ${percent}%`);
    },
    done() {
      if (shown >= 0) io.stderr('\n');
    },
  };
}

/** Plain lines for a pipe or a log: one each time another tenth is done, so at most ten. */
function lineReporter(io: CliIO, label: string): ProgressReporter {
  let shownTenths = 0;
  return {
    progress(status) {
      const percent = percentOf(status);
      const tenths = Math.floor(percent / 10);
      if (tenths <= shownTenths) return;
      shownTenths = tenths;
      io.stderr(`${label}: ${percent}%\n`);
    },
    done() {},
  };
}

/**
 * One bar for a job in phases (a backup copies, then verifies): each phase fills its own
 * stretch of the bar, so the percentage only ever rises.
 */
export function phasedProgress(
  reporter: ProgressReporter,
  stretches: Record<string, readonly [number, number]>,
): (status: { done: number; total: number; phase?: string }) => void {
  return (status) => {
    const [start, end] = stretches[status.phase ?? ''] ?? [0, 1];
    const within = status.total === 0 ? 1 : status.done / status.total;
    reporter.progress({ done: Math.round((start + (end - start) * within) * 1000), total: 1000 });
  };
}

/** A backup's copy takes about three times its check. */
export const BACKUP_STRETCHES = { copy: [0, 0.75], verify: [0.75, 1] } as const;
