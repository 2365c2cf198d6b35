/**
 * A long operation's progress on the command line: one line on stderr, rewritten in place, and
 * only when stderr is a terminal (a script or `--json` reader sees nothing extra). Cleared
 * before the command prints its result.
 */
import type { JobProgress } from '../common/contract';
import { terminalSafe } from './format';
import type { CliIO } from './io';

const WIDTH = 78;

export interface ProgressLine {
  update(progress: JobProgress): void;
  clear(): void;
}

export function progressLine(io: CliIO, json: boolean, verb: string): ProgressLine {
  if (json || !io.stderrIsTTY) return { update: () => {}, clear: () => {} };
  let shown = false;
  return {
    update({ done, total, current }) {
      const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
      const text = terminalSafe(`${verb} ${String(percent).padStart(3)}%${current ? `  ${current}` : ''}`);
      const line = Array.from(text).length > WIDTH ? `${Array.from(text).slice(0, WIDTH - 1).join('')}…` : text;
      io.stderr(`\r\u001b[2K${line}`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr('\r\u001b[2K');
      shown = false;
    },
  };
}
