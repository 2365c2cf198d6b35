/**
 * Reads a file line by line as bytes, streamed, so a `.jsonl` of ten years of coverage never
 * sits in memory whole: only the line being read does, and a line longer than the limit is
 * skipped (and reported) without being held. Line numbers count every `\n`, as editors do.
 */
import { createReadStream } from 'node:fs';

export type FileLine = { line: number; bytes: Buffer; endOffset: number } | { line: number; tooLong: true; endOffset: number };

export async function* readFileLines(path: string, maxLineBytes: number): AsyncGenerator<FileLine> {
  let line = 1;
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let offset = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, newline);
      const endOffset = offset + newline + 1;
      if (tooLong || length + piece.length > maxLineBytes) yield { line, tooLong: true, endOffset };
      else yield { line, bytes: parts.length === 0 ? piece : Buffer.concat([...parts, piece]), endOffset };
      line += 1;
      parts = [];
      length = 0;
      tooLong = false;
      start = newline + 1;
    }
    const rest = chunk.subarray(start);
    if (!tooLong && length + rest.length > maxLineBytes) {
      tooLong = true;
      parts = [];
    } else if (!tooLong && rest.length > 0) {
      // Copied: the stream may reuse its chunk's memory.
      parts.push(Buffer.from(rest));
      length += rest.length;
    }
    offset += chunk.length;
  }
  if (tooLong) yield { line, tooLong: true, endOffset: offset };
  else if (length > 0) yield { line, bytes: Buffer.concat(parts), endOffset: offset };
}
