/**
 * Starts the archive worker's script wherever the host itself runs. Built by electron-vite,
 * the script sits beside the bundle as `archive-worker.js`. Run from source (the browser
 * shell through tsx, the tests under Vitest), the TypeScript is bundled with esbuild (which
 * tsx brings) into node_modules/.cache, once per state of the source: a worker loading one
 * bundled file starts about four times faster than one compiling each of db/'s modules
 * through tsx's hook.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArchiveWorkerData } from './worker-protocol';

const REPOSITORY_ROOT = join(__dirname, '..');
let bundledSource: string | undefined;

/** The folders the worker's code comes from; the key of a bundle changes with any file in them. */
const SOURCE_FOLDERS = ['common', 'db', 'host'];

/** Every source file's path, size and time of change, and the installed packages': cheap to read. */
function sourceKey(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const { size, mtimeMs } = statSync(path);
        hash.update(`${path}\0${size}\0${mtimeMs}\n`);
      }
    }
  };
  for (const folder of SOURCE_FOLDERS) walk(join(REPOSITORY_ROOT, folder));
  const lock = join(REPOSITORY_ROOT, 'package-lock.json');
  if (existsSync(lock)) hash.update(`lock\0${statSync(lock).mtimeMs}`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The worker bundled from today's source, named by the state of that source, so a stale
 * bundle is never used and an unchanged tree is bundled once, not once per test process.
 */
function bundleFromSource(): string {
  if (bundledSource) return bundledSource;
  const dir = join(REPOSITORY_ROOT, 'node_modules', '.cache', 'dabir');
  const file = join(dir, `archive-worker-${sourceKey()}.js`);
  if (existsSync(file)) return (bundledSource = file);
  // Loaded only here: the Electron build never bundles from source and must not require esbuild.
  const esbuild = createRequire(__filename)('esbuild') as typeof import('esbuild');
  const built = esbuild.buildSync({
    entryPoints: [join(__dirname, 'archive-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // A native addon, loaded from node_modules as it is everywhere else.
    external: ['better-sqlite3'],
    tsconfig: join(REPOSITORY_ROOT, 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(dir, { recursive: true });
  // Written whole under another name first: two test processes may bundle at once.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, built.outputFiles[0].text);
  renameSync(partial, file);
  return (bundledSource = file);
}

export function startArchiveWorker(workerData: ArchiveWorkerData): Worker {
  const bundled = join(__dirname, 'archive-worker.js');
  if (existsSync(bundled)) return new Worker(bundled, { workerData });
  // The bundle lives elsewhere, so the migrations are named where they are.
  const fromSource: ArchiveWorkerData = { ...workerData, migrationsDir: workerData.migrationsDir ?? join(REPOSITORY_ROOT, 'db', 'migrations') };
  return new Worker(bundleFromSource(), { workerData: fromSource });
}
