/**
 * Decoding and line splitting shared by the import formats. Exports from Windows tools arrive
 * with a byte-order mark and CRLF line ends; neither may leak into an article.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Splits on `\r\n`, `\r` or `\n`; a final line end does not add an empty last line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

// `fatal` makes a bad byte an error instead of a silent U+FFFD in the archive; the decoder
// drops a leading BOM by default (ignoreBOM: false).
const strictUtf8 = () => new TextDecoder('utf-8', { fatal: true });

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

/** Decodes a whole file as UTF-8 (BOM removed), or says where and why it is not UTF-8. */
export function decodeUtf8File(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: strictUtf8().decode(bytes) };
  } catch {
    return { ok: false, message: notUtf8Message(bytes) };
  }
}

/** Decodes one line's bytes, or returns undefined when they are not UTF-8. */
export function decodeUtf8Line(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8().decode(bytes);
  } catch {
    return undefined;
  }
}

/** The byte ranges between `\n`s; a file's final `\n` does not start another line. */
export function splitByteLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/** A line longer than a reader keeps: only its length is known. */
export interface OversizedLine {
  oversizedBytes: number;
}

/**
 * The lines of a file, read a piece at a time: the same byte ranges as `splitByteLines` gives
 * for the whole file, with only the piece being read (and a line that spans pieces) in memory.
 * A line longer than `maxLineBytes` is not kept: its length stands for it.
 */
export function* readByteLines(path: string, maxLineBytes: number, pieceBytes = 1024 * 1024): Generator<Uint8Array | OversizedLine> {
  const fd = openSync(path, 'r');
  try {
    const piece = Buffer.alloc(pieceBytes);
    // The line read so far, when it spans pieces: its parts, or only its length once too long.
    let parts: Uint8Array[] = [];
    let partBytes = 0;
    const endLine = (last: Uint8Array): Uint8Array | OversizedLine => {
      const length = partBytes + last.length;
      const line = length > maxLineBytes ? { oversizedBytes: length } : Buffer.concat([...parts, last]);
      parts = [];
      partBytes = 0;
      return line;
    };
    for (;;) {
      const read = readSync(fd, piece, 0, pieceBytes, null);
      if (read === 0) break;
      const bytes = piece.subarray(0, read);
      let start = 0;
      for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, start)) {
        yield endLine(bytes.subarray(start, end));
        start = end + 1;
      }
      // Copied (the next read reuses the piece), unless the line is already too long to keep.
      const rest = bytes.subarray(start);
      if (partBytes + rest.length <= maxLineBytes) parts.push(Uint8Array.prototype.slice.call(rest));
      else parts = [];
      partBytes += rest.length;
    }
    if (partBytes > 0) yield endLine(new Uint8Array(0));
  } finally {
    closeSync(fd);
  }
}

function notUtf8Message(bytes: Uint8Array): string {
  // Notepad's "Unicode" is UTF-16; naming it tells the user which setting to change.
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return 'the file is UTF-16 text, not UTF-8; save it as UTF-8 and import it again';
  const badLine = splitByteLines(bytes).findIndex((line) => decodeUtf8Line(line) === undefined) + 1;
  return `the file is not UTF-8 text (invalid bytes on line ${badLine}); save it as UTF-8 and import it again`;
}

/** Length in characters as a reader counts them (code points), not UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
