/**
 * The real CLI importing .jsonl and .txt files with good and bad lines: good lines land in
 * order with FILE:LINE sources, bad ones are reported and write nothing, and the exit status
 * says something failed.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-archive';
import { jsonOf, runDabir, type CliRun } from './run-cli';

interface ImportJson {
  imported: Array<{ id: string; headline: string; source: string }>;
  errors: Array<{ source: string; message: string }>;
}

const ZWNJ = '\u200C';
const FULL_ID = randomUUID();
const EARLIER_ID = randomUUID();
const fullBody = [
  `وزیر امور خارجه ایران روز یکشنبه وارد جاکارتا شد و با همتای اندونزیایی خود دیدار کرد؛ این دیدار در حاشیهٔ نشست OIC بود.`,
  `او گفت: «می${ZWNJ}خواهیم صدای فلسطین شنیده شود» and added that the meeting was "historic".`,
  '',
  `نشست با حضور ۵۷ کشور (57 member states) برگزار شد.`,
].join('\n');
const fullArticle = {
  id: FULL_ID,
  headline: `ظریف در جاکارتا: نشست فوق${ZWNJ}العادهٔ OIC دربارهٔ قدس`,
  kicker: 'دیپلماسی',
  lead: `وزیران خارجهٔ کشورهای اسلامی در جاکارتا گرد هم آمدند${ZWNJ}.`,
  byline: 'خبرنگار اعزامی Dabir',
  desk: 'سیاست خارجی',
  status: 'published',
  dateline: 'جاکارتا',
  date: '2017-12-13T10:30:00+03:30',
  body: fullBody,
  tags: ['OIC', 'فلسطین'],
  // To the article of an earlier import; made once the whole import is written.
  links: [{ id: EARLIER_ID, type: 'background' }],
};

/** Line numbers are what a text editor shows; the comments name what each line tests. */
const jsonlLines = [
  JSON.stringify(fullArticle), // 1: every field
  '{"headline": "broken", ', // 2: invalid JSON
  JSON.stringify({ headline: 'تیتر کوتاه دوم', date: '2017-12-07', body: 'یک بند.' }), // 3: minimal, date only
  JSON.stringify({ body: 'بدون تیتر' }), // 4: missing headline
  JSON.stringify({ headline: 'وضعیت نادرست', status: 'live' }), // 5: unknown status
  '', // 6: blank, skipped silently
  JSON.stringify({ headline: 'تاریخ نادرست', date: '2017-02-30' }), // 7: impossible date
  JSON.stringify({ headline: 'شناسهٔ تکراری', id: FULL_ID }), // 8: id taken by line 1
  JSON.stringify({ headline: 'شناسهٔ قبلی', id: EARLIER_ID }), // 9: id taken by an earlier import
  JSON.stringify({ headline: 'Last line, Latin headline', desk: 'English desk', tags: ['x'] }), // 10
  '[1, 2]', // 11: not an object
  JSON.stringify({ headline: 'tags wrong', tags: 'OIC' }), // 12: tags not a list
];

