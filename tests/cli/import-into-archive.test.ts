/** db/import writing into a real archive: one transaction per file, bad lines cost only themselves. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPaths } from '../../db/import/import-files';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

let temp: TempArchive;
beforeEach(() => {
  temp = openTempArchive();
});
afterEach(() => temp.cleanup());

const write = (name: string, lines: unknown[]) => {
  const path = join(temp.dir, name);
  writeFileSync(path, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n'));
  return path;
};

describe('importPaths', () => {
  it('writes each article through the one save path, with a body built from its text', async () => {
    const path = write('a.jsonl', [{ headline: 'یک', body: 'بند یک\nبند دو', date: '2017-12-07' }]);
    const report = (await importPaths(temp.archive, [path]));
    const article = temp.archive.articles.get(report.files[0].imported[0].id);
    expect(article.bodyText).toBe('بند یک\nبند دو');
    expect(article.body?.root.children).toHaveLength(2);
    expect(article.revision).toBe(1);
    expect(temp.archive.articles.revisionCount(article.id)).toBe(1);
    expect(article.createdAt).toBe('2017-12-07T00:00:00.000Z');
  });

  it('leaves the body empty for an article without one', async () => {
    const report = (await importPaths(temp.archive, [write('a.jsonl', [{ headline: 'فقط تیتر' }])]));
    const article = temp.archive.articles.get(report.files[0].imported[0].id);
    expect(article.body).toBeNull();
    expect(article.bodyText).toBe('');
  });

  it('refuses a second line with an id the first line took, keeping the lines around it', async () => {
    const id = '9a1e6f0c-7b5d-4e2a-8c3f-1d2e3f4a5b6c';
    const path = write('dup.jsonl', [{ id, headline: 'اول' }, { id, headline: 'تکرار' }, { headline: 'سوم' }]);
    const [file] = (await importPaths(temp.archive, [path])).files;
    expect(file.imported.map((entry) => entry.source)).toEqual([`${path}:1`, `${path}:3`]);
    expect(file.errors).toEqual([{ source: `${path}:2`, code: 'id_taken', message: `an article with id ${id} already exists in the archive (with other content)` }]);
    expect(temp.archive.articles.get(id).headline).toBe('اول');
    expect(temp.archive.articles.list().total).toBe(2);
  });

  it('stops on a full disk with the archive intact and nothing of the failing file in it', async () => {
    const first = write('first.jsonl', [{ headline: 'پیش از پر شدن دیسک' }]);
    const big = 'متن بلند '.repeat(20_000);
    const second = write('second.jsonl', Array.from({ length: 10 }, (_, i) => ({ headline: `بزرگ ${i}`, body: big })));
    const third = write('third.jsonl', [{ headline: 'پس از آن' }]);
    // SQLite answers SQLITE_FULL once the file would grow past max_page_count, as on a full disk.
    const pages = temp.archive.db.pragma('page_count', { simple: true }) as number;
    temp.archive.db.pragma(`max_page_count = ${pages + 40}`);

    const report = (await importPaths(temp.archive, [first, second, third]));
    expect(report.stoppedBy).toBe('disk_full');
    expect(report.files.map((file) => file.imported.length)).toEqual([1, 0, 0]);
    expect(report.files[1].errors).toEqual([{ source: second, code: 'disk_full', message: 'the disk is full: nothing from this file was imported' }]);
    expect(report.files[2].errors[0].message).toMatch(/stopped/);
    expect(temp.archive.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(temp.archive.articles.list().items.map((item) => item.headline)).toEqual(['پیش از پر شدن دیسک']);
  });
});
