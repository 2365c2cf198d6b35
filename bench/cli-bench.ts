/**
 * The command line's answer time as a user sees it: `dabir search` on the benchmark archive,
 * from starting the process to its exit, against `node -e 0` (Node starting and doing
 * nothing) in the same run, alternating so both meet the same load on the machine.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { round, summarise, type Percentiles } from './measure';

export const CLI_TARGET_MS = 300;
const QUERIES = ['ظریف', 'سازمان همکاری اسلامی', 'نشست -ژنو'];

export interface CliFigures {
  ours: Percentiles;
  raw: Percentiles;
  /** What the command line adds to Node's own start, at the median. */
  overheadP50: number;
}

function wallOf(args: string[]): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return wall;
}

export function benchCli(path: string, runs: number): CliFigures {
  const dabir = join(__dirname, '..', 'bin', 'dabir.mjs');
  const search = (query: string) => [dabir, '--db', path, 'search', query, '--json'];
  // The first run builds the bundle if a source changed, and leaves V8's code cache.
  wallOf(search(QUERIES[0]));
  wallOf(['-e', '0']);
  const ours: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    ours.push(wallOf(search(QUERIES[run % QUERIES.length])));
    raw.push(wallOf(['-e', '0']));
  }
  const rounded = (samples: number[]) => {
    const figures = summarise(samples);
    return { p50: round(figures.p50), p95: round(figures.p95), max: round(figures.max), runs: figures.runs };
  };
  const figures = { ours: rounded(ours), raw: rounded(raw) };
  return { ...figures, overheadP50: round(figures.ours.p50 - figures.raw.p50) };
}
