#!/usr/bin/env node
// `dabir`: runs cli/main.ts through tsx in this same process. Only tsx's CommonJS hook is
// registered: the package is CommonJS, so that hook compiles every .ts file we load, and
// skipping the ESM hooks (a loader thread) saves a quarter of a second per command.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Node resolves the symlink npm puts in node_modules/.bin, so this is the real checkout.
const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// tsx reads the tsconfig of the current folder by default; run from anywhere, our code must
// still be compiled with ours.
process.env.TSX_TSCONFIG_PATH = join(repositoryRoot, 'tsconfig.json');
require('tsx/cjs/api').register();
require(join(repositoryRoot, 'cli', 'main.ts'));
