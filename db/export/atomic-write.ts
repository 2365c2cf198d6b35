/**
 * Writes a file so that no reader ever sees half of it: the content goes to a temporary file
 * in the same folder (so the rename cannot cross file systems), is flushed to disk, and then
 * replaces the target in one rename. On any failure the temporary file is removed, the target
 * is left as it was, and the error says why in plain English.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class WriteFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
    this.name = 'WriteFileError';
  }
}

export function writeFileAtomically(path: string, content: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let descriptor: number | undefined;
  try {
    // 'wx': the temporary name is fresh; if it somehow exists, fail rather than write into it.
    descriptor = openSync(temporary, 'wx');
    if (typeof content === 'string') writeSync(descriptor, content, null, 'utf8');
    else writeSync(descriptor, content);
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor);
    removeLeftover(temporary);
    throw new WriteFileError(path, describeWriteError(error as NodeJS.ErrnoException, path));
  }
}

/** Best effort: the write's own error is the one to report, not a failure to clean up after it. */
function removeLeftover(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was created (the folder is missing or is a file), or it can't be removed either.
  }
}

export function describeWriteError(error: NodeJS.ErrnoException, path: string): string {
  switch (error.code) {
    case 'ENOENT':
      return `the folder ${dirname(path)} does not exist`;
    case 'ENOTDIR':
      return `${dirname(path)} is not a folder`;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return error.message;
  }
}
