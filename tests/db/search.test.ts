import { afterEach, describe, expect, it } from 'vitest';
import type { IndexStatus, SearchHit } from '../../common/contract';
import { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { NORMALIZER_VERSION } from '../../db/search/normalize';
import { ArticleSearch, rankWindowFor } from '../../db/search/search-articles';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

let temp: TempArchive;
afterEach(() => temp?.cleanup());

const marked = (hit: SearchHit) => hit.snippetHighlights.map((range) => hit.snippet.slice(range.start, range.end));

function seed(archive: Archive) {
  const store = archive.articles;
  return {
    zarif: store.create({
      headline: 'ظریف در جاکارتا: مسئله فلسطین حل نشده است',
      desk: 'سیاسی',
      status: 'published',
      datelineDate: '2017-12-13',
      body: bodyFromPlainText('وزیر امور خارجه ایران وارد جاکارتا شد.\nبه گفته او این توافق اجرا می‌شود و سال ۱۳۷۶ را یادآوری کرد.'),
    }),
    oil: store.create({
      headline: 'بازار نفت در هفته گذشته',
      desk: 'اقتصادی',
      status: 'draft',
      datelineDate: '2019-03-02',
      body: bodyFromPlainText('ایر فرانس پروازهای خود را لغو کرد و قیمت نفت بالا رفت.\nهزار تن نفت صادر شد.'),
    }),
    mention: store.create({
      headline: 'گزارش هفتگی',
      desk: 'سیاسی',
      status: 'published',
      datelineDate: '2021-06-01',
      body: bodyFromPlainText('در این گزارش نام جاکارتا تنها یک بار آمده است.'),
    }),
  };
}

describe('search index', () => {
  it('finds an article as soon as its save commits, by a variant spelling, with the original highlighted', () => {
    temp = openTempArchive();
    const { zarif } = seed(temp.archive);
    const result = temp.archive.search.search({ query: 'ظريف ميشود' });
    expect(result.results.map((hit) => hit.id)).toEqual([zarif.id]);
    expect(marked(result.results[0])).toContain('می‌شود');
    const headline = result.results[0];
    expect(headline.headlineHighlights.map((r) => headline.headline.slice(r.start, r.end))).toEqual(['ظریف']);
    expect(temp.archive.search.search({ query: '1376' }).results[0].snippet).toContain('۱۳۷۶');
  });

  it('marks the right words in a passage with runs of spaces and tabs', () => {
    temp = openTempArchive();
    temp.archive.articles.create({ headline: 'گزارش', body: bodyFromPlainText('محمد   جواد \t ظریف گفت') });
    const [hit] = temp.archive.search.search({ query: 'ظريف' }).results;
    expect(marked(hit)).toEqual(['ظریف']);
  });

  it('scores an article alike whether it was typed with a half-space, a space or nothing', () => {
    temp = openTempArchive();
    const ids = ['بین\u200cالمللی', 'بین المللی', 'بینالمللی'].map(
      (spelling) => temp.archive.articles.create({ headline: 'گزارش', body: bodyFromPlainText(`نشست ${spelling} در وین`) }).id,
    );
    const scores = temp.archive.search.search({ query: 'بین\u200cالمللی' }).results;
    expect(scores.map((hit) => hit.id).sort()).toEqual([...ids].sort());
    // Close, not equal: bm25 saturates each alternative separately and normalises by length.
    // Before every alternative was sought in every column, the half-space spelling scored 2×.
    const values = scores.map((hit) => hit.score);
    expect(Math.max(...values) / Math.min(...values)).toBeLessThan(1.6);
  });

  it('finds a closed-up compound from its two words typed apart', () => {
    temp = openTempArchive();
    const { id } = temp.archive.articles.create({ headline: 'گزارش', body: bodyFromPlainText('نشست بینالمللی در وین') });
    const [hit] = temp.archive.search.search({ query: 'بين المللي' }).results;
    expect(hit.id).toBe(id);
    expect(marked(hit)).toEqual(['بینالمللی']);
    expect(temp.archive.search.search({ query: 'بین\u200cالمللی' }).results.map((hit) => hit.id)).toEqual([id]);
  });

  it('finds two words written apart from the compound typed closed up, and marks both', () => {
    temp = openTempArchive();
    const apart = temp.archive.articles.create({ headline: 'گزارش', body: bodyFromPlainText('نشست بین المللی در وین برگزار شد') });
    const other = temp.archive.articles.create({ headline: 'خبر دیگر', body: bodyFromPlainText('بین دو کشور مذاکرات ادامه دارد و المللی نیست') });
    const [hit, ...rest] = temp.archive.search.search({ query: 'بينالمللي' }).results;
    expect(hit.id).toBe(apart.id);
    // Both words in another story, but not side by side: not the compound.
    expect(rest.map((result) => result.id)).not.toContain(other.id);
    expect(marked(hit)).toEqual(['بین المللی']);
    // A short word is never cut: «ایران» is not «ای ران».
    temp.archive.articles.create({ headline: 'ای ران', body: bodyFromPlainText('متن') });
    expect(temp.archive.search.search({ query: 'ایران' }).total).toBe(0);
  });

  it('finds هسته‌ای however it was written, from any of its spellings, and marks it, but not the verb هست', () => {
    temp = openTempArchive();
    const spellings = ['هسته\u200cای', 'هسته ای', 'هستهای'];
    const ids = spellings.map(
      (spelling) => temp.archive.articles.create({ headline: 'گزارش', body: bodyFromPlainText(`مذاکرات ${spelling} در وین ادامه یافت`) }).id,
    );
    const verb = temp.archive.articles.create({ headline: 'یادداشت', body: bodyFromPlainText('راه حل دیگری هم هست که باید دید') });
    for (const query of spellings) {
      const hits = temp.archive.search.search({ query }).results;
      expect(hits.map((hit) => hit.id).sort(), query).toEqual([...ids].sort());
      // Marked whole, as one range or as its two words.
      for (const hit of hits) expect(marked(hit).join('').replace(/[\s\u200c]/gu, ''), query).toBe('هستهای');
    }
    // A word off the list too: the joined key keeps «رسانهای» whole.
    const media = temp.archive.articles.create({ headline: 'پوشش رسانهای نشست', body: bodyFromPlainText('متن') });
    expect(temp.archive.search.search({ query: 'رسانه\u200cای' }).results.map((hit) => hit.id)).toEqual([media.id]);
    // A closed-up plural is still its word: «کشورهای» finds «کشور».
    const country = temp.archive.articles.create({ headline: 'کشور میزبان', body: bodyFromPlainText('نشست در این کشور برگزار شد') });
    expect(temp.archive.search.search({ query: 'کشورهای' }).results.map((hit) => hit.id)).toContain(country.id);
    expect(temp.archive.search.search({ query: 'هسته\u200cای' }).results.map((hit) => hit.id)).not.toContain(verb.id);
  });

  it('does not announce a rebuild on a brand-new archive', () => {
    temp = openTempArchive();
    expect(temp.archive.searchIndex.needsRebuild()).toBe(false);
    expect(temp.archive.search.search({ query: 'ایران' }).notices).toEqual([]);
  });

  it('re-indexes on every save and forgets the old text', () => {
    temp = openTempArchive();
    const { oil } = seed(temp.archive);
    temp.archive.articles.save(oil.id, { headline: 'اجلاس اوپک در وین' });
    expect(temp.archive.search.search({ query: 'اوپک' }).results.map((hit) => hit.id)).toEqual([oil.id]);
    expect(temp.archive.search.search({ query: '"بازار نفت در هفته"' }).total).toBe(0);
  });

  it('leaves the index as it was when a save fails', () => {
    temp = openTempArchive();
    const { oil } = seed(temp.archive);
    const pages = temp.archive.db.pragma('page_count', { simple: true }) as number;
    temp.archive.db.pragma(`max_page_count = ${pages + 1}`);
    expect(() =>
      temp.archive.articles.save(oil.id, { body: bodyFromPlainText('واژه‌ای تازه به نام زمردین. '.repeat(20_000)) }),
    ).toThrow();
    expect(temp.archive.search.search({ query: 'زمردین' }).total).toBe(0);
    expect(temp.archive.search.search({ query: 'ایر فرانس' }).total).toBe(1);
  });

  it('ranks a headline match above a body match', () => {
    temp = openTempArchive();
    const { zarif, mention } = seed(temp.archive);
    const ids = temp.archive.search.search({ query: 'جاکارتا' }).results.map((hit) => hit.id);
    expect(ids[0]).toBe(zarif.id);
    expect(ids).toContain(mention.id);
  });

  it('keeps Raisi apart from "president" and Iran apart from Air France', () => {
    temp = openTempArchive();
    seed(temp.archive);
    temp.archive.articles.create({ headline: 'دیدار رئیس جمهور', body: bodyFromPlainText('رئیس جمهور سخن گفت.') });
    expect(temp.archive.search.search({ query: 'رئیسی' }).total).toBe(0);
    const iran = temp.archive.search.search({ query: 'ایران' }).results.map((hit) => hit.headline);
    expect(iran).not.toContain('بازار نفت در هفته گذشته');
    expect(temp.archive.search.search({ query: 'تنها' }).results.map((hit) => hit.headline)).toEqual(['گزارش هفتگی']);
  });

  it('reads a desk typed with other letters or spacing as the archive desk it folds to, and says when no desk is named so', () => {
    temp = openTempArchive();
    const { zarif, mention } = seed(temp.archive);
    temp.archive.articles.create({ headline: 'جاکارتا میزبان نشست شد', desk: 'بین‌الملل' });
    const search = temp.archive.search;
    // Arabic yeh for the archive's Persian yeh: the same desk, and the answer says which.
    const arabicYeh = search.search({ query: 'جاکارتا', filters: { desk: 'سياسي' } });
    expect(arabicYeh.results.map((hit) => hit.id).sort()).toEqual([zarif.id, mention.id].sort());
    expect(arabicYeh.filters).toEqual({ desk: 'سیاسی' });
    expect(arabicYeh.notices).not.toContain('unknown_desk');
    // A space, or nothing, where the archive has a half-space; filters alone, too.
    expect(search.search({ query: '', filters: { desk: 'بين الملل' } }).total).toBe(1);
    expect(search.search({ query: 'جاکارتا', filters: { desk: 'بینالملل' } }).filters?.desk).toBe('بین‌الملل');
    const unknown = search.search({ query: 'جاکارتا', filters: { desk: 'ورزشی' } });
    expect(unknown).toMatchObject({ total: 0, results: [], filters: { desk: 'ورزشی' } });
    expect(unknown.notices).toContain('unknown_desk');
  });

  it('filters by status, desk and date range, and orders by date on request', () => {
    temp = openTempArchive();
    const { zarif, mention } = seed(temp.archive);
    const search = temp.archive.search;
    expect(search.search({ query: 'جاکارتا', filters: { status: 'draft' } }).total).toBe(0);
    expect(search.search({ query: 'جاکارتا', filters: { desk: 'سیاسی' } }).total).toBe(2);
    expect(search.search({ query: 'جاکارتا', filters: { from: '2020-01-01' } }).results.map((h) => h.id)).toEqual([mention.id]);
    expect(search.search({ query: 'جاکارتا', filters: { to: '2018-01-01' } }).results.map((h) => h.id)).toEqual([zarif.id]);
    expect(search.search({ query: 'جاکارتا', order: 'date' }).results.map((h) => h.id)).toEqual([mention.id, zarif.id]);
    // No words, only filters: the filtered archive, newest first.
    const browsed = search.search({ query: '', filters: { desk: 'سیاسی' } });
    expect(browsed.results.map((h) => h.id)).toEqual([mention.id, zarif.id]);
  });

  it('applies filters inside the index exactly: month edges, a changed desk or status, and no typed word matches a filter', () => {
    temp = openTempArchive();
    const { articles, search } = temp.archive;
    const endOfMarch = articles.create({ headline: 'نشست اوپک در وین', desk: 'اقتصادی', status: 'draft', datelineDate: '2018-03-31' });
    const startOfApril = articles.create({ headline: 'نشست اوپک در ریاض', desk: 'اقتصادی', status: 'published', datelineDate: '2018-04-01' });
    const found = (filters: Parameters<typeof search.search>[0]['filters']) => search.search({ query: 'اوپک', filters }).results.map((hit) => hit.id).sort();

    expect(found({ from: '2018-04-01', to: '2018-12-31' })).toEqual([startOfApril.id]);
    expect(found({ from: '2018-03-15', to: '2018-03-31' })).toEqual([endOfMarch.id]);
    expect(found({ from: '2017-01-01', to: '2019-12-31' })).toEqual([endOfMarch.id, startOfApril.id].sort());
    expect(found({ from: '2018-04-02', to: '2030-01-01' })).toEqual([]);
    expect(found({ desk: 'اقتصادی', status: 'published' })).toEqual([startOfApril.id]);
    expect(found({ desk: 'اقتصاد' })).toEqual([]);

    // A save that moves the story to another desk, status and day moves it in the index too.
    articles.save(endOfMarch.id, { desk: 'سیاسی', status: 'published', datelineDate: '2019-01-05' });
    expect(found({ desk: 'سیاسی', status: 'published', from: '2019-01-01', to: '2019-01-31' })).toEqual([endOfMarch.id]);
    expect(found({ desk: 'اقتصادی' })).toEqual([startOfApril.id]);

    // What the filters are stored as cannot be searched for.
    for (const query of ['published', 'spublished', 'y2018', 'm201804', '\uE000y2018', '"\uE000spublished"', 'facets', 'facets: y2018']) {
      expect(search.search({ query }).total, query).toBe(0);
    }
  });

  it('answers hostile queries with results or a notice, never an exception', () => {
    temp = openTempArchive();
    seed(temp.archive);
    const hostile = ['"', '"جاکارتا', '*', '-', 'AND', 'OR NOT', ':', 'NEAR(', "'); DROP TABLE articles; --", '-نفت', 'ا'.repeat(10_000), '{body_spaced}: x', '^جاکارتا'];
    for (const query of hostile) {
      const result = temp.archive.search.search({ query });
      // Input with no word in it at all is explained, not silently empty.
      if (!/[\p{L}\p{N}]/u.test(query) || /^(AND|OR NOT)$/.test(query)) expect(result.notices.length, query).toBeGreaterThan(0);
      expect(result.results.length).toBeLessThanOrEqual(result.total);
    }
    expect(temp.archive.search.search({ query: '-نفت' }).notices).toContain('only_exclusions');
    expect(temp.archive.search.search({ query: '*' }).notices).toContain('nothing_searchable');
    expect(temp.archive.search.search({ query: '"جاکارتا' }).notices).toContain('unbalanced_quote');
    expect(temp.archive.search.search({ query: 'ا '.repeat(5_000) }).notices).toContain('truncated');
    expect(temp.archive.articles.list().total).toBe(3);
  });

  it('ranks only the newest matches when there are too many to rank at once, and says so', () => {
    temp = openTempArchive();
    const old = temp.archive.articles.create({ headline: 'اوپک اوپک اوپک', body: bodyFromPlainText('اوپک') });
    const recent = Array.from({ length: 30 }, (_, i) =>
      temp.archive.articles.create({ headline: `گزارش ${i}`, body: bodyFromPlainText(i === 29 ? 'اوپک و اوپک' : 'اوپک') }),
    );
    const narrow = new ArticleSearch(temp.archive.db, temp.archive.searchIndex, 10);
    const windowed = narrow.search({ query: 'اوپک', limit: 5 });
    // Past the window the total is an estimate; with so few older articles they are counted outright.
    expect(windowed).toMatchObject({ total: 31, totalKind: 'about' });
    expect(windowed.notices).toContain('ranked_recent');
    expect(windowed.results.map((hit) => hit.id)).not.toContain(old.id);
    expect(windowed.results[0].id).toBe(recent[29].id);
    // With room to rank everything, the headline match wins, and no notice.
    const full = temp.archive.search.search({ query: 'اوپک', limit: 5 });
    expect(full.results[0].id).toBe(old.id);
    expect(full.notices).not.toContain('ranked_recent');
    expect(full).toMatchObject({ total: 31, totalKind: 'exact' });
  });

  describe('the recent index, where a common word\'s newest matches are ranked', () => {
    /** An article that names OPEC `times` times in a body of the same length as every other's. */
    const body = (times: number) => bodyFromPlainText(`${'اوپک '.repeat(times)}${'نشست '.repeat(8 - times)}`.trim());
    const timesOf = new Map<string, number>();
    const add = (times: number) => {
      const article = temp.archive.articles.create({ headline: 'گزارش', body: body(times) });
      timesOf.set(article.id, times);
      return article;
    };
    /** The window's articles as bm25 orders them when lengths are equal: most mentions, then newest. */
    const expected = (window: string[]) =>
      [...window].sort((a, b) => timesOf.get(b)! - timesOf.get(a)! || window.indexOf(a) - window.indexOf(b));
    const newestIds = (count: number) =>
      (temp.archive.db.prepare('SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY seq DESC LIMIT ?').pluck().all(count) as string[]);
    const ranked = (search: ArticleSearch) => search.search({ query: 'اوپک', limit: 10 }).results.map((hit) => hit.id);
    const recentRows = () => temp.archive.db.prepare('SELECT count(*) FROM article_search_recent').pluck().get() as number;

    it('ranks the newest matches as the whole index would, as the archive grows past it, and stays its size', () => {
      temp = openTempArchive({ recentSearchArticles: 20 });
      const narrow = new ArticleSearch(temp.archive.db, temp.archive.searchIndex, 10);
      for (let i = 0; i < 100; i += 1) {
        add(1 + ((i * 7) % 5));
        if (i === 29 || i === 64 || i === 99) {
          expect(narrow.search({ query: 'اوپک' }).notices).toContain('ranked_recent');
          expect(ranked(narrow)).toEqual(expected(newestIds(10)));
        }
      }
      // Twenty articles and up to a tenth more, not a hundred.
      expect(recentRows()).toBeLessThanOrEqual(22);
      expect(recentRows()).toBeGreaterThanOrEqual(20);
    });

    it('follows edits and deletes of the articles it holds', () => {
      temp = openTempArchive({ recentSearchArticles: 20 });
      const narrow = new ArticleSearch(temp.archive.db, temp.archive.searchIndex, 10);
      const articles = Array.from({ length: 40 }, (_, i) => add(1 + (i % 3)));
      const edited = articles[35];
      temp.archive.articles.save(edited.id, { body: body(7) });
      timesOf.set(edited.id, 7);
      temp.archive.deletion.delete(articles[39].id, 'remove');
      expect(ranked(narrow)[0]).toBe(edited.id);
      expect(ranked(narrow)).not.toContain(articles[39].id);
      expect(ranked(narrow)).toEqual(expected(newestIds(10)));
    });

    it('is filled on open when an archive has none (an upgrade), and ranks the same after', () => {
      temp = openTempArchive({ recentSearchArticles: 20 });
      const narrow = new ArticleSearch(temp.archive.db, temp.archive.searchIndex, 10);
      for (let i = 0; i < 50; i += 1) add(1 + ((i * 3) % 4));
      const before = ranked(narrow);
      // As migration 006 leaves an archive written before it: an empty recent index, no floor.
      temp.archive.db.exec("INSERT INTO article_search_recent (article_search_recent) VALUES ('delete-all'); DELETE FROM search_state WHERE key = 'recent_floor'");
      expect(temp.archive.searchIndex.needsRebuild()).toBe(true);
      expect(ranked(narrow)).toEqual(before);
      const steps: IndexStatus[] = [];
      temp.archive.searchIndex.rebuildNow((status) => steps.push(status));
      expect(temp.archive.searchIndex.needsRebuild()).toBe(false);
      // Only the newest articles are read again, not the archive.
      expect(steps.at(-1)).toMatchObject({ state: 'rebuilding', done: 20, total: 20 });
      expect(recentRows()).toBe(20);
      expect(ranked(narrow)).toEqual(before);
    });

    it('is passed over for the whole index when it lacks an article a writer indexed around it', () => {
      temp = openTempArchive({ recentSearchArticles: 20 });
      const narrow = new ArticleSearch(temp.archive.db, temp.archive.searchIndex, 10);
      for (let i = 0; i < 30; i += 1) add(2);
      const newest = add(2);
      temp.archive.db.prepare('DELETE FROM article_search_recent WHERE rowid = (SELECT seq FROM articles WHERE id = ?)').run(newest.id);
      expect(ranked(narrow)).toContain(newest.id);
      expect(ranked(narrow)).toEqual(expected(newestIds(10)));
    });
  });

  it('reports the total past the ranking window as an estimate, in both orders, and counts it where a filter applies outside the index', () => {
    temp = openTempArchive();
    // 300 articles, every third about OPEC: 100 matches, 10 of them in the window.
    for (let i = 0; i < 300; i += 1) {
      temp.archive.articles.create({ headline: `گزارش ${i}`, body: bodyFromPlainText(i % 3 === 0 ? 'نشست اوپک در وین' : 'نشست سران در جاکارتا') });
    }
    const narrow = new ArticleSearch(temp.archive.db, temp.archive.searchIndex, 10);
    expect(narrow.search({ query: 'اوپک' })).toMatchObject({ total: 100, totalKind: 'about' });
    // Date order reports the total the same way, and still starts from the newest story.
    const byDate = narrow.search({ query: 'اوپک', order: 'date', limit: 2 });
    expect(byDate).toMatchObject({ total: 100, totalKind: 'about' });
    expect(byDate.results.map((hit) => hit.headline)).toEqual(['گزارش 297', 'گزارش 294']);
    // A date filter is applied outside the index, so there the matches are counted exactly.
    const counted = narrow.search({ query: 'اوپک', filters: { from: '2000-01-01' } });
    expect(counted).toMatchObject({ total: 100, totalKind: 'exact' });
    expect(counted.notices).toContain('ranked_recent');
    // Every filter inside the index: the estimate again, over the archive's articles.
    expect(narrow.search({ query: 'اوپک', filters: { status: 'draft' } })).toMatchObject({ total: 100, totalKind: 'about' });
  });

  it('samples the whole archive for the estimate, so a word common only lately is not inflated', () => {
    temp = openTempArchive();
    // A back catalogue of 1,300 articles that never name the virus, then 1,300 where every other one does.
    temp.archive.db.transaction(() => {
      for (let i = 0; i < 2600; i += 1) {
        const text = i >= 1300 && i % 2 === 0 ? 'شیوع کرونا در پایتخت' : 'بازار نفت آرام ماند';
        temp.archive.articles.create({ headline: `گزارش ${i}`, body: bodyFromPlainText(text) });
      }
    })();
    const narrow = new ArticleSearch(temp.archive.db, temp.archive.searchIndex, 100);
    const answer = narrow.search({ query: 'کرونا' });
    expect(answer.totalKind).toBe('about');
    // 650 in truth; the newest hundred alone, spread over the archive, would say 1,300.
    expect(answer.total).toBeGreaterThan(550);
    expect(answer.total).toBeLessThan(750);
  });

  it('ranks fewer of the newest matches the more tokens a query has to score', () => {
    expect(rankWindowFor('"اوپک"', 4000)).toBe(4000);
    expect(rankWindowFor('("اتحادیه" AND "اروپا") OR "اتحادیهاروپا"', 4000)).toBe(1333);
    expect(rankWindowFor('"سازمان" + "همکاری" + "اسلامی"', 4000)).toBe(1333);
    expect(rankWindowFor('"a" AND "b" AND "c" AND "d" AND "e" AND "f"', 4000)).toBe(1000);
    expect(rankWindowFor('"say ""hi""" AND "b"', 4000)).toBe(2000);
  });

  it('orders a common word by date a year at a time, the same as sorting every match', () => {
    temp = openTempArchive();
    const days = ['2016-02-29', '2019-12-31', '2019-01-01', '2017-07-15', '2024-03-20', '2020-06-06', '2016-01-01', '2023-12-31', '2018-05-05', '2021-09-09', '2022-01-02', '2015-03-03'];
    const written = days.map((day, i) =>
      temp.archive.articles.create({ headline: `نشست شماره ${i}`, datelineDate: i === 5 ? null : day, desk: i % 2 ? 'سیاسی' : 'اقتصادی', body: bodyFromPlainText('نشست وزیران') }),
    );
    const stepwise = new ArticleSearch(temp.archive.db, temp.archive.searchIndex, 4000, 3);
    const atOnce = temp.archive.search;
    for (const request of [
      { query: 'نشست', order: 'date' as const, limit: 5 },
      { query: 'نشست', order: 'date' as const, limit: 4, offset: 6 },
      { query: 'نشست', order: 'date' as const, limit: 20, filters: { desk: 'سیاسی' } },
    ]) {
      const expected = atOnce.search(request);
      const actual = stepwise.search(request);
      expect(actual.results.map((hit) => hit.id)).toEqual(expected.results.map((hit) => hit.id));
      expect(actual.total).toBe(expected.total);
    }
    // The one without a dateline belongs to the day it was written: today, the newest.
    expect(atOnce.search({ query: 'نشست', order: 'date', limit: 2 }).results.map((hit) => hit.id)).toEqual([written[5].id, written[4].id]);
  });

  it('rebuilds itself when the normaliser version changes, reporting progress', () => {
    temp = openTempArchive();
    seed(temp.archive);
    for (let i = 0; i < 1200; i += 1) temp.archive.articles.create({ headline: `خبر شماره ${i} از تهران` });
    temp.archive.db.prepare("UPDATE search_state SET value = '0' WHERE key = 'normalizer_version'").run();
    temp.archive.db.prepare("INSERT INTO article_search (article_search) VALUES ('delete-all')").run();
    temp.archive.close();

    temp.archive = Archive.open(temp.path);
    expect(temp.archive.searchIndex.needsRebuild()).toBe(true);
    const progress: IndexStatus[] = [];
    temp.archive.searchIndex.rebuildNow((status) => progress.push(status));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((step) => step.state === 'rebuilding' && step.total === 1203)).toBe(true);
    expect(progress.map((step) => step.done)).toEqual([...progress.map((step) => step.done)].sort((a, b) => a - b));
    expect(progress.at(-1)!.done).toBe(1203);
    expect(temp.archive.searchIndex.needsRebuild()).toBe(false);
    expect(temp.archive.searchIndex.builtWithVersion()).toBe(NORMALIZER_VERSION);
    expect(temp.archive.search.search({ query: 'ظريف' }).total).toBe(1);
    expect(temp.archive.search.search({ query: 'تهران', limit: 5 }).total).toBe(1200);
  });

  it('answers while a background rebuild runs, and says so', async () => {
    temp = openTempArchive();
    for (let i = 0; i < 1500; i += 1) temp.archive.articles.create({ headline: `گزارش ${i}` });
    temp.archive.db.prepare("UPDATE search_state SET value = '0' WHERE key = 'normalizer_version'").run();
    const done = temp.archive.searchIndex.rebuild();
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(temp.archive.searchIndex.status().state).toBe('rebuilding');
    expect(temp.archive.search.search({ query: 'گزارش' }).notices).toContain('index_rebuilding');
    await done;
    expect(temp.archive.searchIndex.status().state).toBe('ready');
    expect(temp.archive.search.search({ query: 'گزارش' }).total).toBe(1500);
  });
});
