/**
 * The files `npm run build` writes to out/: the Electron main and preload bundles as they
 * ship. Tests here read the built code, not the sources, because what breaks in Electron is
 * what the bundler made of the sources (a `require` the sandbox refuses, a package left out).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const REPOSITORY_ROOT = join(__dirname, '..', '..');
export const OUT_DIR = join(REPOSITORY_ROOT, 'out');
export const BUILT_PRELOAD = join(OUT_DIR, 'preload', 'index.cjs');
export const BUILT_MAIN = join(OUT_DIR, 'main', 'index.js');

export function readBuilt(file: string): string {
  if (!existsSync(file)) {
    throw new Error(`${relative(REPOSITORY_ROOT, file)} is missing: run \`npm run build\` first (npm test does).`);
  }
  return readFileSync(file, 'utf8');
}

/** Every script file under a folder of out/ (main and preload may be split into chunks). */
export function builtScripts(folder: 'main' | 'preload'): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return /\.(c|m)?js$/.test(name) ? [path] : [];
    });
  readBuilt(folder === 'main' ? BUILT_MAIN : BUILT_PRELOAD);
  return walk(join(OUT_DIR, folder));
}

/**
 * The module names a built file loads at run time: `require("x")`, `import("x")` and static
 * `import … from "x"`. Comments are not stripped, so a sentence quoting a require counts too;
 * the bundles keep our doc comments, which must then not quote one.
 */
export function runtimeRequiresOf(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /^\s*import\s[^;]*?\bfrom\s*["']([^"']+)["']/gm,
    /^\s*export\s[^;]*?\bfrom\s*["']([^"']+)["']/gm,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found].sort();
}
