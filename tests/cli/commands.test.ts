/** list, show and the command line's own errors, through the real CLI. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-archive';
import { jsonOf, runDabir } from './run-cli';

describe('dabir list and show', () => {
  let dir: string;
  let db: string;
  const dabir = (args: string[]) => runDabir(args, { cwd: dir, userDataHome: dir });

  beforeAll(() => {
    dir = makeTempDir('dabir-cli-commands-');
    db = join(dir, 'archive.sqlite');
    const lines = [
      { headline: 'قدیمی‌ترین', date: '2017-12-01', desk: 'اقتصاد' },
      { headline: 'میانی', date: '2017-12-05', status: 'edited' },
      { headline: 'تازه‌ترین', date: '2017-12-09T08:00:00Z', desk: 'سیاست خارجی', status: 'approved' },
    ];
    writeFileSync(join(dir, 'three.jsonl'), lines.map((line) => JSON.stringify(line)).join('\n'));
    expect(dabir(['import', 'three.jsonl', '--db', db]).status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists newest first, with --limit', () => {
    const all = jsonOf(dabir(['list', '--json', '--db', db]));
    expect(all.total).toBe(3);
    expect(all.articles.map((article: { headline: string }) => article.headline)).toEqual(['تازه‌ترین', 'میانی', 'قدیمی‌ترین']);
    const one = jsonOf(dabir(['list', '--json', '--limit', '1', '--db', db]));
    expect(one.total).toBe(3);
    expect(one.articles).toHaveLength(1);
    expect(one.articles[0]).toMatchObject({ headline: 'تازه‌ترین', desk: 'سیاست خارجی', status: 'approved', datelineDate: '2017-12-09' });
  });

  it('lists as text: id, status, desk, date, headline per line', () => {
    const run = dabir(['list', '--limit', '2', '--db', db]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+STATUS\s+DESK\s+DATE\s+HEADLINE$/);
    expect(lines[1]).toMatch(/^[0-9a-f-]{36}\s+approved\s+سیاست خارجی\s+2017-12-09\s+تازه‌ترین$/);
    expect(lines[2]).toMatch(/^[0-9a-f-]{36}\s+edited\s+-\s+2017-12-05\s+میانی$/);
    expect(lines[3]).toBe('Showing 2 of 3 articles; use --limit N (up to 1000) to see more.');
  });

  it('pages with --offset, and says which stretch of the archive it shows', () => {
    const everything = jsonOf(dabir(['list', '--json', '--db', db])).articles.map((article: { id: string }) => article.id);
    const second = jsonOf(dabir(['list', '--json', '--limit', '1', '--offset', '1', '--db', db]));
    expect(second.total).toBe(3);
    expect(second.articles.map((article: { id: string }) => article.id)).toEqual([everything[1]]);
    const lines = dabir(['list', '--limit', '2', '--offset', '1', '--db', db]).stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+STATUS/);
    expect(lines.slice(1, 3).map((line) => line.slice(0, 36))).toEqual(everything.slice(1, 3));
    expect(lines[3]).toBe('Showing 2–3 of 3 articles.');
  });

  it('fails clearly for an id that is not an id', () => {
    const run = dabir(['show', 'not-an-id', '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("dabir: no article with id not-an-id (an article's id is a UUID, as list and search print it)\n");
  });

  it('fails clearly for an unknown id', () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const run = dabir(['show', id, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`dabir: no article with id ${id}\n`);
  });

  it('shows the fields as text', () => {
    const [newest] = jsonOf(dabir(['list', '--json', '--limit', '1', '--db', db])).articles;
    const run = dabir(['show', newest.id, '--db', db]);
    expect(run.stdout).toBe(
      [
        'تازه‌ترین',
        '',
        `ID:       ${newest.id}`,
        'Status:   approved',
        'Desk:     سیاست خارجی',
        'Byline:   -',
        'Dateline: 2017-12-09',
        'Created:  2017-12-09T08:00:00.000Z',
        'Updated:  2017-12-09T08:00:00.000Z',
        'Revision: 1',
        '',
      ].join('\n'),
    );
  });
});

describe('the command line itself', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir('dabir-cli-usage-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const dabir = (args: string[]) => runDabir(args, { cwd: dir, userDataHome: dir });

  it('prints usage for --help and for no command', () => {
    for (const args of [['--help'], ['-h'], [], ['list', '--help']]) {
      const run = dabir(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Usage: dabir \[--db PATH\] <command> \[options\]\n/);
      expect(run.stdout).toContain('import PATH...');
      expect(run.stdout).toContain(join(dir, 'Dabir', 'archive.sqlite'));
    }
  });

  it.each([
    [['frob'], 'unknown command "frob"'],
    [['list', '--frob'], 'unknown option --frob'],
    [['list', '--db'], '--db needs a value'],
    [['list', '--limit', '0'], '--limit must be a whole number from 1 to 1000, not "0"'],
    [['list', 'extra'], 'list takes no operands (got "extra")'],
    [['import'], 'import needs at least one file or folder: dabir import PATH...'],
    [['import', 'a.jsonl', '--limit', '3'], '--limit does not apply to import'],
    [['show'], 'show needs exactly one article id: dabir show ID'],
    [['list', '--json=yes'], '--json does not take a value'],
  ])('refuses %j with a usage error', (args, message) => {
    const run = dabir(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `dabir: ${message}\nUsage: dabir [--db PATH] <import PATH... [--tidy] [--confirm-known] | list [--limit N] [--offset N] | show ID | search QUERY | tags | entities [QUERY] | entity add|alias|show ... | quotes [PERSON] | related ID | export ID | export --format F --out PATH | merge OTHER | history ID | revert ID REVISION | backup [DEST] | backups | restore SRC | check [--full]> [--json]; "dabir --help" explains more.\n`,
    );
  });
});
