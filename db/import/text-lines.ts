/**
 * Line splitting and per-line decoding shared by the import formats (whole files are decoded
 * by decode-text.ts). Exports from Windows tools arrive with a byte-order mark and CRLF line
 * ends; neither may leak into an article.
 */

/** Splits on `\r\n`, `\r` or `\n`; a final line end does not add an empty last line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

// `fatal` makes a bad byte an error instead of a silent U+FFFD in the archive; the decoder
// drops a leading BOM by default (ignoreBOM: false).
const strictUtf8 = () => new TextDecoder('utf-8', { fatal: true });

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

/** Length in characters as a reader counts them (code points), not UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
