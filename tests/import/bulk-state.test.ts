/**
 * The bulk import writes what the one-article-at-a-time save path wrote before it: the same
 * articles, revisions, tags, mentions, proposed names, quotes, fingerprints, links and
 * full-text rows, to the byte. The expectation in tests/fixtures/import/bulk-import-state.json
 * and bulk-import-small-recent-index.json were taken from the import as it stood before the
 * bulk path (regenerate them only for a change meant to alter what an import stores:
 * DABIR_WRITE_EXPECTED=1 npx vitest run this file).
 *
 * Real Persian news text: the shared sample, two interviews with quotes, a story dated by its
 * dateline, a Google Docs page; and more than one batch of lines, among them a duplicate, a
 * line the save path refuses part way (a control character) and one whose id is taken.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importPaths } from '../../db/import/import-files';
import { archiveState, formatArchiveState, type ArchiveState } from '../support/archive-state';
import { openTempArchive, type TempArchive } from '../support/temp-archive';
import { sharedSamplesDir } from '../cli/run-cli';
import { FIXTURES } from './support';

const EXPECTED = join(FIXTURES, 'bulk-import-state.json');
const EXPECTED_SMALL_RECENT = join(FIXTURES, 'bulk-import-small-recent-index.json');
const SAMPLE = readFileSync(join(sharedSamplesDir(), '000_db81ff63d69d69cc.txt'), 'utf8');
/** More lines than one transaction of a .jsonl import holds (JSONL_BATCH). */
const VARIATIONS = 270;

const id = (n: number) => `5b6c7d8e-9f0a-4b1c-8d2e-${String(n).padStart(12, '0')}`;

