/**
 * Brings the search index up to date before a command searches: an archive written by an
 * older normaliser (or never indexed) is re-indexed on the spot, with progress on stderr so
 * stdout stays the answer. On a terminal one line is overwritten; in a log, a line per tenth.
 */
import type { IndexStatus } from '../common/contract';
import type { Archive } from '../db/archive';
import type { CliIO } from './io';

const LABEL = 'Rebuilding the search index';

/** Returns true when the index had to be rebuilt. */
export function rebuildSearchIndexIfNeeded(archive: Archive, io: CliIO): boolean {
  if (!archive.searchIndex.needsRebuild()) return false;
  const report = io.stderrIsTTY ? overwritingReporter(io) : lineReporter(io);
  archive.searchIndex.rebuildNow(report.progress);
  report.done();
  return true;
}

interface ProgressReporter {
  progress(status: IndexStatus): void;
  done(): void;
}

function percentOf(status: IndexStatus): number {
  return status.total === 0 ? 100 : Math.min(100, Math.floor((status.done / status.total) * 100));
}

function overwritingReporter(io: CliIO): ProgressReporter {
  let shown = -1;
  return {
    progress(status) {
      const percent = percentOf(status);
      if (percent === shown) return;
      shown = percent;
      io.stderr(`\r${LABEL}: ${percent}%`);
    },
    done() {
      if (shown >= 0) io.stderr('\n');
    },
  };
}

/** Plain lines for a pipe or a log: one each time another tenth is done, so at most ten. */
function lineReporter(io: CliIO): ProgressReporter {
  let shownTenths = 0;
  return {
    progress(status) {
      const percent = percentOf(status);
      const tenths = Math.floor(percent / 10);
      if (tenths <= shownTenths) return;
      shownTenths = tenths;
      io.stderr(`${LABEL}: ${percent}%\n`);
    },
    done() {},
  };
}
