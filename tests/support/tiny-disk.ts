/**
 * A really full disk for the tests of a save that finds no room: a small tmpfs mounted on a
 * temp folder, filled to within a few kilobytes by a file that can be removed to make room
 * again. Mounting needs root (as on this project's test machine); `mountTinyDisk` returns
 * null where it can't, and the test says why it was skipped.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from './temp-archive';

export interface TinyDisk {
  dir: string;
  /** Fills the disk until only `leaveBytes` are free. */
  fill(leaveBytes: number): void;
  /** Removes the filling: the disk has room again. */
  makeRoom(): void;
  unmount(): void;
}

export function mountTinyDisk(sizeKb: number): TinyDisk | null {
  const dir = makeTempDir('dabir-tiny-disk-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) return null;
  const filler = join(dir, 'filler.bin');
  return {
    dir,
    fill(leaveBytes) {
      const { bavail, bsize } = statfsSync(dir);
      writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - leaveBytes)));
    },
    makeRoom() {
      rmSync(filler, { force: true });
    },
    unmount() {
      spawnSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether this machine can mount one (root, with tmpfs). */
export const canMountTinyDisk = (() => {
  const disk = mountTinyDisk(64);
  disk?.unmount();
  return disk !== null;
})();