function jsonlLines(): string[] {
  const paragraphs = SAMPLE.split('\n').filter((line) => line.trim() !== '');
  const lines: object[] = [
    {
      id: id(1),
      headline: paragraphs[0].slice(0, 80),
      kicker: 'نشست فوق‌العاده',
      lead: paragraphs[1],
      byline: 'خبرنگار ایرنا',
      desk: 'سیاسی',
      status: 'published',
      dateline: 'جاکارتا',
      date: '2017-12-13T10:30:00+03:30',
      body: paragraphs.slice(2).join('\n'),
      tags: ['سازمان همکاری اسلامی', 'فلسطین', 'قدس'],
    },
    {
      id: id(2),
      headline: 'ظریف: مذاکرات ادامه دارد',
      date: '2024-05-02',
      dateline: 'تهران',
      body: 'محمد جواد ظریف وزیر امور خارجه پیشین کشورمان گفت: مذاکرات ادامه دارد و راه دیپلماسی بسته نشده است.\nسرگئی لاوروف وزیر خارجه روسیه نیز تصریح کرد که توافق تنها راه حل است.',
      tags: ['مذاکرات', 'روسیه'],
      links: [{ id: id(1), type: 'background' }],
    },
    {
      id: id(3),
      headline: 'ظریف در داووس',
      date: '2019-01-24',
      dateline: 'داووس',
      body: 'ظریف گفت: ایران به دنبال سلاح هسته‌ای نیست.\nمحمد جواد ظریف این سخنان را در نشست داووس بیان کرد.\nنبیه بری رئیس پارلمان لبنان نیز در این نشست گفت: منطقه به گفت‌وگو نیاز دارد.\nبری همچنین گفت که لبنان از این نشست حمایت می‌کند.',
      links: [id(2)],
    },
    // Dated from its dateline; no id, so the archive makes one.
    {
      headline: 'یادی از اجلاس سران اسلامی در تهران',
      body: 'تهران - ۱۶ آذر ۱۳۹۵ (ایرنا) - نوزده سال پیش در چنین روزی هشتمین اجلاس سران سازمان کنفرانس اسلامی در تهران گشایش یافت.\nاین اجلاس در شانزدهم آذرماه 1376 برگزار شد.',
    },
    // Refused by the save path after its row was written: its savepoint rolls back.
    { id: id(4), headline: 'خبر با نویسه\u0007 کنترلی', body: 'متن.', tags: ['نادرست'] },
    // The id of the first line again, with other content.
    { id: id(1), headline: 'خبر دیگر', body: 'متن دیگر.' },
  ];
  // The third story again, typed with Arabic yeh and kaf: skipped as a duplicate.
  const third = lines[2] as { headline: string; body: string };
  const arabic = (text: string) => text.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
  lines.splice(4, 0, { headline: arabic(third.headline), body: arabic(third.body) });
  for (let n = 0; n < VARIATIONS; n++) {
    const start = n % paragraphs.length;
    const body = [paragraphs[start], paragraphs[(start + n) % paragraphs.length]].join('\n');
    lines.push({
      id: id(100 + n),
      headline: `${paragraphs[(n * 7) % paragraphs.length].slice(0, 60)} (${n + 1})`,
      desk: ['سیاسی', 'بین‌الملل', 'اقتصادی'][n % 3],
      date: `2017-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      body,
      tags: n % 4 === 0 ? ['فلسطین'] : undefined,
    });
  }
  return lines.map((line) => JSON.stringify(line));
}

let temp: TempArchive;
beforeEach(() => {
  // Undated stories take the day of the import; the clock is held so the expectation holds.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-01T08:00:00.000Z'));
  temp = openTempArchive();
});
afterEach(() => {
  temp.cleanup();
  vi.useRealTimers();
});

describe('a bulk import', () => {
  it('leaves the archive exactly as the save path did, article by article', async () => {
    const feed = join(temp.dir, 'feed.jsonl');
    writeFileSync(feed, `${jsonlLines().join('\n')}\n`);
    const sample = join(temp.dir, 'sample.txt');
    writeFileSync(sample, SAMPLE);
    const report = await importPaths(temp.archive, [join(FIXTURES, 'google-docs.html'), feed, sample]);

    const [html, jsonl, txt] = report.files;
    expect(html.imported).toHaveLength(1);
    expect(txt.imported).toHaveLength(1);
    expect(jsonl.imported).toHaveLength(4 + VARIATIONS);
    expect(jsonl.skipped.map((skip) => skip.duplicateOf.id)).toEqual([id(3)]);
    expect(jsonl.errors.map((error) => [error.source.replace(/^.*:/, ''), error.code])).toEqual([
      ['6', 'invalid_line'],
      ['7', 'id_taken'],
    ]);
    expect(jsonl.linkErrors).toEqual([]);

    const state = archiveState(temp.archive.db);
    expectAsBefore(state, EXPECTED);
    // Something to compare: mentions, proposals and quotes were found.
    expect(state.tables.mentions.length).toBeGreaterThan(100);
    expect(state.tables.quotes.length).toBeGreaterThan(0);
    expect(state.tables.name_proposals.length).toBeGreaterThan(0);
  });

  it('drops the oldest articles from the recent index as the save path did, when an import pushes them out', async () => {
    // A recent index of 40 articles: the import's batches raise its floor again and again.
    const small = openTempArchive({ recentSearchArticles: 40 });
    try {
      const feed = join(small.dir, 'feed.jsonl');
      writeFileSync(feed, `${jsonlLines().join('\n')}\n`);
      await importPaths(small.archive, [feed]);
      const { tables, fullText } = archiveState(small.archive.db);
      expectAsBefore({ tables: { search_state: tables.search_state }, fullText }, EXPECTED_SMALL_RECENT);
      expect(fullText.article_search_recent.instances).toBeLessThan(fullText.article_search.instances / 4);
    } finally {
      small.cleanup();
    }
  });
});

function expectAsBefore(state: ArchiveState, file: string): void {
  if (process.env.DABIR_WRITE_EXPECTED === '1') writeFileSync(file, formatArchiveState(state));
  const expected = JSON.parse(readFileSync(file, 'utf8')) as ArchiveState;
  // Table by table, so a difference names the table it is in.
  for (const table of Object.keys(expected.tables)) expect({ [table]: state.tables[table] }).toEqual({ [table]: expected.tables[table] });
  expect(state.fullText).toEqual(expected.fullText);
}
