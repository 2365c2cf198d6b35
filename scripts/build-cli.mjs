// Builds the command line ahead of time: cli/main.ts and everything it imports, bundled by
// esbuild into one plain-JavaScript file, so `dabir` starts without compiling TypeScript.
// `npm run build` runs this; so does bin/dabir.mjs when the bundle is missing or older than
// its sources. Run directly: `node scripts/build-cli.mjs`.
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// One level below the repository root, as cli/ is: `join(__dirname, '..', 'db', …)` then
// names the same folder from the sources (tests run them in-process) and from the bundle.
export const CLI_BUNDLE = join(root, 'out', 'dabir-cli.cjs');
/** The repository's own files the bundle was made from, for bin/dabir.mjs's staleness check. */
export const CLI_INPUTS = join(root, 'out', 'dabir-cli.inputs.json');

/**
 * Modules every command imports (through db/archive.ts) but only a few call: each is bundled
 * into a file of its own, loaded on the first call of one of the named functions. happy-dom,
 * which lends Lexical a DOM for the HTML export, costs more to load than all the rest of the
 * command line.
 */
const LOADED_ON_FIRST_CALL = [{ module: '@lexical/headless/dom', functions: ['withDOM'], file: 'dabir-cli-dom.cjs' }];

/** In the main bundle, a module of LOADED_ON_FIRST_CALL is a stub that requires its own file. */
const loadOnFirstCall = {
  name: 'load-on-first-call',
  setup(build) {
    for (const lazy of LOADED_ON_FIRST_CALL) {
      const exact = new RegExp(`^${lazy.module.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&')}$`);
      build.onResolve({ filter: exact }, () => ({ path: lazy.module, namespace: 'load-on-first-call' }));
    }
    build.onLoad({ filter: /.*/, namespace: 'load-on-first-call' }, (args) => {
      const lazy = LOADED_ON_FIRST_CALL.find((entry) => entry.module === args.path);
      // `require` of a path beside the bundle: esbuild leaves it for Node to resolve at run time.
      const load = `require(__dirname + ${JSON.stringify(`/${lazy.file}`)})`;
      return { contents: lazy.functions.map((name) => `export function ${name}(...args) { return ${load}.${name}(...args); }`).join('\n') };
    });
  },
};

const COMMON_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // A native addon: loaded from node_modules at run time, never bundled.
  external: ['better-sqlite3'],
  // Lexical's packages pick their development or production build by NODE_ENV at run time;
  // fixed here, the development builds are left out of the bundle.
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
};

/** Builds one entry to `outfile` through a temporary file; returns the inputs esbuild read. */
async function bundle(build, options, outfile) {
  // Written beside the final name and renamed over it: a `dabir` starting meanwhile (tests run
  // several at once) loads the old file or the new one, never half of one.
  const temporary = `${outfile}.${process.pid}.tmp`;
  const result = await build({ ...COMMON_OPTIONS, ...options, outfile: temporary });
  return { inputs: Object.keys(result.metafile.inputs), commit: () => renameSync(temporary, outfile) };
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const parts = [
    await bundle(build, { entryPoints: [join(root, 'cli', 'main.ts')], plugins: [loadOnFirstCall] }, CLI_BUNDLE),
    ...(await Promise.all(
      LOADED_ON_FIRST_CALL.map((lazy) => bundle(build, { stdin: { contents: `module.exports = require(${JSON.stringify(lazy.module)});`, resolveDir: root } }, join(dirname(CLI_BUNDLE), lazy.file))),
    )),
  ];
  // Files are named relative to the working folder; stdin and the stubs are not files.
  const inputs = [...new Set(parts.flatMap((part) => part.inputs))]
    .filter((input) => !/^<|^[\w-]+:/.test(input))
    .map((input) => relative(root, resolve(input)))
    .filter((input) => !input.split(/[\\/]/).includes('node_modules'))
    // A dependency upgrade changes the lock file. (The migrations are read from db/ at run time.)
    .concat(['package-lock.json', 'scripts/build-cli.mjs']);
  writeFileSync(`${CLI_INPUTS}.${process.pid}.tmp`, JSON.stringify({ startedAt, inputs }, null, 1));
  renameSync(`${CLI_INPUTS}.${process.pid}.tmp`, CLI_INPUTS);
  // The lazily loaded files first: the new main bundle may need them as soon as it is in place.
  for (const part of parts.reverse()) part.commit();
  // V8's code caches of earlier bundles (bin/dabir.mjs names them after the bundle they fit).
  for (const name of readdirSync(dirname(CLI_BUNDLE))) if (name.endsWith('.v8cache')) rmSync(join(dirname(CLI_BUNDLE), name), { force: true });
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await buildCli();
