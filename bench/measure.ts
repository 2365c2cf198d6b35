/**
 * How the benchmark measures: percentiles of a set of samples, and one call timed by the wall
 * clock (what a user waits) and by this process's CPU (the same work, less swayed by other
 * load on the machine: on a busy machine the wall clock also counts waiting for a core).
 */
export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarise(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? 0, runs: sorted.length };
}

export interface Timed<T> {
  value: T;
  /** Wall-clock milliseconds. */
  wall: number;
  /** Milliseconds of this process's CPU (user and system). */
  cpu: number;
}

export function timed<T>(run: () => T): Timed<T> {
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const value = run();
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  return { value, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** Rounds for the JSON: enough digits for a millisecond figure, none that mean nothing. */
export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
