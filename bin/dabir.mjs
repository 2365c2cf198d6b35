#!/usr/bin/env node
// `dabir`: runs the command line built ahead of time into plain JavaScript (out/dabir-cli.cjs,
// made by scripts/build-cli.mjs). A checkout that has never been built, or whose sources
// changed since, is built first (a second or two), so `npx dabir` works straight after
// `npm install` and never runs stale code. Nothing is compiled from TypeScript on an
// ordinary run, and V8's compiled code is kept beside the bundle for the next run.
import { closeSync, fstatSync, openSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

// Node resolves the symlink npm puts in node_modules/.bin, so this is the real checkout.
const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(repositoryRoot, 'out', 'dabir-cli.cjs');
const inputsFile = join(repositoryRoot, 'out', 'dabir-cli.inputs.json');

/** True when there is no bundle, or one of the files it was built from changed after. */
function bundleIsStale() {
  let manifest;
  try {
    statSync(bundle);
    manifest = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return true;
  }
  return manifest.inputs.some((input) => {
    const modified = statSync(join(repositoryRoot, input), { throwIfNoEntry: false })?.mtimeMs;
    return modified === undefined || modified > manifest.startedAt;
  });
}

/**
 * Runs the bundle as `require` would, with V8's code cache: compiling the bundle is a good
 * part of a command's start-up, and the cache skips it. The cache is named after the size
 * and time of the bundle it was made from (V8 itself checks only the length of the source),
 * and rewritten when missing or refused (after a Node upgrade).
 */
function runBundle() {
  const descriptor = openSync(bundle, 'r');
  let source;
  let cacheFile;
  try {
    const { size, mtimeMs } = fstatSync(descriptor);
    cacheFile = `${bundle}.${size}-${Math.round(mtimeMs)}.v8cache`;
    source = readFileSync(descriptor, 'utf8');
  } finally {
    closeSync(descriptor);
  }
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // First run of this bundle.
  }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    // At exit, so the functions the command compiled on its way are in the cache too.
    process.once('exit', () => {
      try {
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // A read-only checkout runs without the cache.
      }
    });
  }
  const module = new Module(bundle);
  module.filename = bundle;
  module.paths = Module._nodeModulePaths(dirname(bundle));
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

if (bundleIsStale()) {
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}
runBundle();
