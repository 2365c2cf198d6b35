/**
 * electron-builder packs the built bundles with the production `dependencies` of package.json
 * and nothing else. A bundle that requires a devDependency (or a package that is only
 * installed here as some tool's dependency) works in development and fails in the packaged
 * app, where nobody runs the tests; this checks every run-time `require` of the built main
 * and preload against package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtScripts, REPOSITORY_ROOT, runtimeRequiresOf } from '../support/built-bundles';

const packageJson = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};

/** `@lexical/headless/dom` is the package `@lexical/headless`; `zod/v4` is `zod`. */
const packageNameOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Why a built file's `require(specifier)` would fail in the packaged app, or null if it won't. */
function packagingProblem(file: string, specifier: string): string | null {
  // Electron provides `electron` itself; Node's built-ins are there in main.
  if (specifier === 'electron' || isBuiltin(specifier)) return null;
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(file), specifier);
    return [target, `${target}.js`, `${target}.cjs`].some(existsSync) ? null : 'is not in out/';
  }
  const name = packageNameOf(specifier);
  if (!(name in packageJson.dependencies)) return `needs ${name}, which is not in package.json "dependencies"`;
  try {
    createRequire(file).resolve(specifier);
  } catch {
    return 'does not resolve from node_modules';
  }
  return null;
}

function problemsOf(file: string, code: string): string[] {
  return runtimeRequiresOf(code).flatMap((specifier) => {
    const problem = packagingProblem(file, specifier);
    return problem ? [`${relative(REPOSITORY_ROOT, file)} requires "${specifier}", which ${problem}`] : [];
  });
}

describe('the packaged app has everything its bundles require', () => {
  it('the package entry point is the built main bundle', () => {
    expect(existsSync(join(REPOSITORY_ROOT, packageJson.main))).toBe(true);
  });

  for (const folder of ['main', 'preload'] as const) {
    it(`every require of the built ${folder} resolves from "dependencies"`, () => {
      const files = builtScripts(folder);
      expect(files.length).toBeGreaterThan(0);
      const problems = files.flatMap((file) => problemsOf(file, readFileSync(file, 'utf8')));
      expect(problems).toEqual([]);
    });
  }

  it('catches a bundle that requires a devDependency or a package nobody installed', () => {
    const file = join(REPOSITORY_ROOT, 'out', 'main', 'index.js');
    const code = ['require("vitest");', 'require("left-pad");', 'require("zod");', 'require("node:fs");', 'require("electron");'].join('\n');
    expect(problemsOf(file, code)).toEqual([
      'out/main/index.js requires "left-pad", which needs left-pad, which is not in package.json "dependencies"',
      'out/main/index.js requires "vitest", which needs vitest, which is not in package.json "dependencies"',
    ]);
  });
});
