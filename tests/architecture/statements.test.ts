/**
 * db/ prepares statements one way, through db/statement-cache.ts, so a store is read with its
 * SQL beside its use and the save path never prepares a statement per call. This reads every
 * file of db/ for a `.prepare(` of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

/** SQL whose text is built per call (one `?` or condition per item given): kept, it would grow without end. */
const BUILT_PER_CALL: Record<string, string> = {
  'db/tags.ts': 'a merge lists its source tags in the statement',
  'db/export/select-articles.ts': 'an export names one condition per tag selected',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('prepared statements in db/', () => {
  it('come from the statement cache, except SQL built per call', () => {
    const preparing = sourceFiles(join(ROOT, 'db'))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((file) => file !== 'db/statement-cache.ts' && /\.prepare\s*(<[^()]*>)?\(/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(preparing.filter((file) => !(file in BUILT_PER_CALL))).toEqual([]);
    // An exception that no longer prepares anything is dropped from the list.
    expect(Object.keys(BUILT_PER_CALL).filter((file) => !preparing.includes(file))).toEqual([]);
  });
});
