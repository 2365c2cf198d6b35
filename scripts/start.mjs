// `npm start`: builds Dabir and opens it in Electron. Where the Electron binary can't be had
// (offline, locked down), says so in one line and opens the same app in the browser shell,
// so the command always ends in a working Dabir.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function step(script, extraArgs = []) {
  return spawnSync(process.execPath, [script, ...extraArgs], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function openBrowserShell(reason) {
  process.stderr.write(`Electron is not available here (${reason}); opening Dabir in the browser shell instead.\n`);
  const child = spawn(process.execPath, [join(root, 'scripts', 'browser.mjs'), '--no-build', ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
  cwd: root,
  stdio: ['ignore', process.stderr, process.stderr],
});
if (build.status !== 0) {
  process.stderr.write('Building Dabir failed; see the messages above.\n');
  process.exit(1);
}

// Electron's npm package fetches its binary on first use; that fails without network.
const electron = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
});
if (electron.status !== 0 || !electron.stdout) {
  openBrowserShell('its binary could not be downloaded');
} else {
  const native = step(join(root, 'scripts', 'electron-native.mjs'));
  if (native.status !== 0) {
    openBrowserShell('better-sqlite3 could not be built for it');
  } else {
    const child = spawn(electron.stdout, [root, ...args], {
      stdio: 'inherit',
      env: { ...process.env, DABIR_NATIVE_BINDING: native.stdout.trim() },
    });
    child.on('error', (error) => openBrowserShell(error.message));
    child.on('exit', (code, signal) => {
      if (signal === null) process.exit(code ?? 0);
    });
  }
}
