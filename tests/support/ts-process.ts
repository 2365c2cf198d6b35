/**
 * Starts a TypeScript file as a Node process of its own (through tsx's require hook, in the
 * same process, as bin/dabir.mjs does), so that killing the process kills the code under test
 * and not only a launcher in front of it.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { join } from 'node:path';

const TSCONFIG = join(__dirname, '..', '..', 'tsconfig.json');

export function spawnTypeScript(file: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), file, ...args], {
    ...options,
    env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG, ...options.env },
  });
}
