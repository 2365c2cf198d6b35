/**
 * Where the files of an import from the app wait while their pieces arrive: one temporary
 * folder per job, a file per announced file, written at the offsets the pieces give (in order,
 * so a lost or repeated piece is noticed). The folder goes when the job ends.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArchiveError } from '../../common/result';
import type { ImportSource } from '../import/import-sources';

export class ImportStaging {
  readonly folder = mkdtempSync(join(tmpdir(), 'dabir-import-'));
  private readonly received: number[];

  constructor(private readonly files: ReadonlyArray<{ name: string; size: number }>) {
    this.received = files.map(() => 0);
  }

  write(file: number, offset: number, data: Buffer): number {
    const announced = this.files[file];
    if (!announced) throw new ArchiveError('invalid_argument', `This import has no file ${file}`);
    if (offset !== this.received[file]) {
      throw new ArchiveError('invalid_argument', `A piece of ${announced.name} came at byte ${offset}; byte ${this.received[file]} was expected`);
    }
    if (offset + data.length > announced.size) throw new ArchiveError('invalid_argument', `${announced.name} is longer than the ${announced.size} bytes announced`);
    const descriptor = openSync(this.pathOf(file), offset === 0 ? 'w' : 'a');
    try {
      writeSync(descriptor, data);
    } finally {
      closeSync(descriptor);
    }
    this.received[file] += data.length;
    return this.received[file];
  }

  /** The files, once every one is whole; else says which is not. */
  sources(): ImportSource[] {
    return this.files.map((file, index) => {
      if (this.received[index] !== file.size) {
        throw new ArchiveError('invalid_argument', `${file.name} is not whole yet (${this.received[index]} of ${file.size} bytes)`);
      }
      if (file.size === 0) writeFileSync(this.pathOf(index), '');
      return { name: file.name, path: this.pathOf(index) };
    });
  }

  private pathOf(file: number): string {
    // The user's file name only chooses the parser (by extension); its bytes live under a plain name.
    const extension = /\.[a-z0-9]{1,8}$/i.exec(this.files[file].name)?.[0].toLowerCase() ?? '';
    return join(this.folder, `${String(file).padStart(6, '0')}${extension}`);
  }

  dispose(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }
}
