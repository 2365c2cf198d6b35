/**
 * The archivist's workbench in the details panel and the list column, end to end: tags with
 * autocomplete, the tag filter, multi-select with bulk tagging, detected names confirmed,
 * typed cross-references with their backlinks, and related coverage. A real archive is seeded
 * through the Archive API (the starter gazetteer comes with every new archive), then the
 * browser shell opens it in Debian's Chromium. Nothing is mocked; every wait is on a condition.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ArticleFields } from '../../common/contract';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { useBrowserSuite } from '../support/browser-suite';
import { SeededDeskPage, ZWNJ } from '../support/desk-page';

const SANCTIONS = `تحریم${ZWNJ}ها`;
const OIC = 'سازمان همکاری اسلامی';

type Seed = Partial<Omit<ArticleFields, 'body'>> & { text: string; confirm?: string[] };

/** Each story is here for one thing the panel must (or must not) do. */
const STORIES = {
  jakarta: {
    headline: 'نشست فوق‌العاده سازمان همکاری اسلامی در جاکارتا',
    desk: 'سیاسی',
    datelineDate: '2024-03-10',
    tags: [SANCTIONS, 'نفت'],
    text: 'وزیران خارجه کشورهای عضو سازمان همکاری اسلامی در جاکارتا درباره فلسطین گفت‌وگو کردند.',
  },
  statement: {
    headline: 'بیانیه پایانی اجلاس سازمان همکاری اسلامی',
    desk: 'سیاسی',
    datelineDate: '2024-03-12',
    tags: [SANCTIONS],
    text: 'سازمان همکاری اسلامی در بیانیه پایانی از کشورهای عضو خواست از مردم فلسطین حمایت کنند.',
    confirm: [OIC],
  },
  oil: {
    headline: 'قیمت نفت در بازار جهانی بالا رفت',
    desk: 'اقتصادی',
    datelineDate: '2024-03-11',
    tags: ['نفت'],
    text: 'بهای نفت خام برنت در معاملات امروز به ۸۵ دلار رسید. وزیران نفت کشورهای عضو اوپک نشست داشتند.',
  },
  visit: {
    headline: 'سفر وزیر خارجه به مسکو',
    desk: 'سیاسی',
    datelineDate: '2024-03-09',
    text: 'وزیر خارجه برای گفت‌وگو درباره همکاری‌های دوجانبه به مسکو رفت.',
  },
} satisfies Record<string, Seed>;

type StoryName = keyof typeof STORIES;

class WorkbenchPage extends SeededDeskPage<StoryName> {
  get tagInput(): Locator {
    return this.page.getByTestId('tag-input');
  }

  get tagChips(): Locator {
    return this.page.locator('.details-panel').getByTestId('tag-chip');
  }

  row(name: StoryName): Locator {
    return this.articleItem(this.ids[name]);
  }

  async open(name: StoryName): Promise<void> {
    await this.row(name).click();
    await expect.poll(() => this.headline.inputValue()).toBe(STORIES[name].headline);
  }

  async chipNames(): Promise<string[]> {
    return (await this.tagChips.evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-tag') ?? ''))).sort();
  }

  async resultIds(): Promise<string[]> {
    await expect.poll(() => this.page.getByTestId('search-input').getAttribute('aria-busy')).toBe('false');
    return this.searchResults.evaluateAll((items) => items.map((item) => item.getAttribute('data-article-id') ?? ''));
  }

  async selectedRowIds(): Promise<string[]> {
    return this.page.locator('[data-testid="article-item"][aria-selected="true"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-article-id') ?? ''));
  }
}

const suite = useBrowserSuite();

function seedStories(archive: Archive): Record<StoryName, string> {
  const ids = {} as Record<StoryName, string>;
  for (const [name, { text, confirm = [], ...fields }] of Object.entries(STORIES) as [StoryName, Seed][]) {
    ids[name] = archive.articles.create({ ...fields, body: bodyFromPlainText(text) }).id;
    for (const canonical of confirm) {
      const entity = archive.entityReads.list({ query: canonical }).items.find((item) => item.canonical === canonical);
      if (!entity) throw new Error(`the gazetteer has no ${canonical}`);
      archive.mentions.setState(ids[name], entity.id, 'confirmed');
    }
  }
  return ids;
}

