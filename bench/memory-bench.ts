/**
 * The memory of the process serving the UI with this archive open: serving-workload.ts,
 * bundled to plain JavaScript as the command line is (so no compiler is counted), run in a
 * fresh Node process; beside it, the same process doing the bare better-sqlite3 version.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MEMORY_TARGET_MB = 300;

export interface MemoryUse {
  rssMB: number;
  peakRssMB: number;
  heapUsedMB: number;
}

export interface MemoryFigures {
  ours: MemoryUse;
  raw: MemoryUse;
}

export async function benchMemory(path: string): Promise<MemoryFigures> {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'dabir-bench-memory-'));
  try {
    const bundle = join(dir, 'serving-workload.cjs');
    await build({
      entryPoints: [join(__dirname, 'serving-workload.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      // Resolved from the repository, as the app resolves it.
      external: ['better-sqlite3'],
      nodePaths: [join(__dirname, '..', 'node_modules')],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    const run = (mode: 'ours' | 'raw'): MemoryUse => {
      const child = spawnSync(process.execPath, [bundle, mode, path, join(__dirname, '..', 'db', 'migrations')], {
        encoding: 'utf8',
        env: { ...process.env, NODE_PATH: join(__dirname, '..', 'node_modules') },
      });
      if (child.status !== 0) throw new Error(`the ${mode} serving workload failed: ${child.stderr}`);
      return JSON.parse(child.stdout) as MemoryUse;
    };
    return { ours: run('ours'), raw: run('raw') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