describe('dabir import of .jsonl and .txt files', () => {
  let dir: string;
  let db: string;
  let run: CliRun;
  let report: ImportJson;
  const dabir = (args: string[]) => runDabir(args, { cwd: dir, userDataHome: dir });

  beforeAll(() => {
    dir = makeTempDir('dabir-cli-import-');
    db = join(dir, 'archive.sqlite');
    mkdirSync(join(dir, 'feeds'));
    writeFileSync(join(dir, 'feeds', 'earlier.jsonl'), `${JSON.stringify({ id: EARLIER_ID, headline: 'قبلی' })}\n`);
    expect(dabir(['import', 'feeds/earlier.jsonl', '--db', db]).status).toBe(0);

    // A BOM and CRLF line ends, as Windows tools write them.
    writeFileSync(join(dir, 'feeds', 'desk.jsonl'), `\uFEFF${jsonlLines.join('\r\n')}\r\n`, 'utf8');
    writeFileSync(join(dir, 'feeds', 'short.txt'), 'تیتر کوتاه\n\nبند اول.\nبند دوم.\n', 'utf8');
    // "سلام" in Windows-1256, the usual non-UTF-8 Persian encoding.
    writeFileSync(join(dir, 'feeds', 'cp1256.txt'), Buffer.from([0xd3, 0xe1, 0xc7, 0xe3, 0x0a]));
    writeFileSync(join(dir, 'feeds', 'empty.jsonl'), '');
    writeFileSync(join(dir, 'feeds', 'notes.docx'), 'x');

    run = dabir([
      'import', '--json', '--db', db,
      'feeds/desk.jsonl', 'feeds/short.txt', 'feeds/cp1256.txt', 'feeds/missing.txt', 'feeds/empty.jsonl', 'feeds/notes.docx',
    ]);
    report = jsonOf<ImportJson>(run);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits non-zero because some lines failed, and prints exactly imported, errors and skipped', () => {
    expect(run.status).toBe(1);
    expect(Object.keys(report)).toEqual(['imported', 'errors', 'skipped']);
    expect(run.stderr).toMatch(/^dabir: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('imports the good lines in input order with FILE:LINE sources as given', () => {
    expect(report.imported.map((entry) => entry.source)).toEqual([
      'feeds/desk.jsonl:1',
      'feeds/desk.jsonl:3',
      'feeds/desk.jsonl:10',
      'feeds/short.txt:1',
      'feeds/cp1256.txt:1',
    ]);
    expect(report.imported[0].id).toBe(FULL_ID);
    expect(report.imported.map((entry) => entry.headline)).toEqual([
      fullArticle.headline,
      'تیتر کوتاه دوم',
      'Last line, Latin headline',
      'تیتر کوتاه',
      // Windows-1256 is read and converted.
      'سلام',
    ]);
    for (const entry of report.imported) expect(Object.keys(entry)).toEqual(['id', 'headline', 'source']);
  });

  it('reports every bad line and file with a plain-English message', () => {
    const bySource = Object.fromEntries(report.errors.map((error) => [error.source, error.message]));
    expect(report.errors.map((error) => error.source)).toEqual([
      'feeds/desk.jsonl:2',
      'feeds/desk.jsonl:4',
      'feeds/desk.jsonl:5',
      'feeds/desk.jsonl:7',
      'feeds/desk.jsonl:8',
      'feeds/desk.jsonl:9',
      'feeds/desk.jsonl:11',
      'feeds/desk.jsonl:12',
      'feeds/missing.txt',
      'feeds/empty.jsonl',
      'feeds/notes.docx',
    ]);
    expect(bySource['feeds/desk.jsonl:2']).toMatch(/not valid JSON/);
    expect(bySource['feeds/desk.jsonl:4']).toBe('headline is required');
    expect(bySource['feeds/desk.jsonl:5']).toMatch(/^status must be one of draft, edited, approved, published, archived/);
    expect(bySource['feeds/desk.jsonl:7']).toMatch(/^date "2017-02-30" is not an ISO 8601 date/);
    expect(bySource['feeds/desk.jsonl:8']).toMatch(new RegExp(`${FULL_ID} already exists`));
    expect(bySource['feeds/desk.jsonl:9']).toMatch(new RegExp(`${EARLIER_ID} already exists`));
    expect(bySource['feeds/desk.jsonl:11']).toMatch(/must be a JSON object/);
    expect(bySource['feeds/desk.jsonl:12']).toMatch(/^tags must be a list/);
    expect(bySource['feeds/missing.txt']).toBe('no such file');
    expect(bySource['feeds/empty.jsonl']).toBe('the file is empty');
    expect(bySource['feeds/notes.docx']).toMatch(/not a readable Word document/);
  });

  it('wrote the good lines and nothing of the bad ones', () => {
    const listed = jsonOf(dabir(['list', '--json', '--db', db]));
    expect(listed.total).toBe(6);
    const ids = listed.articles.map((article: { id: string }) => article.id).sort();
    expect(ids).toEqual([...report.imported.map((entry) => entry.id), EARLIER_ID].sort());
    const headlines = listed.articles.map((article: { headline: string }) => article.headline);
    for (const refused of ['شناسهٔ تکراری', 'شناسهٔ قبلی', 'وضعیت نادرست', 'تاریخ نادرست', 'tags wrong']) {
      expect(headlines).not.toContain(refused);
    }
    for (const article of listed.articles) {
      expect(Object.keys(article)).toEqual(['id', 'headline', 'desk', 'status', 'datelineDate', 'createdAt', 'updatedAt']);
    }
  });

  it('keeps every field of a full line, Persian, ZWNJ and Latin intact', () => {
    const shown = dabir(['show', FULL_ID, '--json', '--db', db]);
    expect(shown.status).toBe(0);
    expect(jsonOf(shown)).toEqual({
      id: FULL_ID,
      headline: fullArticle.headline,
      kicker: fullArticle.kicker,
      lead: fullArticle.lead,
      byline: fullArticle.byline,
      desk: fullArticle.desk,
      status: 'published',
      dateline: { place: 'جاکارتا', date: '2017-12-13' },
      createdAt: '2017-12-13T07:00:00.000Z',
      // The link is added as a save of its own, after the import (LinkStore.add takes no date).
      updatedAt: expect.any(String),
      revision: 2,
      body: fullBody,
      tags: ['OIC', 'فلسطین'],
      entities: [],
      suggestedEntities: expect.arrayContaining([expect.objectContaining({ canonical: 'سازمان همکاری اسلامی', kind: 'organisation' })]),
      links: [{ id: EARLIER_ID, headline: 'قبلی', type: 'background' }],
      backlinks: [],
    });
    expect(Object.keys(jsonOf(shown))).toEqual([
      'id', 'headline', 'kicker', 'lead', 'byline', 'desk', 'status', 'dateline', 'createdAt', 'updatedAt', 'revision', 'body',
      'tags', 'entities', 'suggestedEntities', 'links', 'backlinks',
    ]);
    expect(shown.stdout).toContain(ZWNJ);
  });

  it('takes a date-only line as its dateline day and its time', () => {
    const article = jsonOf(dabir(['show', report.imported[1].id, '--json', '--db', db]));
    expect(article.dateline).toEqual({ place: '', date: '2017-12-07' });
    expect(article.createdAt).toBe('2017-12-07T00:00:00.000Z');
    expect(article.status).toBe('draft');
    expect(article.body).toBe('یک بند.');
  });

  it('takes a short first line of a .txt as the headline and the rest as the body', () => {
    const article = jsonOf(dabir(['show', report.imported[3].id, '--json', '--db', db]));
    expect(article.headline).toBe('تیتر کوتاه');
    expect(article.body).toBe('بند اول.\nبند دوم.');
  });

  it('lists newest first', () => {
    const listed = jsonOf(dabir(['list', '--json', '--db', db]));
    const updated = listed.articles.map((article: { updatedAt: string }) => article.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(listed.articles.at(-1).id).toBe(report.imported[1].id);
  });

  it('prints a readable summary without --json', () => {
    writeFileSync(join(dir, 'feeds', 'mixed.jsonl'), [JSON.stringify({ headline: 'یک' }), '{', JSON.stringify({ headline: 'دو' })].join('\n'));
    const text = dabir(['import', 'feeds/mixed.jsonl', 'feeds/missing.txt', '--db', db]);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('Imported 2 articles from feeds/mixed.jsonl (1 line skipped)\n');
    expect(text.stdout).toContain('Nothing imported from feeds/missing.txt\n');
    expect(text.stderr).toContain('dabir: feeds/mixed.jsonl:2: the line is not valid JSON');
    expect(text.stderr).toContain('dabir: feeds/missing.txt: no such file\n');
  });

  it('exits 0 when every file imports cleanly', () => {
    writeFileSync(join(dir, 'feeds', 'clean.jsonl'), `${JSON.stringify({ headline: 'سه' })}\n`);
    const clean = dabir(['import', 'feeds/clean.jsonl', '--db', db]);
    expect(clean.status).toBe(0);
    expect(clean.stderr).toBe('');
    expect(clean.stdout).toContain('Imported 1 article from feeds/clean.jsonl\n');
  });
});
