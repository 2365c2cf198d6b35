/**
 * A command that writes takes the archive's lock first (db/safekeeping/archive-lock.ts), so it
 * never writes under an editor's open window. While the app or a browser shell holds the
 * archive, the command waits briefly (it may be closing), then says who has it.
 */
import { ArchiveBusyError, acquireArchiveLock, describeOwner, type ArchiveLock } from '../db/safekeeping/archive-lock';
import { CliError } from './io';

/** Long enough for an app that is closing to finish its backup of a small archive. */
export const LOCK_WAIT_MS = 2000;

/** The lock, or undefined when the archive's folder is read-only (nothing can be written there anyway). */
export function lockForWriting(archivePath: string): ArchiveLock | undefined {
  try {
    return acquireArchiveLock(archivePath, { holder: 'command line', waitMs: LOCK_WAIT_MS });
  } catch (error) {
    if (error instanceof ArchiveBusyError) {
      throw new CliError(
        `the archive is busy: ${describeOwner(error.owner)} has ${archivePath} open. Close it (or wait for it to finish) and try again`,
      );
    }
    return undefined;
  }
}
