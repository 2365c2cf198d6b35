/** db/export's atomic write, its failure turned into the command line's plain one-line error. */
import { WriteFileError, writeFileAtomically as write } from '../db/export/atomic-write';
import { CliError } from './io';

export function writeFileAtomically(path: string, content: string): void {
  try {
    write(path, content);
  } catch (error) {
    if (error instanceof WriteFileError) throw new CliError(error.message);
    throw error;
  }
}
