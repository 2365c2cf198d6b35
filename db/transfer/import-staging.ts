/**
 * Where the files of an import from the app wait while their pieces arrive: one temporary
 * folder per job, a file per announced file, written at the offsets the pieces give (in order,
 * so a lost or repeated piece is noticed). The folder goes when the job ends.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArchiveError } from '../../common/result';
import { MAX_IMPORT_JOB_BYTES } from '../../common/transfer-constants';
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

const IDLE_LIMIT_MS = 60 * 60 * 1000;

/**
 * Imports being sent from the app, by upload id, until an `importFiles` job takes one. One
 * the user gave up on goes with discardImport, an hour after its last piece, or on close.
 */
export class ImportUploads {
  private readonly uploads = new Map<string, { staging: ImportStaging; total: number; touched: number }>();

  begin(files: ReadonlyArray<{ name: string; size: number }>): { uploadId: string } {
    this.forgetIdle();
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (total > MAX_IMPORT_JOB_BYTES) throw new ArchiveError('invalid_argument', 'These files are too large to import at once; import them in parts');
    const uploadId = randomUUID();
    this.uploads.set(uploadId, { staging: new ImportStaging(files), total, touched: Date.now() });
    return { uploadId };
  }

  write(uploadId: string, file: number, offset: number, data: string): { received: number } {
    const upload = this.get(uploadId);
    upload.touched = Date.now();
    return { received: upload.staging.write(file, offset, Buffer.from(data, 'base64')) };
  }

  /** Hands the files to the job that imports them; the caller disposes of them when done. */
  take(uploadId: string): { files: ImportSource[]; dispose: () => void } {
    const upload = this.get(uploadId);
    const files = upload.staging.sources();
    this.uploads.delete(uploadId);
    return { files, dispose: () => upload.staging.dispose() };
  }

  discard(uploadId: string): { discarded: boolean } {
    const upload = this.uploads.get(uploadId);
    upload?.staging.dispose();
    return { discarded: this.uploads.delete(uploadId) };
  }

  dispose(): void {
    for (const id of [...this.uploads.keys()]) this.discard(id);
  }

  private get(uploadId: string) {
    const upload = this.uploads.get(uploadId);
    if (!upload) throw new ArchiveError('not_found', `No import upload ${uploadId}; it may have started or been discarded`);
    return upload;
  }

  private forgetIdle(): void {
    const now = Date.now();
    for (const [id, upload] of this.uploads) if (now - upload.touched > IDLE_LIMIT_MS) this.discard(id);
  }
}
