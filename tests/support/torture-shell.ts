/**
 * The process the crash torture kills: a real browser shell (the same save path the app's
 * window uses: HTTP, the contract, the worker host, the archive session in its worker thread)
 * on the given archive. It says on stdout where it listens and a launch URL for its session,
 * then serves until it is killed. The torture runs it and the worker as bundled files (see
 * crash-torture.ts), so a restart costs a fraction of a second, not seconds of loading
 * TypeScript.
 * argv: dbPath migrationsDir
 */
import { join } from 'node:path';
import { startBrowserShell } from '../../browser-shell/server';

const [dbPath, migrationsDir] = process.argv.slice(2);
startBrowserShell({ dbPath, migrationsDir, rendererDir: join(migrationsDir, 'no-renderer'), port: 0 }).then(
  (shell) => process.stdout.write(`READY ${shell.port} ${shell.url}\n`),
  (error) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  },
);
