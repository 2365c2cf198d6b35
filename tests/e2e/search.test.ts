/**
 * Search in the app end to end: a real archive seeded through the Archive API before the
 * browser shell opens it, Debian's Chromium typing into the search box, nothing mocked except
 * (in one test) the timing of one reply. The hooks (`data-testid`) are the renderer's public
 * test surface; `SearchPage` below keeps the specs readable.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ArticleFields } from '../../common/contract';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { useBrowserSuite } from '../support/browser-suite';
import { SeededDeskPage, ZWNJ } from '../support/desk-page';

type Seed = Partial<Omit<ArticleFields, 'body'>> & { text: string };

/** Real Persian copy: each article is here for one thing the search must (or must not) do. */
const ARTICLES = {
  jakarta: {
    headline: 'ظریف در جاکارتا: مسئله فلسطین حل نشده است',
    desk: 'سیاسی',
    status: 'published',
    datelineDate: '2017-12-13', // ۲۲ آذر ۱۳۹۶
    text: [
      'محمد جواد ظریف در نشست فوق‌العاده سازمان همکاری اسلامی در جاکارتا سخن گفت.',
      `سخنگوی وزارت امور خارجه گفت این توافق اجرا می${ZWNJ}شود و نتیجه روشن است.`,
      'این توافق در سال ۱۳۷۶ به امضا رسیده بود.',
    ].join('\n'),
  },
  oil: {
    headline: 'بازار نفت آرام ماند؛ ایر فرانس بهای بلیت را بالا برد',
    desk: 'اقتصادی',
    status: 'approved',
    datelineDate: '2024-03-02',
    text: 'در نشست اوپک تصمیمی گرفته نشد. شرکت هواپیمایی ایر فرانس از افزایش بهای سوخت خبر داد.',
  },
  president: {
    headline: 'رئیس جمهور در نشست خبری به پرسش‌ها پاسخ داد',
    desk: 'سیاسی',
    status: 'draft',
    datelineDate: '2010-06-01', // ۱۱ خرداد ۱۳۸۹
    text: 'رئیس جمهور گفت دولت برنامهٔ تازه‌ای برای مهار تورم دارد.',
  },
  raisi: {
    headline: 'سفر رئیسی به نیویورک برای نشست مجمع عمومی',
    desk: 'بین‌الملل',
    status: 'published',
    datelineDate: '2023-09-18',
    text: 'سید ابراهیم رئیسی، رئیس جمهور ایران، برای شرکت در نشست مجمع عمومی سازمان ملل به نیویورک رفت.',
  },
} satisfies Record<string, Seed>;

type ArticleName = keyof typeof ARTICLES;

class SearchPage extends SeededDeskPage<ArticleName> {
  get input(): Locator {
    return this.page.getByTestId('search-input');
  }

  get notices(): Locator {
    return this.page.getByTestId('search-results').getByTestId('search-notice');
  }

  /** Waits until what is on screen answers what is in the box now (the box says so in aria-busy). */
  async settled(): Promise<void> {
    await expect.poll(() => this.input.getAttribute('aria-busy')).toBe('false');
    await this.page.getByTestId('search-results').waitFor();
  }

  /** Types as a writer does, a key at a time, then waits for the answer to the whole query. */
  async type(query: string): Promise<void> {
    await this.input.fill('');
    await this.input.pressSequentially(query);
    await this.settled();
  }

  /** Puts the text in at once, as a paste does. */
  async paste(query: string): Promise<void> {
    await this.input.fill(query);
    await this.settled();
  }

  async resultIds(): Promise<(string | null)[]> {
    const results = await this.searchResults.all();
    return Promise.all(results.map((result) => result.getAttribute('data-article-id')));
  }

  async marksIn(result: Locator, part: 'headline' | 'snippet'): Promise<string[]> {
    return result.locator(`.search-result__${part} mark`).allTextContents();
  }

  async total(): Promise<string> {
    return (await this.page.getByTestId('search-total').textContent()) ?? '';
  }

