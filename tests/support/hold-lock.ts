/**
 * Run as its own process by the lock tests: takes an archive's lock as the given holder, says
 * so on stdout, and keeps it until killed (or for `holdMs`, then lets go and exits).
 * argv: archivePath holder [holdMs]
 */
import { acquireArchiveLock, type LockHolder } from '../../db/safekeeping/archive-lock';

const [archivePath, holder, holdMs] = process.argv.slice(2);
const lock = acquireArchiveLock(archivePath, { holder: holder as LockHolder });
process.stdout.write('locked\n');
if (holdMs) {
  setTimeout(() => {
    lock.release();
    process.exit(0);
  }, Number(holdMs));
} else {
  setInterval(() => {}, 1 << 30);
}
