/** A fresh archive file in its own temp folder per test: real SQLite, never a mock. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Archive, type ArchiveOptions } from '../../db/archive';

export interface TempArchive {
  dir: string;
  path: string;
  archive: Archive;
  cleanup(): void;
}

export function makeTempDir(prefix = 'dabir-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function openTempArchive(options?: ArchiveOptions): TempArchive {
  const dir = makeTempDir();
  const path = join(dir, 'archive.sqlite');
  const archive = Archive.open(path, options);
  return {
    dir,
    path,
    archive,
    cleanup() {
      if (archive.db.open) archive.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
