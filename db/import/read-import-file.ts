/**
 * Reads one file named for import and hands it to the parser for its extension. File-system
 * failures become plain-English messages, because the person importing can act on them.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { ParsedFile } from './article-draft';
import { parseJsonl } from './jsonl';
import { parsePlainText } from './plain-text';

const PARSERS: Record<string, (bytes: Uint8Array) => ParsedFile> = {
  '.jsonl': parseJsonl,
  '.txt': parsePlainText,
};

export const IMPORTABLE_EXTENSIONS = Object.keys(PARSERS);

export function readImportFile(path: string): ParsedFile {
  const extension = extname(path).toLowerCase();
  const parse = PARSERS[extension];
  if (!parse) {
    const found = extension === '' ? 'a file without an extension' : `a ${extension} file`;
    return { ok: false, message: `Dabir imports ${IMPORTABLE_EXTENSIONS.join(' and ')} files, not ${found}` };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: describeReadError(error as NodeJS.ErrnoException) };
  }
  if (bytes.length === 0) return { ok: false, message: 'the file is empty' };
  return parse(bytes);
}

function describeReadError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'this is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: you may not read this file';
    default:
      return `could not read the file (${error.message})`;
  }
}
