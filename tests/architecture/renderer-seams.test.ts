/**
 * Two seams in the renderer that keep its components testable on their own: the archive's API
 * reaches them through <ApiProvider>/useApi() (only the start-up picks the real transport), and
 * no production code finds an element by the test ids that exist for the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const RENDERER = join(ROOT, 'renderer');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(RENDERER).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

describe('renderer seams', () => {
  it('imports the real API transport only at start-up; everything else asks useApi()', () => {
    const importers = files.filter((file) => /from '[./]*\/?api\/client'|from '\.\/client'/.test(file.text)).map((file) => file.path);
    expect(importers).toEqual(['renderer/main.tsx']);
  });

  it('never selects an element by data-testid', () => {
    const selecting = files.filter((file) => /(querySelector(All)?|closest|matches)(<[^>]*>)?\([^)]*data-testid/.test(file.text)).map((file) => file.path);
    expect(selecting).toEqual([]);
  });
});
