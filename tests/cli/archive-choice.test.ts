/**
 * Which archive the CLI opens (--db before or after the command, DABIR_DB, the default), and
 * that it refuses files that are not Dabir archives without changing a byte of them.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-archive';
import { jsonOf, runDabir } from './run-cli';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('dabir-cli-archive-');
  writeFileSync(join(dir, 'one.jsonl'), `${JSON.stringify({ headline: 'خبر یک' })}\n`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const dabir = (args: string[], env: NodeJS.ProcessEnv = {}) => runDabir(args, { cwd: dir, userDataHome: join(dir, 'home'), env });

describe('choosing the archive', () => {
  it('reads DABIR_DB when there is no --db', () => {
    const viaEnv = join(dir, 'env.sqlite');
    expect(dabir(['import', 'one.jsonl'], { DABIR_DB: viaEnv }).status).toBe(0);
    expect(existsSync(viaEnv)).toBe(true);
    expect(jsonOf(dabir(['list', '--json'], { DABIR_DB: viaEnv })).total).toBe(1);
    // --db wins over DABIR_DB.
    expect(dabir(['list', '--json', '--db', join(dir, 'other.sqlite')], { DABIR_DB: viaEnv }).status).toBe(1);
  });

  it('accepts --db before or after the command, and --db=PATH', () => {
    const db = join(dir, 'a.sqlite');
    expect(dabir(['--db', db, 'import', 'one.jsonl']).status).toBe(0);
    expect(jsonOf(dabir(['list', '--json', `--db=${db}`])).total).toBe(1);
    expect(jsonOf(dabir(['list', '--db', db, '--json'])).total).toBe(1);
  });

  it('uses the user-data archive by default, creating its folder on first import', () => {
    expect(dabir(['import', 'one.jsonl']).status).toBe(0);
    expect(existsSync(join(dir, 'home', 'Dabir', 'archive.sqlite'))).toBe(true);
    expect(jsonOf(dabir(['list', '--json'])).total).toBe(1);
  });

  it('never creates an archive just to read from it', () => {
    const missing = join(dir, 'typo.sqlite');
    const run = dabir(['list', '--db', missing]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`dabir: there is no archive at ${missing} (import articles first, or choose an archive with --db PATH or DABIR_DB)\n`);
    expect(existsSync(missing)).toBe(false);
  });

  it('does not create missing folders for an explicit --db', () => {
    const run = dabir(['import', 'one.jsonl', '--db', join(dir, 'no', 'such', 'a.sqlite')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^dabir: cannot create the archive .* the folder .* does not exist\n$/);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});

describe('files that are not Dabir archives', () => {
  function expectRefusedAndUntouched(path: string, reason: RegExp): void {
    const before = readFileSync(path);
    const filesBefore = readdirSync(dir).sort();
    for (const args of [['import', 'one.jsonl'], ['list'], ['show', '00000000-0000-4000-8000-000000000000', '--json']]) {
      const run = dabir([...args, '--db', path]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^dabir: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a Dabir archive: `));
      expect(run.stderr).toMatch(reason);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
  }

  it('refuses a text file and leaves it byte-identical', () => {
    const path = join(dir, 'notes.sqlite');
    writeFileSync(path, 'این یک فایل متنی است، نه پایگاه داده.\nJust some notes.\n');
    expectRefusedAndUntouched(path, /not an SQLite database/);
  });

  it('refuses another program’s SQLite database and leaves it byte-identical', () => {
    const path = join(dir, 'other-app.db');
    const other = new Database(path);
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');");
    other.close();
    expectRefusedAndUntouched(path, /another program’s SQLite database/);
  });
});
