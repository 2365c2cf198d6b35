/**
 * Finished exports' files, waiting to be read back in pieces (readExportChunk): a whole
 * archive does not fit in one reply. A file goes once read to its end, an hour after it was
 * last read, or when the archive closes.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { EXPORT_CHUNK_BYTES } from '../../common/transfer-constants';
import { ArchiveError } from '../../common/result';

const IDLE_LIMIT_MS = 60 * 60 * 1000;

interface KeptFile {
  folder: string;
  path: string;
  size: number;
  touched: number;
}

export class ExportFiles {
  private readonly files = new Map<string, KeptFile>();

  /** Takes charge of a written export (its folder goes with it); answers its id. */
  keep(folder: string, path: string): string {
    this.forgetIdle();
    const id = randomUUID();
    this.files.set(id, { folder, path, size: statSync(path).size, touched: Date.now() });
    return id;
  }

  read(fileId: string, offset: number, length = EXPORT_CHUNK_BYTES): { data: string; done: boolean } {
    const file = this.files.get(fileId);
    if (!file) throw new ArchiveError('not_found', `No export file ${fileId}; it may have been read already`);
    file.touched = Date.now();
    const buffer = Buffer.alloc(Math.max(0, Math.min(length, file.size - offset)));
    const descriptor = openSync(file.path, 'r');
    try {
      readSync(descriptor, buffer, 0, buffer.length, offset);
    } finally {
      closeSync(descriptor);
    }
    const done = offset + buffer.length >= file.size;
    // Read to the end: the file has been handed over.
    if (done) this.forget(fileId);
    return { data: buffer.toString('base64'), done };
  }

  dispose(): void {
    for (const id of [...this.files.keys()]) this.forget(id);
  }

  private forget(fileId: string): void {
    const file = this.files.get(fileId);
    if (file) rmSync(file.folder, { recursive: true, force: true });
    this.files.delete(fileId);
  }

  private forgetIdle(): void {
    const now = Date.now();
    for (const [id, file] of this.files) if (now - file.touched > IDLE_LIMIT_MS) this.forget(id);
  }
}
