/**
 * `npm run browser -- [--db PATH] [--port N] [--no-open] [--no-build]`
 * Builds the renderer (unless told not to), serves it with the API on 127.0.0.1, and prints
 * a one-time URL that opens the app as the first line of output.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveArchivePath } from '../db/archive-location';
import { startBrowserShell } from './server';

const repositoryRoot = join(__dirname, '..');
const rendererDir = join(repositoryRoot, 'out', 'renderer');

function fail(message: string): never {
  process.stderr.write(`dabir browser: ${message}\n`);
  process.exit(1);
}

function buildRenderer(): void {
  // Build output goes to stderr so the URL stays the first line of stdout.
  const result = spawnSync(process.execPath, [join(repositoryRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: repositoryRoot,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) fail('building the renderer failed (see the messages above).');
}

function openInBrowser(url: string): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(opener, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => process.stderr.write(`Could not open a browser; open the URL above yourself.\n`));
    child.unref();
  } catch {
    process.stderr.write(`Could not open a browser; open the URL above yourself.\n`);
  }
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        'no-open': { type: 'boolean' },
        'no-build': { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}. Usage: npm run browser -- [--db PATH] [--port N] [--no-open] [--no-build]`);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535, not "${values.port}"`);

  if (!values['no-build'] || !existsSync(join(rendererDir, 'index.html'))) buildRenderer();

  const dbPath = resolveArchivePath(values.db ? ['--db', values.db] : [], process.env);
  let shell;
  try {
    shell = await startBrowserShell({ dbPath, rendererDir, port });
  } catch (error) {
    const busy = (error as { code?: string }).code === 'busy';
    fail(`could not start: ${(error as Error).message}${busy ? '. One Dabir at a time may write to an archive: close the other one first' : ''}`);
  }
  process.stdout.write(`${shell.url}\n`);
  process.stderr.write(`Dabir is serving the archive ${dbPath} on 127.0.0.1 only. Press Ctrl+C to stop.\n`);
  // The browser gets a launch URL of its own: the opener's command line is readable by every
  // local user in /proc, and its code is spent by the time anyone could copy it from there.
  if (!values['no-open']) openInBrowser(shell.newLaunchUrl());

  const stop = () => void shell.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
