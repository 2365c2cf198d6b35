/**
 * Turns a text file's bytes into text, whatever a newsroom's old tools saved it as: UTF-8 with
 * or without a BOM, UTF-16 with a BOM (Notepad's "Unicode"), or Windows-1256, in which much
 * pre-2010 Persian text was written. Windows-1256 is recognised by what its bytes spell: a
 * file whose non-ASCII bytes read as Persian letters and punctuation in that code page is
 * converted (by iconv-lite); anything else that is not valid UTF-8 is refused with the line of
 * its first invalid byte, never guessed at or mangled into U+FFFD.
 */
import type * as IconvLite from 'iconv-lite';
import { FileRefusedError } from './import-problem';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const strict = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: false });

/** 1-based line of byte `offset` (counting `\n`s before it). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Where the first byte sequence that is not UTF-8 starts. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      strict('utf-8').decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Code points a Persian text in Windows-1256 spells with its high bytes. */
function isPersianTextCharacter(code: number): boolean {
  return (
    (code >= 0x0600 && code <= 0x06ff) || // Arabic script letters, digits, marks, ، ؛ ؟
    (code >= 0x200c && code <= 0x200f) || // ZWNJ, ZWJ, LRM, RLM
    code === 0xa0 || code === 0xab || code === 0xbb || code === 0xd7 || code === 0xf7 || // NBSP « » × ÷
    (code >= 0x2013 && code <= 0x2026) // dashes, quotes, bullet, ellipsis
  );
}

/**
 * True when every non-ASCII byte reads, in Windows-1256, as a character of Persian text, and
 * most of them as Arabic-script letters: a Latin-1 or Cyrillic file does not pass.
 */
let iconv: typeof IconvLite | undefined;

/** iconv-lite's tables, loaded on first use: most imports are UTF-8 and never need them. */
function fromWindows1256(bytes: Uint8Array): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  iconv ??= require('iconv-lite') as typeof IconvLite;
  return iconv.decode(Buffer.from(bytes), 'windows-1256');
}

let windows1256High: string | undefined;

export function looksLikeWindows1256(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high += 1;
    const code = (windows1256High ??= fromWindows1256(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i))).charCodeAt(b - 0x80);
    if (!isPersianTextCharacter(code)) return false;
    if (code >= 0x0621 && code <= 0x06d3) letters += 1;
  }
  return high > 0 && letters * 2 >= high;
}

/** A C0 control other than tab, line feed and carriage return (form feed reads as a page break). */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** Refuses text holding a control character, naming its line. Form feeds become line breaks. */
export function checkControlCharacters(text: string): string {
  const cleaned = text.replace(/\f/g, '\n');
  const match = CONTROL.exec(cleaned);
  if (match) {
    const line = cleaned.slice(0, match.index).split('\n').length;
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new FileRefusedError('control_character', `the text holds a control character (U+${code}) on line ${line}; it is not plain text`, line);
  }
  return cleaned;
}

/**
 * Decodes a whole text file. `declared` is an encoding the file names itself (an HTML
 * `<meta charset>`); a BOM outranks it, as browsers do.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeStrict(bytes, 'utf-8');
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes, 'utf-16be');
  if (bytes.includes(0)) {
    throw new FileRefusedError('binary', 'the file holds binary data (NUL bytes), not text; if it is UTF-16 text, save it with a byte-order mark or as UTF-8');
  }
  const wanted = declared?.trim().toLowerCase();
  if (wanted === 'windows-1256' || wanted === 'cp1256' || wanted === 'x-cp1256') {
    return { text: fromWindows1256(bytes), encoding: 'windows-1256' };
  }
  try {
    return { text: strict('utf-8').decode(bytes), encoding: 'utf-8' };
  } catch {
    if (looksLikeWindows1256(bytes)) return { text: fromWindows1256(bytes), encoding: 'windows-1256' };
    const line = lineAt(bytes, firstInvalidUtf8(bytes));
    throw new FileRefusedError(
      'invalid_encoding',
      `the file is not UTF-8 text (invalid bytes on line ${line}) and does not read as Windows-1256 Persian either; save it as UTF-8 and import it again`,
      line,
    );
  }
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): DecodedText {
  try {
    return { text: strict(encoding).decode(bytes), encoding };
  } catch {
    // UTF-16 has no line bytes to count: find the broken unit by decoding a growing prefix.
    const line = encoding === 'utf-8' ? lineAt(bytes, firstInvalidUtf8(bytes.subarray(3)) + 3) : utf16BrokenLine(bytes, encoding);
    throw new FileRefusedError('invalid_encoding', `the file says it is ${encoding.toUpperCase()} but holds invalid bytes on line ${line}`, line);
  }
}

function utf16BrokenLine(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): number {
  const text = new TextDecoder(encoding).decode(bytes);
  const broken = text.indexOf('\ufffd');
  return text.slice(0, Math.max(0, broken)).split('\n').length;
}
