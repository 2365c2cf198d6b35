import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { RICH_BODY_TEXT, richPersianBody } from '../support/persian-bodies';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

const run = promisify(execFile);
const ZWNJ = '\u200c';
let temp: TempArchive;
afterEach(() => temp?.cleanup());

describe('articles', () => {
  it('round-trips Persian Lexical JSON with formatting, ZWNJ and Latin through a reopened file', () => {
    temp = openTempArchive();
    const created = temp.archive.articles.create({
      headline: `مذاکرات هسته‌ای ایران و آژانس بین${ZWNJ}المللی انرژی اتمی`,
      kicker: 'در نشست جاکارتا',
      lead: 'وزیر امور خارجه ایران گفت: «این مسئله حل می‌شود».',
      byline: 'خبرنگار اعزامی',
      desk: 'سیاسی',
      status: 'edited',
      datelinePlace: 'جاکارتا',
      datelineDate: '2017-12-07',
      body: richPersianBody(),
    });
    temp.archive.close();

    const reopened = Archive.open(temp.path);
    temp.archive = reopened;
    const article = reopened.articles.get(created.id);
    expect(article.headline).toBe(`مذاکرات هسته‌ای ایران و آژانس بین${ZWNJ}المللی انرژی اتمی`);
    expect(article.status).toBe('edited');
    expect(article.datelineDate).toBe('2017-12-07');
    expect(article.bodyText).toBe(RICH_BODY_TEXT);
    const body = JSON.stringify(article.body);
    // Bold survives as format 1 on the word, the link keeps its URL, the heading its tag.
    expect(body).toContain('"format":1,"mode":"normal","style":"","text":"ظریف"');
    expect(body).toContain('"url":"https://example.org/news"');
    expect(body).toContain('"tag":"h2"');
    expect(body).toContain(`می${ZWNJ}شود`);
  });

  it('writes a revision row for every save, numbered without gaps', () => {
    temp = openTempArchive();
    const { id } = temp.archive.articles.create({ headline: 'پیش‌نویس' });
    temp.archive.articles.save(id, { lead: 'لید نخست' }, { baseRevision: 1 });
    temp.archive.articles.save(id, { body: bodyFromPlainText('بند اول\nبند دوم') }, { baseRevision: 2 });
    const { revisions } = temp.archive.articles;
    expect(revisions.list(id).map((row) => row.revision)).toEqual([3, 2, 1]);
    expect(revisions.snapshot(id, 2)?.lead).toBe('لید نخست');
    expect(revisions.snapshot(id, 1)?.lead).toBe('');
    expect(temp.archive.articles.get(id).revision).toBe(3);
  });

  it('refuses a save that starts from an old revision and keeps the newer text', () => {
    temp = openTempArchive();
    const { id } = temp.archive.articles.create({ headline: 'تیتر' });
    temp.archive.articles.save(id, { headline: 'تیتر تازه' }, { baseRevision: 1 });
    expect(() => temp.archive.articles.save(id, { headline: 'تیتر کهنه' }, { baseRevision: 1 })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(temp.archive.articles.get(id).headline).toBe('تیتر تازه');
  });

  it('lists newest first', () => {
    temp = openTempArchive();
    const first = temp.archive.articles.create({ headline: 'نخست' }, { at: '2024-01-01T08:00:00.000Z' });
    const second = temp.archive.articles.create({ headline: 'دوم' }, { at: '2024-01-02T08:00:00.000Z' });
    expect(temp.archive.articles.list().items.map((item) => item.id)).toEqual([second.id, first.id]);
    temp.archive.articles.save(first.id, { lead: 'به‌روز شد' }, { baseRevision: 1 });
    const page = temp.archive.articles.list();
    expect(page.items.map((item) => item.headline)).toEqual(['نخست', 'دوم']);
    expect(page.total).toBe(2);
  });

  it('keeps every save from two processes writing the same article at once', async () => {
    temp = openTempArchive();
    const { id } = temp.archive.articles.create({ headline: 'همزمان' });
    const loop = join(__dirname, '..', 'support', 'save-loop.ts');
    const tsx = require.resolve('tsx/cli');
    const perWriter = 40;
    const results = await Promise.all(
      ['الف', 'ب'].map((label) => run(process.execPath, [tsx, loop, temp.path, id, String(perWriter), label])),
    );
    for (const { stdout } of results) expect(JSON.parse(stdout).conflicts).toBe(perWriter);
    const revisions = temp.archive.db
      .prepare('SELECT revision FROM revisions WHERE article_id = ? ORDER BY revision')
      .all(id) as { revision: number }[];
    // 1 for the create, one per save each writer made good; the stale saves left no trace.
    expect(revisions.map((row) => row.revision)).toEqual(Array.from({ length: 1 + 2 * perWriter }, (_, i) => i + 1));
    expect(temp.archive.articles.get(id).revision).toBe(1 + 2 * perWriter);
  });

  it('reports a full disk as disk_full and loses nothing already saved', () => {
    temp = openTempArchive();
    const { id } = temp.archive.articles.create({ headline: 'پیش از پر شدن دیسک', body: bodyFromPlainText('متن سالم') });
    // A ceiling on the file's pages is SQLite's own way to run out of space.
    const pages = temp.archive.db.pragma('page_count', { simple: true }) as number;
    temp.archive.db.pragma(`max_page_count = ${pages + 2}`);
    const huge = bodyFromPlainText('سطر بسیار بلند '.repeat(40_000));
    let failure: unknown;
    try {
      temp.archive.articles.save(id, { body: huge }, { baseRevision: 1 });
    } catch (error) {
      failure = error;
    }
    expect((failure as { code?: string }).code).toBe('SQLITE_FULL');
    temp.archive.close();
    const check = new Database(temp.path, { readonly: true });
    const row = check.prepare('SELECT body_text, revision FROM articles WHERE id = ?').get(id);
    expect(row).toEqual({ body_text: 'متن سالم', revision: 1 });
    check.close();
  });
});
