// Builds better-sqlite3 for Electron's ABI in a cache folder beside the Node build, so the
// tests and the command line (Node) and the app (Electron) each load an addon made for them.
// Prints the path of the Electron build; exits non-zero when it can't be had.
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
const cacheDir = join(root, 'node_modules', '.cache', 'dabir', `better-sqlite3-${sqliteVersion}-electron-${electronVersion}`);
const addon = join(cacheDir, 'build', 'Release', 'better_sqlite3.node');

if (!existsSync(addon)) {
  mkdirSync(dirname(cacheDir), { recursive: true });
  cpSync(sqliteDir, cacheDir, { recursive: true, filter: (source) => !source.includes(`${join('build', 'Release')}`) });
  const run = (command, args) =>
    spawnSync(command, args, { cwd: cacheDir, stdio: ['ignore', process.stderr, process.stderr], shell: process.platform === 'win32' });
  // A prebuilt addon for this Electron if one is published, else a build against Electron's headers.
  const prebuilt = run('npx', ['--no-install', 'prebuild-install', '--runtime', 'electron', '--target', electronVersion]);
  if (prebuilt.status !== 0 || !existsSync(addon)) {
    const built = run('npx', [
      '--no-install',
      'node-gyp',
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
    if (built.status !== 0 || !existsSync(addon)) {
      process.stderr.write('Could not build better-sqlite3 for Electron.\n');
      process.exit(1);
    }
  }
}
process.stdout.write(addon);
