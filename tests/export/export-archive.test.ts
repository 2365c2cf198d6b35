/**
 * Exporting many articles: a file per article into a folder (md, html, txt), one file (jsonl,
 * bundle), selected by ids, tags, desk and dates or all of them; and what goes out comes back
 * in: the jsonl and the folder of pages import into an empty archive as the same stories.
 */
import { pbkdf2 } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportArchive } from '../../db/export/export-archive';
import { importPaths } from '../../db/import/import-files';
import { bodyFromPlainText } from '../../db/editor/headless';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

/**
 * Keeps every thread of Node's pool busy for a while (key stretching runs there, as file opens
 * do), so that a file stream opened now is opened only once they are done.
 */
function occupyFileThreads(): Promise<unknown> {
  const threads = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
  return Promise.all(Array.from({ length: threads }, () => promisify(pbkdf2)('dabir', 'salt', 200_000, 64, 'sha512')));
}

let temp: TempArchive;
let other: TempArchive;
const ZWNJ = '\u200c';
beforeEach(() => {
  temp = openTempArchive();
  other = openTempArchive();
  const create = (headline: string, desk: string, day: string, tags: string[], body: string) =>
    temp.archive.articles.create({ headline, desk, datelineDate: day, datelinePlace: 'تهران', tags, lead: `لید ${headline}`, body: bodyFromPlainText(body) }, { at: `${day}T08:00:00.000Z` });
  create('دیدار ظریف و مرسودی', 'سیاسی', '2017-12-07', ['OIC'], `وزیران در جاکارتا دیدار کردند.\nآنها می${ZWNJ}خواهند «همکاری» را گسترش دهند؛ ۵۷ کشور حاضر بودند.`);
  create('بیانیه پایانی', 'سیاسی', '2017-12-13', ['OIC', 'فلسطین'], 'متن بیانیه.');
  create('قیمت نفت', 'اقتصادی', '2018-01-02', [], 'نفت گران شد.');
  const gone = create('خبر حذف‌شده', 'سیاسی', '2017-12-10', [], 'حذف شد.');
  temp.archive.deletion.delete(gone.id, 'remove');
});
afterEach(() => {
  temp.cleanup();
  other.cleanup();
});

describe('exporting many articles', () => {
  it('writes a Markdown file per live article, in story order, named after the headline', async () => {
    const folder = join(temp.dir, 'md');
    const result = await exportArchive(temp.archive, {}, 'md', { kind: 'folder', path: folder });
    expect(result.articles).toBe(3);
    expect(result.files).toEqual(['دیدار-ظریف-و-مرسودی.md', 'بیانیه-پایانی.md', 'قیمت-نفت.md']);
    expect(readdirSync(folder).sort()).toEqual([...result.files!].sort());
    expect(readFileSync(join(folder, 'بیانیه-پایانی.md'), 'utf8')).toContain('# بیانیه پایانی');
  });

  it('selects by tag, desk and dates, and writes plain text for the wire with Persian typography kept', async () => {
    const folder = join(temp.dir, 'wire');
    const result = await exportArchive(temp.archive, { tags: ['oic'], desk: 'سیاسی', from: '2017-12-01', to: '2017-12-08' }, 'txt', { kind: 'folder', path: folder });
    expect(result.files).toEqual(['دیدار-ظریف-و-مرسودی.txt']);
    const text = readFileSync(join(folder, result.files![0]), 'utf8');
    expect(text).toBe(
      'دیدار ظریف و مرسودی\n\nلید دیدار ظریف و مرسودی\n\nتهران، ۱۶ آذر ۱۳۹۶ (\u20667 Dec 2017\u2069)\n\n' +
        `وزیران در جاکارتا دیدار کردند.\n\nآنها می${ZWNJ}خواهند «همکاری» را گسترش دهند؛ ۵۷ کشور حاضر بودند.\n`,
    );
  });

  it('writes one .jsonl that imports into an empty archive as the same stories, and again as nothing new', async () => {
    const path = join(temp.dir, 'all.jsonl');
    await exportArchive(temp.archive, {}, 'jsonl', { kind: 'file', path });
    const lines = readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.headline)).toEqual(['دیدار ظریف و مرسودی', 'بیانیه پایانی', 'قیمت نفت']);
    const first = await importPaths(other.archive, [path]);
    expect(first.files[0].errors).toEqual([]);
    const ids = first.files[0].imported.map((article) => article.id);
    expect(ids).toEqual(lines.map((line) => line.id));
    const copy = other.archive.articles.get(ids[1]);
    const original = temp.archive.articles.get(ids[1]);
    expect({ ...copy, revision: 0, updatedAt: '', createdAt: '' }).toEqual({ ...original, revision: 0, updatedAt: '', createdAt: '' });
    expect((await importPaths(other.archive, [path])).files[0].skipped).toHaveLength(3);
  });

  it('writes html pages that import back with their kicker, lead, dateline and body', async () => {
    const folder = join(temp.dir, 'html');
    await exportArchive(temp.archive, { ids: [temp.archive.articles.list().items[2].id] }, 'html', { kind: 'folder', path: folder });
    const report = await importPaths(other.archive, [folder]);
    const back = other.archive.articles.get(report.files[0].imported[0].id);
    expect(back.headline).toBe('دیدار ظریف و مرسودی');
    expect(back.lead).toBe('لید دیدار ظریف و مرسودی');
    expect(back.datelinePlace).toBe('تهران');
    expect(back.datelineDate).toBe('2017-12-07');
    expect(back.bodyText).toBe(`وزیران در جاکارتا دیدار کردند.\nآنها می${ZWNJ}خواهند «همکاری» را گسترش دهند؛ ۵۷ کشور حاضر بودند.`);
  });

  it('leaves nothing behind when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const path = join(temp.dir, 'cancelled.jsonl');
    await expect(exportArchive(temp.archive, {}, 'jsonl', { kind: 'file', path }, { signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  // A busy machine opens files late: the cancel can come while its temporary file is still being
  // opened, and removing it then, before the open, left an empty `.tmp` behind. (A bundle cannot
  // be cancelled that early: its writer waits for the file to take its first lines.)
  it.each([
    ['jsonl', 'late.jsonl', { kind: 'file' }],
    ['md', 'late.zip', { kind: 'zip' }],
  ] as const)('leaves nothing behind when a %s export is cancelled before its file is open', async (format, name, target) => {
    const path = join(temp.dir, name);
    const controller = new AbortController();
    controller.abort();
    const poolFree = occupyFileThreads();
    const exported = exportArchive(temp.archive, {}, format, { ...target, path }, { signal: controller.signal });
    await expect(exported).rejects.toMatchObject({ code: 'cancelled' });
    await poolFree;
    // Whatever open was still queued has run by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(temp.dir).filter((entry) => entry.startsWith(`.${name}`) || entry === name)).toEqual([]);
  });

  it('leaves nothing behind when a bundle export is cancelled', async () => {
    const path = join(temp.dir, 'cancelled.dabir');
    const controller = new AbortController();
    controller.abort();
    await expect(exportArchive(temp.archive, {}, 'bundle', { kind: 'file', path }, { signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
    expect(readdirSync(temp.dir).filter((entry) => entry.startsWith('.cancelled.dabir') || entry === 'cancelled.dabir')).toEqual([]);
  });
});
