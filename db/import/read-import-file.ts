/**
 * Reads one file named for import and hands it to the parser for its extension. File-system
 * failures become plain-English messages, because the person importing can act on them.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { LIMITS } from '../../common/constants';
import { describeBytes } from '../../common/text-limits';
import type { ParsedFile } from './article-draft';
import { readByteLines } from './text-lines';
import { parseJsonlLines } from './jsonl';
import { parsePlainText } from './plain-text';

/** How each kind of file is read: a .txt whole (it is one article), a .jsonl a piece at a time. */
const PARSERS: Record<string, (path: string) => ParsedFile> = {
  '.jsonl': (path) => parseJsonlLines(() => readByteLines(path, LIMITS.bodyJsonBytes)),
  '.txt': (path) => {
    const bytes = readFileSync(path);
    return bytes.length === 0 ? { ok: false, message: 'the file is empty' } : parsePlainText(bytes);
  },
};

export const IMPORTABLE_EXTENSIONS = Object.keys(PARSERS);

/**
 * The largest file of each kind read at all: a .txt is one article, so no larger than a body
 * may be; a .jsonl holds many. Checked before reading, so an oversized file costs nothing.
 */
const SIZE_LIMITS: Record<string, { bytes: number; advice: string }> = {
  '.txt': { bytes: LIMITS.importTextFileBytes, advice: 'an article may be at most that long' },
  '.jsonl': { bytes: LIMITS.importJsonlFileBytes, advice: 'split it into smaller files and import them together' },
};

export function readImportFile(path: string): ParsedFile {
  const extension = extname(path).toLowerCase();
  const parse = PARSERS[extension];
  if (!parse) {
    const found = extension === '' ? 'a file without an extension' : `a ${extension} file`;
    return { ok: false, message: `Dabir imports ${IMPORTABLE_EXTENSIONS.join(' and ')} files, not ${found}` };
  }
  try {
    const size = statSync(path).size;
    const limit = SIZE_LIMITS[extension];
    if (size > limit.bytes) {
      return { ok: false, message: `the file is ${describeBytes(size)}; Dabir imports ${extension} files of at most ${describeBytes(limit.bytes)} (${limit.advice})` };
    }
    if (size === 0) return { ok: false, message: 'the file is empty' };
    return parse(path);
  } catch (error) {
    return { ok: false, message: describeReadError(error as NodeJS.ErrnoException) };
  }
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
