/**
 * Layers by the runtime a file ends up in, beside layers.test.ts's rules by folder. A folder
 * can't tell that a file in electron/ is bundled into the sandboxed preload, where it may
 * `require` nothing but `electron`; following the imports from each runtime's entry point can.
 * VS Code splits its sources the same way (`electron-sandbox` may not import `node`).
 *
 * `import type` is told apart from an import that runs: the compiler erases it from the bundle.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

interface ImportEdge {
  from: string;
  specifier: string;
  /** The repository file it names (relative to the root), or null for a package. */
  file: string | null;
  typeOnly: boolean;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '/index.ts', '/index.tsx'];

function resolveFile(fromFile: string, specifier: string): string {
  const base = resolve(dirname(join(ROOT, fromFile)), specifier);
  const found = EXTENSIONS.map((extension) => base + extension).find((path) => existsSync(path) && !path.endsWith('/'));
  if (!found) throw new Error(`${fromFile} imports ${specifier}, which does not exist`);
  return relative(ROOT, found).split('\\').join('/');
}

/** `type X`, `{ type A, type B }`: erased by the compiler, so nothing of it runs. */
function isTypeOnlyClause(clause: string): boolean {
  if (/^type\s/.test(clause)) return true;
  const names = /^\{([^}]*)\}$/.exec(clause)?.[1].split(',').map((name) => name.trim()).filter(Boolean);
  return !!names && names.length > 0 && names.every((name) => /^type\s/.test(name));
}

const STATIC_IMPORT = /^[ \t]*(?:import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const BARE_IMPORT = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
const CALL_IMPORT = /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;
const parsed = new Map<string, ImportEdge[]>();

function importsOf(file: string): ImportEdge[] {
  if (!/\.(ts|tsx|mts)$/.test(file)) return [];
  const known = parsed.get(file);
  if (known) return known;
  const text = readFileSync(join(ROOT, file), 'utf8');
  const edge = (specifier: string, typeOnly: boolean): ImportEdge => ({
    from: file,
    specifier,
    typeOnly,
    file: specifier.startsWith('.') ? resolveFile(file, specifier) : null,
  });
  const edges = [
    ...[...text.matchAll(STATIC_IMPORT)].map((match) => edge(match[2], isTypeOnlyClause(match[1].replace(/\s+/g, ' ').trim()))),
    ...[...text.matchAll(BARE_IMPORT)].map((match) => edge(match[1], false)),
    ...[...text.matchAll(CALL_IMPORT)].map((match) => edge(match[1], false)),
  ];
  parsed.set(file, edges);
  return edges;
}

/** Everything that runs when `entry` runs: the files its value imports reach, and their edges. */
function runtimeOf(entry: string) {
  const files = new Set<string>([entry]);
  const edges: ImportEdge[] = [];
  const queue = [entry];
  while (queue.length > 0) {
    for (const edge of importsOf(queue.shift()!)) {
      edges.push(edge);
      if (edge.typeOnly || edge.file === null || files.has(edge.file)) continue;
      files.add(edge.file);
      queue.push(edge.file);
    }
  }
  // Type-only edges are kept for the rules that care about them, but only from running files.
  return { files: [...files].sort(), edges: edges.filter((edge) => files.has(edge.from)) };
}

const describeEdge = (edge: ImportEdge) => `${edge.from} imports ${edge.typeOnly ? 'type from ' : ''}${edge.specifier}`;
const inFolder = (file: string, folders: string[]) => folders.some((folder) => file.startsWith(`${folder}/`));
const isPackage = (edge: ImportEdge, pattern: RegExp) => edge.file === null && pattern.test(edge.specifier);

describe('layers by runtime', () => {
  it('the preload runs on electron, common/constants and common/result alone, and takes only types from the contract', () => {
    const preload = runtimeOf('electron/preload.ts');
    const mayRun = (file: string) => file.startsWith('electron/') || file === 'common/constants.ts' || file === 'common/result.ts';
    const violations = preload.edges.filter((edge) =>
      edge.file === null
        ? !edge.typeOnly && edge.specifier !== 'electron'
        : edge.typeOnly
          ? !mayRun(edge.file) && edge.file !== 'common/contract.ts'
          : !mayRun(edge.file),
    );
    expect(violations.map(describeEdge)).toEqual([]);
    // The preload reaches into electron/ only for files written for it: none of them may use Node.
    expect(preload.edges.filter((edge) => edge.file === null && isBuiltin(edge.specifier)).map(describeEdge)).toEqual([]);
  });

  it('main runs no renderer, browser-shell or React code', () => {
    const main = runtimeOf('electron/main.ts');
    expect(main.files.filter((file) => inFolder(file, ['renderer', 'browser-shell', 'cli']))).toEqual([]);
    expect(main.edges.filter((edge) => isPackage(edge, /^(react|react-dom|@lexical\/react)(\/|$)/)).map(describeEdge)).toEqual([]);
  });

  it('the renderer runs no Node, Electron, archive or shell code, and takes only types from the contract', () => {
    const renderer = runtimeOf('renderer/main.tsx');
    expect(renderer.files.filter((file) => !inFolder(file, ['renderer', 'common']))).toEqual([]);
    // The contract's values are zod schemas; the renderer's bundle carries none (constants.ts has the plain values).
    expect(renderer.files).not.toContain('common/contract.ts');
    const forbidden = renderer.edges.filter(
      (edge) => !edge.typeOnly && edge.file === null && (isBuiltin(edge.specifier) || /^(electron|better-sqlite3|zod)(\/|$)/.test(edge.specifier)),
    );
    expect(forbidden.map(describeEdge)).toEqual([]);
  });

  it('the core (db/) and the API layer (api/) run in any shell: no Electron, React or shell code', () => {
    const core = ['db/archive.ts', 'api/dispatch.ts'].map(runtimeOf);
    const files = [...new Set(core.flatMap((runtime) => runtime.files))];
    expect(files.filter((file) => !inFolder(file, ['db', 'api', 'common']))).toEqual([]);
    const packages = core.flatMap((runtime) => runtime.edges).filter((edge) => !edge.typeOnly && isPackage(edge, /^(electron|react|react-dom|@lexical\/react)(\/|$)/));
    expect(packages.map(describeEdge)).toEqual([]);
  });

  it('the two shells never import each other', () => {
    const electronMain = runtimeOf('electron/main.ts');
    const browserShell = runtimeOf('browser-shell/main.ts');
    const crossings = [
      ...electronMain.edges.filter((edge) => edge.file?.startsWith('browser-shell/')),
      ...browserShell.edges.filter((edge) => edge.file?.startsWith('electron/') || isPackage(edge, /^electron(\/|$)/)),
    ];
    expect(crossings.map(describeEdge)).toEqual([]);
  });

  it('both shells send their pages with the one shared set of security headers', () => {
    const shared = 'common/response-headers.ts';
    expect(runtimeOf('electron/main.ts').files).toContain(shared);
    expect(runtimeOf('browser-shell/main.ts').files).toContain(shared);
  });
});
