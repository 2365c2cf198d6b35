/**
 * Writing and reading a bundle's lines: gzip over a file stream, one JSON record per line,
 * with back-pressure on the way out and a line-length bound on the way in (a damaged or
 * hostile bundle cannot make one line eat memory).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import { destroyStream } from '../export/destroy-stream';
import { MAX_BUNDLE_LINE_BYTES } from '../import/import-limits';

export class BundleLineWriter {
  private readonly gzip = createGzip();
  private readonly file;
  private failed: Error | null = null;
  records = 0;

  constructor(path: string) {
    this.file = createWriteStream(path);
    this.gzip.pipe(this.file);
    const fail = (error: Error) => (this.failed ??= error);
    this.gzip.on('error', fail);
    this.file.on('error', fail);
  }

  async write(record: object): Promise<void> {
    if (this.failed) throw this.failed;
    this.records += 1;
    if (!this.gzip.write(`${JSON.stringify(record)}\n`)) await once(this.gzip, 'drain');
  }

  async close(): Promise<void> {
    this.gzip.end();
    await once(this.file, 'close');
    if (this.failed) throw this.failed;
  }

  /** Stops without finishing the file (a cancel); the caller removes it once this resolves. */
  async destroy(): Promise<void> {
    this.gzip.destroy();
    await destroyStream(this.file);
  }
}

export type BundleLine = { line: number; text: string; compressedOffset: number } | { line: number; tooLong: true; compressedOffset: number };

/** The lines of a gzip'd bundle, decompressed as a stream; how far into the file each came from, for progress. */
export async function* readBundleLines(path: string): AsyncGenerator<BundleLine> {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const gunzip = createGunzip();
  file.pipe(gunzip);
  file.on('error', (error) => gunzip.destroy(error));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let pending = '';
  let pendingBytes = 0;
  let tooLong = false;
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, newline);
      if (tooLong || pendingBytes + piece.length > MAX_BUNDLE_LINE_BYTES) yield { line, tooLong: true, compressedOffset: file.bytesRead };
      else yield { line, text: pending + decoder.decode(piece, { stream: false }), compressedOffset: file.bytesRead };
      line += 1;
      pending = '';
      pendingBytes = 0;
      tooLong = false;
      start = newline + 1;
    }
    const rest = chunk.subarray(start);
    if (tooLong || pendingBytes + rest.length > MAX_BUNDLE_LINE_BYTES) {
      tooLong = true;
      pending = '';
    } else if (rest.length > 0) {
      pending += decoder.decode(rest, { stream: true });
      pendingBytes += rest.length;
    }
  }
  if (tooLong) yield { line, tooLong: true, compressedOffset: file.bytesRead };
  else if (pendingBytes > 0) yield { line, text: pending + decoder.decode(), compressedOffset: file.bytesRead };
}
