/**
 * `dabir` runs the command line built ahead of time into plain JavaScript: nothing compiles
 * TypeScript when it starts, and a change to a source is never run stale.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-archive';
import { cleanEnv, dabirBin, repositoryRoot } from './run-cli';

const INPUTS = join(repositoryRoot, 'out', 'dabir-cli.inputs.json');

let dir: string;
beforeAll(() => {
  dir = makeTempDir('dabir-cli-built-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('starts from the JavaScript bundle, loading no TypeScript compiler', () => {
  // Preloaded into the `dabir` process: lists, at exit, every file it loaded through require.
  const spy = join(dir, 'loaded-files.cjs');
  writeFileSync(spy, "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));\n");
  const run = spawnSync(process.execPath, ['--require', spy, dabirBin, 'list', '--db', join(dir, 'none.sqlite')], {
    cwd: dir,
    env: cleanEnv(dir),
    encoding: 'utf8',
  });
  expect(run.stdout).toBe('');
  const [problem, loaded] = run.stderr.split('\n');
  expect(problem).toMatch(/^dabir: there is no archive at /);
  const files: string[] = JSON.parse(loaded);
  // The bundle itself runs through V8's code cache (bin/dabir.mjs), not require; what it
  // requires is only the native SQLite binding.
  expect(files.some((file) => /[\\/]node_modules[\\/]better-sqlite3[\\/]/.test(file))).toBe(true);
  expect(files.filter((file) => /[\\/]node_modules[\\/](tsx|esbuild|typescript)[\\/]/.test(file))).toEqual([]);
  expect(files.filter((file) => file.endsWith('.ts'))).toEqual([]);
});

it('rebuilds the bundle first when a source changed after it was built', () => {
  const source = join(repositoryRoot, 'cli', 'usage.ts');
  const builtBefore = JSON.parse(readFileSync(INPUTS, 'utf8')).startedAt as number;
  // As an editor saving the file would leave it: newer than the bundle, same text.
  const later = new Date(Math.max(Date.now(), builtBefore) + 1000);
  utimesSync(source, statSync(source).atime, later);
  const run = spawnSync(process.execPath, [dabirBin, '--help'], { cwd: dir, env: cleanEnv(dir), encoding: 'utf8', timeout: 50_000 });
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/^Usage: dabir /);
  const builtAfter = JSON.parse(readFileSync(INPUTS, 'utf8')).startedAt as number;
  expect(builtAfter).toBeGreaterThan(builtBefore);
  expect(builtAfter).toBeGreaterThanOrEqual(later.getTime() - 1000);
});
