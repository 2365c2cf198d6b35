/**
 * `npm run bench` end to end on a small archive, as a smoke check: every section runs and
 * writes its figures, beside their baselines, to the JSON and the table. No timing is
 * asserted: the figures are the benchmark's to report, not the test suite's to judge.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BenchReport } from '../../bench/run';
import { repositoryRoot } from '../cli/run-cli';
import { makeTempDir } from '../support/temp-archive';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('dabir-bench-smoke-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const positive = (value: number) => Number.isFinite(value) && value > 0;

it('runs `npm run bench -- --articles 2000` and writes every figure beside its baseline', { timeout: 300_000 }, () => {
  const out = join(dir, 'bench.json');
  const tsx = require.resolve('tsx/cli');
  const args = ['bench/run.ts', '--articles', '2000', '--runs', '2', '--related', '20', '--cli-runs', '2', '--list-runs', '2', '--import', '300', '--out', out];
  const run = spawnSync(process.execPath, [tsx, ...args], { cwd: repositoryRoot, encoding: 'utf8', timeout: 290_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('| search, mixed set (p50 / p95) |');
  expect(run.stdout).toContain(`Figures as JSON: ${out}`);

  const report = JSON.parse(readFileSync(out, 'utf8')) as BenchReport;
  expect(report.run.articles).toBe(2000);
  expect(report.machine.cores).toBeGreaterThan(0);
  for (const [ours, baseline] of [
    [report.search.ours.p95, report.search.raw.p95],
    [report.search.commonWords.ours.max, report.search.commonWords.raw.max],
    [report.related.ours.p95, report.related.raw.p95],
    [report.cli.ours.p50, report.cli.raw.p50],
    [report.list.ours.p50, report.list.raw.p50],
    [report.memory.ours.peakRssMB, report.memory.raw.peakRssMB],
    [report.size.fileBytes, report.size.rawTextBytes],
    [report.import!.ours.articlesPerSecond, report.import!.raw.articlesPerSecond],
  ]) {
    expect(positive(ours) && positive(baseline), `${ours} beside ${baseline}`).toBe(true);
  }
  expect(report.search.perQuery.length).toBeGreaterThan(10);
  expect(report.import!.ours.imported).toBe(300);
});