/** Seeds a fresh archive file (the gazetteer is loaded on open), then opens the app on it. */
async function start(): Promise<WorkbenchPage> {
  const { page, seeded: ids } = await suite.open(seedStories, { waitForSearchIndex: true });
  const app = new WorkbenchPage(page, ids);
  await expect.poll(() => app.articleItems.count(), { timeout: 10_000 }).toBe(Object.keys(STORIES).length);
  return app;
}

describe('the workbench panel', () => {
  it('adds tags with autocomplete, commas and half-spaces, and keeps them across a reload', async () => {
    const app = await start();
    await app.open('visit');
    expect(await app.tagChips.count()).toBe(0);

    // The archive's tags are offered with how many articles carry them.
    await app.tagInput.click();
    await app.page.keyboard.type('تحر');
    const suggestion = app.page.getByTestId('tag-suggestion').first();
    await expect.poll(() => suggestion.textContent()).toBe(`${SANCTIONS} ۲`);
    await suggestion.click();
    await expect.poll(() => app.chipNames()).toEqual([SANCTIONS]);

    // «،» ends a tag; Shift+Space types the half-space.
    await app.typeWithHalfSpaces(`گفت${ZWNJ}وگو`);
    await app.page.keyboard.type('،');
    await app.page.keyboard.type('مسکو');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.chipNames()).toEqual([SANCTIONS, `گفت${ZWNJ}وگو`, 'مسکو'].sort());

    // Backspace in the empty field takes the last chip away; × takes away any.
    await app.page.keyboard.press('Backspace');
    await app.tagChips.filter({ hasText: SANCTIONS }).getByTestId('tag-chip-remove').click();
    await expect.poll(() => app.chipNames()).toEqual([`گفت${ZWNJ}وگو`]);
    await app.page.keyboard.type('تحر');
    await expect.poll(() => app.page.getByTestId('tag-suggestion').count()).toBeGreaterThan(0);
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.chipNames()).toEqual([SANCTIONS, `گفت${ZWNJ}وگو`].sort());

    await app.waitUntilSaved();
    await app.page.reload();
    await expect.poll(() => app.headline.inputValue()).toBe(STORIES.visit.headline);
    await expect.poll(() => app.chipNames()).toEqual([SANCTIONS, `گفت${ZWNJ}وگو`].sort());
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('keeps a long tag inside the panel, cut short with its remove button in reach', async () => {
    const app = await start();
    await app.open('visit');
    const long = 'نشست وزیران امور خارجه سازمان ملل متحد درباره برنامه هسته‌ای در وین';
    await app.tagInput.click();
    await app.page.keyboard.type(long);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.chipNames()).toEqual([long]);

    const panel = await app.page.locator('.details-panel').getByTestId('panel-section-tags').boundingBox();
    const chip = await app.tagChips.first().boundingBox();
    const remove = await app.tagChips.first().getByTestId('tag-chip-remove').boundingBox();
    expect(chip!.x).toBeGreaterThanOrEqual(panel!.x);
    expect(chip!.x + chip!.width).toBeLessThanOrEqual(panel!.x + panel!.width);
    expect(remove!.x).toBeGreaterThanOrEqual(panel!.x);
    // Cut short: the name's box is narrower than its text.
    const name = app.tagChips.first().locator('.tag-chip__name');
    expect(await name.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    // …at its end: the name runs in its own script's direction, whatever the interface's.
    expect(await name.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await app.tagChips.first().getByTestId('tag-chip-remove').click();
    await expect.poll(() => app.chipNames()).toEqual([]);
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('filters the archive by a tag from the panel and by several tags from the filters', async () => {
    const app = await start();
    await app.open('jakarta');

    // A chip in the panel shows every article carrying its tag.
    await app.tagChips.filter({ hasText: SANCTIONS }).locator('.tag-chip__name').click();
    await expect.poll(async () => new Set(await app.resultIds())).toEqual(new Set([app.ids.jakarta, app.ids.statement]));
    const filterChips = app.page.getByTestId('search-filters').getByTestId('search-filter-tag');
    await expect.poll(() => filterChips.evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-tag')))).toEqual([SANCTIONS]);

    // A second tag, picked from the filter's own autocomplete: both must be on an article.
    await app.page.getByTestId('search-filter-tags').click();
    await app.page.keyboard.type('نف');
    await app.page.getByTestId('tag-suggestion').filter({ hasText: 'نفت' }).click();
    await expect.poll(() => app.resultIds()).toEqual([app.ids.jakarta]);

    // Taking the first away leaves the oil tag alone.
    await filterChips.filter({ hasText: SANCTIONS }).getByTestId('search-filter-tag-remove').click();
    await expect.poll(async () => new Set(await app.resultIds())).toEqual(new Set([app.ids.jakarta, app.ids.oil]));
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('picks three articles with Shift and Ctrl+click and tags them at once', async () => {
    const app = await start();
    const order = await app.articleItems.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-article-id') ?? ''));
    const [first, second, third] = order;

    // A plain click still opens; Shift+click takes the run from it.
    await app.articleItems.nth(0).click();
    await expect.poll(() => app.page.getByTestId('headline').count()).toBe(1);
    await app.articleItems.nth(2).click({ modifiers: ['Shift'] });
    const bar = app.page.getByTestId('bulk-bar');
    await expect.poll(() => bar.getByTestId('bulk-count').textContent()).toBe('۳ خبر انتخاب شد');
    expect((await app.selectedRowIds()).sort()).toEqual([first, second, third].sort());

    // Ctrl+click takes one away and puts it back; the open article did not change.
    const openHeadline = await app.headline.inputValue();
    await app.articleItems.nth(1).click({ modifiers: ['Control'] });
    await expect.poll(() => bar.getByTestId('bulk-count').textContent()).toBe('۲ خبر انتخاب شد');
    await app.articleItems.nth(1).click({ modifiers: ['Control'] });
    await expect.poll(() => bar.getByTestId('bulk-count').textContent()).toBe('۳ خبر انتخاب شد');
    expect(await app.headline.inputValue()).toBe(openHeadline);

    await app.page.getByTestId('bulk-add-tag').click();
    await app.page.getByTestId('bulk-tag-input').fill('اوپک');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.page.getByTestId('bulk-message').textContent()).toBe('برچسب «اوپک» به ۳ خبر افزوده شد.');

    // The open article was among them: its chips say so, and it still saves (its revision moved).
    await expect.poll(() => app.chipNames()).toContain('اوپک');
    await app.headline.click();
    await app.page.keyboard.press('End');
    await app.page.keyboard.type(' (به‌روز)');
    await app.waitUntilSaved();

    // Escape lets go of the selection.
    await app.articleItems.nth(3).focus();
    await app.page.keyboard.press('Escape');
    await expect.poll(() => bar.count()).toBe(0);

    await app.page.getByTestId('search-filters-toggle').click();
    await app.page.getByTestId('search-filter-tags').click();
    await app.page.keyboard.type('اوپک');
    await app.page.keyboard.press('Enter');
    await expect.poll(async () => new Set(await app.resultIds())).toEqual(new Set([first, second, third]));

    // Search results are picked the same way.
    await app.searchResults.nth(0).click({ modifiers: ['Control'] });
    await app.searchResults.nth(1).click({ modifiers: ['Control'] });
    await expect.poll(() => bar.getByTestId('bulk-count').textContent()).toBe('۲ خبر انتخاب شد');
    await expect.poll(() => app.page.locator('[data-testid="search-result"][aria-selected="true"]').count()).toBe(2);
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('offers a detected name, takes the editor’s confirmation, and keeps it across a reload', async () => {
    const app = await start();
    await app.open('jakarta');

    const oic = app.page.getByTestId('mention-item').filter({ hasText: OIC });
    await expect.poll(() => oic.getAttribute('data-state')).toBe('suggested');
    expect(await oic.locator('.mention-item__kind-label').textContent()).toBe('سازمان');
    expect(await oic.textContent()).toContain('۲ بار');

    await oic.getByTestId('mention-confirm').click();
    await expect.poll(() => oic.getAttribute('data-state')).toBe('confirmed');
    expect(await oic.getByTestId('mention-confirm').count()).toBe(0);
    // Confirmed names are listed above the suggestions.
    expect(await app.page.getByTestId('mentions-confirmed').getByTestId('mention-item').count()).toBe(1);

    await app.page.reload();
    await expect.poll(() => app.headline.inputValue()).toBe(STORIES.jakarta.headline);
    await expect.poll(() => app.page.getByTestId('mention-item').filter({ hasText: OIC }).getAttribute('data-state')).toBe('confirmed');
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('adds a follow-up reference and shows it as a backlink on the article it points to', async () => {
    const app = await start();
    await app.open('statement');

    await app.page.getByTestId('link-add').click();
    await app.page.getByTestId('link-type').selectOption({ label: 'پیگیری' });
    await app.page.getByTestId('link-article-input').fill('نشست');
    const option = app.page.locator(`[data-testid="link-article-option"][data-article-id="${app.ids.jakarta}"]`);
    await option.click();

    const link = app.page.getByTestId('link-group-follow_up').getByTestId('link-item');
    await expect.poll(() => link.getAttribute('data-article-id')).toBe(app.ids.jakarta);
    expect(await app.page.getByTestId('link-group-follow_up').locator('h4').textContent()).toBe('پیگیری');

    // The reference opens the article it points to, which lists this one among its referrers.
    await link.locator('.link-item__headline').click();
    await expect.poll(() => app.headline.inputValue()).toBe(STORIES.jakarta.headline);
    const backlink = app.page.getByTestId('backlink-item');
    await expect.poll(() => backlink.getAttribute('data-article-id')).toBe(app.ids.statement);
    expect(await backlink.textContent()).toContain('پیگیری');
    expect(await backlink.getByTestId('link-remove').count()).toBe(0);
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('lists coverage sharing the OIC above an unrelated oil story, and links it in one click', async () => {
    const app = await start();
    await app.open('jakarta');
    const items = app.page.getByTestId('related-item');
    await expect.poll(() => items.count()).toBeGreaterThan(0);

    // The open article names the OIC too once the editor confirms it; related coverage follows.
    const oic = app.page.getByTestId('mention-item').filter({ hasText: OIC });
    await oic.getByTestId('mention-confirm').click();
    await expect.poll(() => oic.getAttribute('data-state')).toBe('confirmed');
    const reasons = items.filter({ has: app.page.locator(`[data-reason="entity"]`, { hasText: OIC }) });
    await expect.poll(() => reasons.getAttribute('data-article-id'), { timeout: 10_000 }).toBe(app.ids.statement);

    const ids = await items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-article-id')));
    // The oil story shares only common words («وزیران», «کشورهای عضو»): listed, but below.
    expect(ids.indexOf(app.ids.statement)).toBe(0);
    expect(ids.indexOf(app.ids.oil)).toBeGreaterThan(0);

    const statement = items.nth(0);
    expect(await statement.locator('.dual-date__hijri').textContent()).toBe('۲۲ اسفند ۱۴۰۲');
    expect(await statement.locator('.dual-date__gregorian').textContent()).toBe('12 Mar 2024');

    await statement.getByTestId('related-add-link').click();
    await expect.poll(() => statement.getAttribute('data-linked')).toBe('true');
    const link = app.page.getByTestId('link-group-related').getByTestId('link-item');
    await expect.poll(() => link.getAttribute('data-article-id')).toBe(app.ids.statement);
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('leaves related coverage and links alone while the writer types on after a save, and refreshes them at the pause', async () => {
    const app = await start();
    await app.open('jakarta');
    await expect.poll(() => app.page.getByTestId('related-item').count()).toBeGreaterThan(0);
    // Each refresh is a request to the archive (related coverage, and the links both ways).
    const refreshes: Array<{ method: string; at: number }> = [];
    app.page.on('request', (request) => {
      const method = new URL(request.url()).pathname.split('/').pop() ?? '';
      if (method === 'relatedArticles' || method === 'getArticleLinks') refreshes.push({ method, at: Date.now() });
    });

    await app.body.click();
    await app.page.keyboard.press('End');
    await app.page.keyboard.type(' نشست', { delay: 60 });
    await app.waitUntilSaved();
    const savedAt = Date.now();
    // Typing on, a key every 120 ms, for well past the panels' 1.5 s after the save.
    await app.page.keyboard.type(' وزیران خارجه در جاکارتا گفت‌وگو کردند', { delay: 120 });
    const lastKeyAt = Date.now();
    expect(lastKeyAt - savedAt).toBeGreaterThan(3000);
    expect(refreshes.filter(({ at }) => at > savedAt)).toEqual([]);

    // The pause: the save of the rest, then both panels ask again, 1.5 s after the last key.
    await app.waitUntilSaved();
    await expect.poll(() => refreshes.map(({ method }) => method).sort(), { timeout: 10_000 }).toEqual(['getArticleLinks', 'relatedArticles']);
    for (const { at } of refreshes) expect(at - lastKeyAt).toBeGreaterThanOrEqual(1400);
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('asks for the names and quotes as soon as a save answers, unless the writer typed on during it: then at the pause', async () => {
    const app = await start();
    await app.open('jakarta');
    await expect.poll(() => app.page.getByTestId('related-item').count()).toBeGreaterThan(0);
    // What the names and quotes sections ask: the names once for both (quotes offer the people
    // named as speakers), the new names, and the quotes.
    const NAMES_AND_QUOTES = ['getArticleMentions', 'getNameProposals', 'getArticleQuotes'];
    const asked: Array<{ method: string; at: number }> = [];
    let saveAnsweredAt = 0;
    app.page.on('request', (request) => {
      const method = new URL(request.url()).pathname.split('/').pop() ?? '';
      if (NAMES_AND_QUOTES.includes(method)) asked.push({ method, at: Date.now() });
    });
    app.page.on('response', (response) => {
      if (response.url().endsWith('/api/saveArticle')) saveAnsweredAt = Date.now();
    });
    const methods = () => asked.map(({ method }) => method).sort();
    const eachOnce = ['getArticleMentions', 'getArticleQuotes', 'getNameProposals'];

    // A save after a pause: the sections ask at once.
    await app.body.click();
    await app.page.keyboard.press('End');
    await app.page.keyboard.type(' نشست', { delay: 60 });
    await app.waitUntilSaved();
    await expect.poll(methods, { timeout: 2_000 }).toEqual(eachOnce);
    // At once: well before the 1.5 s that related coverage waits.
    for (const { at } of asked) expect(at - saveAnsweredAt).toBeLessThan(1000);

    // The next save is held until the writer has typed on; it answers in the middle of the typing.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    await app.page.route('**/api/saveArticle', async (route) => {
      holding = true;
      await held;
      await route.continue();
    });
    asked.length = 0;
    await app.page.keyboard.type(' وزیران', { delay: 60 });
    await expect.poll(() => holding, { timeout: 5_000 }).toBe(true);
    const typing = app.page.keyboard.type(' خارجه در جاکارتا گفت‌وگو کردند', { delay: 120 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    release();
    await typing;
    const lastKeyAt = Date.now();
    expect(lastKeyAt - saveAnsweredAt).toBeGreaterThan(2000);
    expect(asked).toEqual([]);

    // The pause: they ask 600 ms after the last key (and again after the save of the rest).
    await expect.poll(methods, { timeout: 5_000 }).toEqual(expect.arrayContaining(eachOnce));
    for (const { at } of asked) expect(at - lastKeyAt).toBeGreaterThanOrEqual(500);
    await app.waitUntilSaved();
    expect(suite.session.pageErrors).toEqual([]);
  });
});
