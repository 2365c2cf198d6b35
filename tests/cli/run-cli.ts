/**
 * Runs the real `dabir` command (node bin/dabir.mjs) in a child process, the way a user does,
 * with the user-data folder pointed into a temp folder so no test can touch a real archive.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runCli } from '../../cli/run';

export const repositoryRoot = resolve(__dirname, '..', '..');
export const dabirBin = join(repositoryRoot, 'bin', 'dabir.mjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  cwd?: string;
  /** Added to a clean environment (no DABIR_DB unless given here). */
  env?: NodeJS.ProcessEnv;
  /** The folder the default archive location resolves into. */
  userDataHome: string;
}

export function cleanEnv(userDataHome: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: userDataHome, APPDATA: userDataHome, ...extra };
  if (!('DABIR_DB' in extra)) delete env.DABIR_DB;
  return env;
}

export function runDabir(args: readonly string[], options: CliRunOptions): CliRun {
  const result = spawnSync(process.execPath, [dabirBin, ...args], {
    cwd: options.cwd ?? repositoryRoot,
    env: cleanEnv(options.userDataHome, options.env),
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `runCli` in this process, its output captured: fast, for refusals and text views. The
 * user-data folder points into `userDataHome` like runDabir's. For a run that waits on a
 * backup (backup, restore, check, an upgrade), use runDabirInProcessAsync.
 */
export function runDabirInProcess(args: readonly string[], userDataHome: string): CliRun {
  const { status, output } = startInProcess(args, userDataHome);
  if (typeof status !== 'number') throw new Error(`dabir ${args[0]} answers asynchronously; use runDabirInProcessAsync`);
  return { status, ...output() };
}

export async function runDabirInProcessAsync(args: readonly string[], userDataHome: string): Promise<CliRun> {
  const { status, output } = startInProcess(args, userDataHome);
  return { status: await status, ...output() };
}

function startInProcess(args: readonly string[], userDataHome: string) {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { XDG_CONFIG_HOME: userDataHome, APPDATA: userDataHome },
  });
  return { status, output: () => ({ stdout, stderr }) };
}

/** Parses stdout as the one JSON document a `--json` command prints. */
export function jsonOf<T = any>(run: CliRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON.\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  }
}

/**
 * The shared samples sit in `shared/` beside the repository (`../shared`), wherever CI
 * cloned it; if not there, the nearest `shared/samples` in a folder above is used.
 */
export function sharedSamplesDir(): string {
  const beside = join(repositoryRoot, '..', 'shared', 'samples');
  if (existsSync(beside)) return beside;
  for (let folder = repositoryRoot; dirname(folder) !== folder; folder = dirname(folder)) {
    const candidate = join(folder, 'shared', 'samples');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`No shared/samples folder found beside or above ${repositoryRoot}; the CLI tests need the shared samples`);
}
