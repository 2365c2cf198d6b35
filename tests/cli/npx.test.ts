/**
 * `npx dabir` from the repository root: npm finds the `bin` of the project's own package.json
 * and links the project into its npx cache, offline. A private cache keeps the test from
 * touching the user's.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-archive';
import { cleanEnv, repositoryRoot } from './run-cli';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('dabir-cli-npx-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('runs the CLI as `npx dabir` from the repository root', () => {
  const feed = join(dir, 'feed.jsonl');
  writeFileSync(feed, `${JSON.stringify({ headline: 'از راه npx' })}\n`);
  const run = spawnSync('npx', ['dabir', 'import', feed, '--json', '--db', join(dir, 'archive.sqlite')], {
    cwd: repositoryRoot,
    env: cleanEnv(dir, { npm_config_cache: join(dir, 'npm-cache'), npm_config_offline: 'true', npm_config_yes: 'true' }),
    encoding: 'utf8',
    // npm ships npx as a .cmd script on Windows, which only a shell can start.
    shell: process.platform === 'win32',
    timeout: 50_000,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout).imported[0]).toMatchObject({ headline: 'از راه npx', source: `${feed}:1` });
});