  async openFilters(): Promise<void> {
    const toggle = this.page.getByTestId('search-filters-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.page.getByTestId('search-filters').waitFor();
  }

  /** Picks a Solar Hijri day in the «از» or «تا» picker: day, month, year as a desk editor would. */
  async pickDay(which: 'from' | 'to', day: number, month: number, year: number): Promise<void> {
    const picker = this.page.getByTestId(`search-filter-${which}`);
    await picker.getByLabel('سال').selectOption(String(year));
    await picker.getByLabel('ماه').selectOption(String(month));
    await picker.getByLabel('روز').selectOption(String(day));
  }
}

const suite = useBrowserSuite();

function seedArticles(archive: Archive): Record<ArticleName, string> {
  const ids = {} as Record<ArticleName, string>;
  for (const [name, { text, ...fields }] of Object.entries(ARTICLES) as [ArticleName, Seed][]) {
    ids[name] = archive.articles.create({ ...fields, body: bodyFromPlainText(text) }).id;
  }
  return ids;
}

/** Seeds a fresh archive file through the Archive API, then opens the app on it. */
async function start(): Promise<SearchPage> {
  // A fresh file has no index version yet, so the shell builds the index first: wait for it,
  // so no answer carries the "rebuilding" notice.
  const { page, seeded: ids } = await suite.open(seedArticles, { waitForSearchIndex: true });
  const app = new SearchPage(page, ids);
  await expect.poll(() => app.page.getByTestId('article-item').count()).toBe(Object.keys(ARTICLES).length);
  return app;
}

describe('search in the app', () => {
  it('finds an article by a variant spelling, marks the spelling as written, and opens it from the keyboard', async () => {
    const app = await start();
    await app.input.click();

    // Arabic yeh (ي) typed; the article has Persian yeh (ی).
    await app.type('ظريف');
    expect(await app.resultIds()).toEqual([app.ids.jakarta]);
    const first = app.searchResults.first();
    expect(await app.marksIn(first, 'headline')).toEqual(['ظریف']);

    // No half-space typed; the article has «می‌شود» with a ZWNJ.
    await app.type('میشود');
    expect((await app.resultIds())[0]).toBe(app.ids.jakarta);
    expect(await app.marksIn(app.searchResults.first(), 'snippet')).toContain(`می${ZWNJ}شود`);

    // Latin digits typed; the article has Persian ones.
    await app.type('1376');
    expect((await app.resultIds())[0]).toBe(app.ids.jakarta);
    expect(await app.marksIn(app.searchResults.first(), 'snippet')).toEqual(['۱۳۷۶']);
    expect(await app.total()).toBe('۱ نتیجه');

    await app.page.keyboard.press('ArrowDown');
    const activeId = await app.input.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    expect(await app.searchResults.first().getAttribute('id')).toBe(activeId);
    expect(await app.searchResults.first().getAttribute('aria-selected')).toBe('true');

    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.headline.inputValue()).toBe(ARTICLES.jakarta.headline);

    // Escape clears the search, brings the archive back and hands focus to the opened article.
    await app.page.keyboard.press('Escape');
    expect(await app.input.inputValue()).toBe('');
    await app.page.getByTestId('article-list').waitFor();
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('headline');
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('does not stem Raisi into "president" nor Iran into Air France', async () => {
    const app = await start();
    await app.input.click();

    await app.type('رئیسی');
    expect(await app.resultIds()).toEqual([app.ids.raisi]);
    expect(await app.marksIn(app.searchResults.first(), 'headline')).toEqual(['رئیسی']);

    await app.type('ایران');
    expect(await app.resultIds()).toEqual([app.ids.raisi]);
    expect(await app.resultIds()).not.toContain(app.ids.oil);

    // And the Air France article is found by its own words.
    await app.type('ایر فرانس');
    expect(await app.resultIds()).toEqual([app.ids.oil]);
  });

  it('answers hostile input with results or a clear notice, never a broken page', async () => {
    const app = await start();
    await app.input.click();
    const hostile = ['"', '-', '*', 'NEAR(', 'ظریف AND', '"ظریف', '-ظریف', ':', '()', '\u200F\u202E'];
    for (const query of hostile) {
      await app.paste(query);
      const shown = (await app.searchResults.count()) + (await app.notices.count()) + (await app.page.getByTestId('search-empty').count());
      expect(shown, `nothing explained the answer to ${JSON.stringify(query)}`).toBeGreaterThan(0);
    }

    await app.paste('"');
    expect(await app.notices.allTextContents()).toContainEqual(expect.stringContaining('در این عبارت واژه‌ای برای جست‌وجو نیست'));
    await app.paste('-ظریف');
    expect(await app.notices.allTextContents()).toContain('فقط واژه‌های حذفی نوشته‌اید؛ دست‌کم یک واژه برای جست‌وجو بنویسید.');
    await app.paste('"ظریف');
    expect(await app.page.locator('[data-notice="unbalanced_quote"]').count()).toBe(1);
    expect(await app.resultIds()).toEqual([app.ids.jakarta]);

    // A pasted wall of text: searched from its start, and the cut is said.
    const wall = `ظریف ${'سازمان همکاری اسلامی '.repeat(500)}`.slice(0, 10_000);
    expect(wall.length).toBe(10_000);
    await app.paste(wall);
    expect(await app.page.locator('[data-notice="truncated"]').count()).toBe(1);

    // The page still works afterwards.
    await app.paste('جاکارتا');
    expect(await app.resultIds()).toEqual([app.ids.jakarta]);
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('narrows results by desk and by a Solar Hijri date range', async () => {
    const app = await start();
    await app.input.click();
    await app.type('نشست');
    expect(new Set(await app.resultIds())).toEqual(new Set(Object.values(app.ids)));

    await app.openFilters();
    const desk = app.page.getByTestId('search-filter-desk');
    await expect.poll(() => desk.locator('option').allTextContents()).toContain('سیاسی');
    await desk.selectOption('سیاسی');
    await app.settled();
    expect(new Set(await app.resultIds())).toEqual(new Set([app.ids.jakarta, app.ids.president]));

    await app.page.getByTestId('search-clear-filters').click();
    await app.settled();
    expect(await app.searchResults.count()).toBe(4);

    // ۱ فروردین ۱۳۹۰ to ۲۹ اسفند ۱۳۹۹: only the 2017 article (۲۲ آذر ۱۳۹۶) falls inside.
    await app.pickDay('from', 1, 1, 1390);
    await app.pickDay('to', 29, 12, 1399);
    await app.settled();
    expect(await app.resultIds()).toEqual([app.ids.jakarta]);
    expect(await app.searchResults.first().locator('time .dual-date__hijri').textContent()).toBe('۲۲ آذر ۱۳۹۶');
    expect(await app.searchResults.first().locator('time .dual-date__gregorian').textContent()).toContain('13 Dec 2017');

    // With no words, the filters alone browse the archive.
    await app.paste('');
    expect(await app.resultIds()).toEqual([app.ids.jakarta]);
  });

  it('focuses the search box on Ctrl+K and Ctrl+F, keeping the browser from handling Ctrl+F', async () => {
    const app = await start();
    await app.page.getByTestId('article-item').first().click();
    await app.headline.click();
    await app.page.evaluate(() => {
      window.addEventListener('keydown', (event) => {
        (window as unknown as { lastKeyPrevented: boolean }).lastKeyPrevented = event.defaultPrevented;
      });
    });
    const focusedTestId = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

    await app.page.keyboard.press('Control+K');
    expect(await focusedTestId()).toBe('search-input');

    await app.headline.click();
    expect(await focusedTestId()).toBe('headline');
    await app.page.keyboard.press('Control+F');
    expect(await focusedTestId()).toBe('search-input');
    expect(await app.page.evaluate(() => (window as unknown as { lastKeyPrevented: boolean }).lastKeyPrevented)).toBe(true);
  });

  it('shows only the latest query’s answer when an earlier one arrives late', async () => {
    const app = await start();
    let releaseSlow!: () => void;
    const slowGate = new Promise<void>((resolve) => (releaseSlow = resolve));
    let slowSent!: () => void;
    const slowRequested = new Promise<void>((resolve) => (slowSent = resolve));
    await app.page.route('**/api/searchArticles', async (route) => {
      if ((JSON.parse(route.request().postData() ?? '{}') as { query?: string }).query === 'نفت') {
        slowSent();
        await slowGate;
      }
      await route.continue();
    });

    await app.input.fill('نفت');
    await slowRequested;
    // Replaced at once, as a paste would, so nothing in between voids the slow request.
    await app.paste('رئیسی');
    expect(await app.resultIds()).toEqual([app.ids.raisi]);

    const lateAnswer = app.page.waitForResponse((response) => response.url().endsWith('/api/searchArticles') && response.request().postData()?.includes('نفت') === true);
    releaseSlow();
    await lateAnswer;
    // One more round trip through React before looking again.
    await app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await app.resultIds()).toEqual([app.ids.raisi]);
    expect(await app.input.getAttribute('aria-busy')).toBe('false');
  });

  it('estimates the total of a word too common to count, and pages through a countable one to its end', async () => {
    // More OPEC coverage than the ranking window holds (4,000); one article in 100 datelined Vienna.
    const { page } = await suite.open((archive) => {
      archive.db.transaction(() => {
        for (let i = 0; i < 4100; i += 1) {
          const city = i % 100 === 0 ? 'وین' : 'ریاض';
          archive.articles.create({ headline: `گزارش شمارهٔ ${i} از نشست اوپک`, body: bodyFromPlainText(`وزیران نفت اوپک در ${city} گرد آمدند.`) });
        }
      })();
    });
    const app = new SearchPage(page, {} as Record<ArticleName, string>);
    const more = page.getByTestId('search-load-more');
    await app.input.click();

    await app.type('اوپک');
    expect(await app.total()).toBe('حدود ۴٬۱۰۰ نتیجه');
    expect(await app.notices.allTextContents()).toContainEqual(expect.stringContaining('تازه‌ترین'));
    expect(await more.textContent()).toBe('نتیجه‌های بیشتر');

    await app.type('وین');
    expect(await app.total()).toBe('۴۱ نتیجه');
    expect(await app.searchResults.count()).toBe(30);
    expect(await more.textContent()).toBe('نتیجه‌های بیشتر (۱۱ نتیجهٔ دیگر)');
    await more.click();
    await expect.poll(() => app.searchResults.count()).toBe(41);
    expect(await more.count()).toBe(0);
    expect(suite.session.pageErrors).toEqual([]);
  });
});
