/**
 * The archivist's bulk work on the real command line: a folder imported (recursively, every
 * format), imported again as nothing new, everything exported, a selection exported as a
 * folder of pages, and a second archive merged in with `dabir merge`.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-archive';
import { FIXTURES, persianDocx } from '../import/support';
import { jsonOf, runDabir } from './run-cli';

let dir: string;
let db: string;
const dabir = (args: string[]) => runDabir(args, { cwd: dir, userDataHome: dir });

beforeAll(async () => {
  dir = makeTempDir('dabir-cli-bulk-');
  db = join(dir, 'archive.sqlite');
  mkdirSync(join(dir, 'coverage', '1396'), { recursive: true });
  writeFileSync(join(dir, 'coverage', '1396', 'نشست.docx'), await persianDocx());
  copyFileSync(join(FIXTURES, 'word-saved.htm'), join(dir, 'coverage', 'word.htm'));
  writeFileSync(join(dir, 'coverage', 'notes.md'), '# یادداشت سفر\n\nمتن **یادداشت**.\n');
  writeFileSync(join(dir, 'coverage', 'feed.jsonl'), `${JSON.stringify({ headline: 'بیانیهٔ پایانی', tags: ['OIC'], date: '2017-12-13', body: 'متن بیانیه.' })}\n`);
  writeFileSync(join(dir, 'coverage', 'cover.jpg'), Buffer.from([0xff, 0xd8]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dabir import, export and merge in bulk', () => {
  it('imports a folder recursively, and a second run skips every story', () => {
    const first = dabir(['import', 'coverage', '--json', '--db', db]);
    expect(first.status).toBe(0);
    const report = jsonOf(first);
    expect(report.imported.map((entry: { source: string }) => entry.source)).toEqual([
      'coverage/1396/نشست.docx:1',
      'coverage/feed.jsonl:1',
      'coverage/notes.md:1',
      'coverage/word.htm:1',
    ]);
    expect(report.ignored).toEqual(['coverage/cover.jpg']);

    const again = jsonOf(dabir(['import', 'coverage', '--json', '--db', db]));
    expect(again.imported).toEqual([]);
    expect(again.errors).toEqual([]);
    expect(again.skipped.map((entry: { source: string }) => entry.source)).toHaveLength(4);
  });

  it('exports a tag as a folder of Markdown and everything as a bundle another archive merges', () => {
    const pages = dabir(['export', '--format', 'md', '--tag', 'OIC', '--out', 'out/md', '--json', '--db', db]);
    expect(pages.status).toBe(0);
    expect(jsonOf(pages)).toMatchObject({ format: 'md', articles: 1, files: ['بیانیهٔ-پایانی.md'] });
    expect(readdirSync(join(dir, 'out', 'md'))).toEqual(['بیانیهٔ-پایانی.md']);

    const bundle = dabir(['export', '--format', 'bundle', '--out', 'all.dabir', '--db', db]);
    expect(bundle.stdout).toMatch(/^Exported 4 articles to /);
    const other = join(dir, 'other.sqlite');
    expect(jsonOf(dabir(['import', 'all.dabir', '--json', '--db', other])).merged[0]).toMatchObject({ articlesAdded: 4, needsReview: [] });

    const merged = dabir(['merge', other, '--json', '--db', db]);
    expect(merged.status).toBe(0);
    expect(jsonOf(merged)).toMatchObject({ articlesAdded: 0, articlesUpdated: 0, articlesUnchanged: 4 });
  });
});
