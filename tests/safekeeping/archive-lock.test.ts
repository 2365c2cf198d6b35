import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireArchiveLock, ArchiveBusyError } from '../../db/safekeeping/archive-lock';
import { makeTempDir } from '../support/temp-archive';
import { spawnTypeScript } from '../support/ts-process';

const holdLock = join(__dirname, '..', 'support', 'hold-lock.ts');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** A process holding the lock; resolves once it has it. */
async function holderProcess(archivePath: string, holder: string, holdMs?: number): Promise<ChildProcess> {
  const child = spawnTypeScript(holdLock, [archivePath, holder, ...(holdMs ? [String(holdMs)] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  expect(chunk.toString()).toBe('locked\n');
  return child;
}

describe('the archive lock', () => {
  it('refuses a second holder, naming the first, and is free again once released', () => {
    const path = join(makeTempDir(), 'archive.sqlite');
    const first = acquireArchiveLock(path, { holder: 'app' });
    let refusal: unknown;
    try {
      acquireArchiveLock(path, { holder: 'browser shell' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ArchiveBusyError);
    expect((refusal as ArchiveBusyError).owner).toMatchObject({ holder: 'app', pid: process.pid });
    expect((refusal as Error).message).toMatch(new RegExp(`in use by Dabir's app \\(process ${process.pid}`));
    first.release();
    acquireArchiveLock(path, { holder: 'browser shell' }).release();
  });

  it('is let go the moment its holder is killed, with no stale lock to clear', async () => {
    const path = join(makeTempDir(), 'archive.sqlite');
    const child = await holderProcess(path, 'browser shell');
    expect(() => acquireArchiveLock(path, { holder: 'command line' })).toThrow(/in use by Dabir's browser shell/);
    child.kill('SIGKILL');
    await once(child, 'exit');
    acquireArchiveLock(path, { holder: 'command line' }).release();
  });

  it('waits a while for a holder that is about to let go', async () => {
    const path = join(makeTempDir(), 'archive.sqlite');
    await holderProcess(path, 'command line', 400);
    const started = performance.now();
    // The wait is SQLite's busy handler, so the child's exit must happen on its own clock.
    const lock = acquireArchiveLock(path, { holder: 'command line', waitMs: 5000 });
    lock.release();
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
