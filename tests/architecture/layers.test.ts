/**
 * Layers point one way: a folder's name says what its files may import (VS Code enforces its
 * common/browser/node/electron-main split the same way). This reads every import statement.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

interface Rule {
  /** Our own top-level folders this layer may import from (besides itself). */
  folders: string[];
  /** Of some of those folders, only these files (paths from the repository root). */
  onlyFiles?: Record<string, string[]>;
  /** Packages this layer must never import. */
  forbiddenPackages: RegExp;
}

/**
 * The shells hand every API call to the archive worker (host/) and run no SQL on the thread
 * that serves the window: of db/ they may use only what names the archive's file.
 */
const SHELL_DB_FILES = { db: ['db/archive-location.ts'] };

const NODE_BUILTINS = /^(node:|fs$|path$|os$|child_process$|http$|crypto$|worker_threads$)/;
const RULES: Record<string, Rule> = {
  common: { folders: [], forbiddenPackages: /^(electron|react|react-dom|better-sqlite3)$|^node:/ },
  // The adapter every front door calls: the contract's validation around the services. It knows
  // the contract alone, so the archive (db/) can never reach back up into it.
  api: { folders: ['common'], forbiddenPackages: new RegExp(`^(electron|react|react-dom|better-sqlite3)(/|$)|${NODE_BUILTINS.source}`) },
  db: { folders: ['common'], forbiddenPackages: /^(electron|react|react-dom|@lexical\/react)(\/|$)/ },
  renderer: {
    folders: ['common'],
    forbiddenPackages: new RegExp(`^(electron|better-sqlite3)(/|$)|${NODE_BUILTINS.source}`),
  },
  // The archive worker and its host, shared by both shells: the core, and neither shell.
  host: { folders: ['common', 'api', 'db'], forbiddenPackages: /^(electron|react|react-dom)(\/|$)/ },
  electron: {
    folders: ['common', 'db', 'host'],
    onlyFiles: SHELL_DB_FILES,
    forbiddenPackages: /^(react|react-dom|better-sqlite3)(\/|$)/,
  },
  'browser-shell': {
    folders: ['common', 'db', 'host'],
    onlyFiles: SHELL_DB_FILES,
    forbiddenPackages: /^(electron|react|react-dom|better-sqlite3)(\/|$)/,
  },
  cli: { folders: ['common', 'api', 'db'], forbiddenPackages: /^(electron|react|react-dom)(\/|$)/ },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3] ?? match[4]);
}

describe('layering', () => {
  for (const [layer, rule] of Object.entries(RULES)) {
    it(`${layer}/ imports only what its layer allows`, () => {
      const layerDir = join(ROOT, layer);
      const violations: string[] = [];
      for (const file of sourceFiles(layerDir)) {
        for (const specifier of importsOf(file)) {
          const where = `${relative(ROOT, file)} imports ${specifier}`;
          if (specifier.startsWith('.')) {
            const targetPath = relative(ROOT, resolve(dirname(file), specifier)).split(/[\\/]/);
            const target = targetPath[0];
            const onlyFiles = rule.onlyFiles?.[target];
            if (target !== layer && !rule.folders.includes(target)) violations.push(where);
            else if (onlyFiles && !onlyFiles.includes(`${targetPath.join('/')}.ts`)) violations.push(where);
          } else if (rule.forbiddenPackages.test(specifier)) {
            violations.push(where);
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }
});
