/**
 * Entity pages and archive-wide detection, end to end: a fresh archive seeded through the
 * Archive API before the browser shell opens it, Debian's Chromium on the real renderer.
 * The timeline reads in the Solar Hijri calendar; an alias added on the page is what detection
 * finds in a new article; the archive-wide pass shows its progress to the end and leaves
 * suggestions that can be confirmed from the review list.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ArticleFields } from '../../common/contract';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { useBrowserSuite, type ArchiveSeed } from '../support/browser-suite';
import { DeskPage } from '../support/desk-page';

type Seed = Partial<Omit<ArticleFields, 'body'>> & { text: string };

/** A diplomat the starter list does not know, so the test's entity is the only one of the name. */
const DIPLOMAT = 'کاظم جلالی';

const TRIPS: Seed[] = [
  {
    headline: 'سفر وزیر خارجه به مسکو',
    datelineDate: '2024-11-20', // ۳۰ آبان ۱۴۰۳
    status: 'published',
    text: 'کاظم جلالی سفیر ایران امروز برای گفت‌وگو به مسکو رفت.',
  },
  {
    headline: 'دیدار وزیر خارجه با همتای عمانی',
    datelineDate: '2025-03-05', // ۱۵ اسفند ۱۴۰۳
    status: 'approved',
    text: 'کاظم جلالی در مسقط با وزیر خارجه عمان دیدار کرد.',
  },
  {
    headline: 'وزیر خارجه در نشست خبری',
    datelineDate: '2024-11-02', // ۱۲ آبان ۱۴۰۳
    status: 'published',
    text: 'کاظم جلالی به پرسش‌های خبرنگاران پاسخ داد.',
  },
];

/** Named in every article of the archive-wide run, but known to the archive only afterwards. */
const FORUM = 'همایش گفت‌وگوی دریای خزر';
const FORUM_ARTICLES = 120;

class EntityPages extends DeskPage {
  get entityPage(): Locator {
    return this.page.getByTestId('entity-page');
  }

  get timelineItems(): Locator {
    return this.entityPage.getByTestId('entity-timeline-item');
  }

  get aliases(): Locator {
    return this.entityPage.getByTestId('entity-alias');
  }

  get progress(): Locator {
    return this.page.getByTestId('detection-progress');
  }

  get suggestions(): Locator {
    return this.page.getByTestId('detection-suggestion');
  }

  /** Through the header: «نام‌ها», a search, the entity's card. */
  async openEntity(name: string, search: string): Promise<void> {
    await this.page.getByTestId('open-entities').click();
    await this.page.getByTestId('entity-search').fill(search);
    const card = this.page.getByTestId('entity-list-item').filter({ hasText: name });
    await expect.poll(() => card.count()).toBe(1);
    await card.click();
    await expect.poll(() => this.entityPage.getByTestId('entity-title').textContent()).toBe(name);
  }
}

const suite = useBrowserSuite();

async function start(seed: ArchiveSeed<void>): Promise<EntityPages> {
  const { page } = await suite.open(seed);
  return new EntityPages(page);
}

function create(archive: Archive, { text, ...fields }: Seed): string {
  return archive.articles.create({ ...fields, body: bodyFromPlainText(text) }).id;
}

describe('entity pages', () => {
  it('shows the timeline by Solar Hijri month, and an alias added there is found in a new article', async () => {
    let entityId = '';
    const app = await start((archive) => {
      entityId = archive.services.createEntity({ kind: 'person', canonical: DIPLOMAT, description: 'سفیر' }).id;
      for (const trip of TRIPS) {
        archive.services.setMentionState({ articleId: create(archive, trip), entityId, state: 'confirmed' });
      }
    });
    await app.openEntity(DIPLOMAT, 'کاظم');
    expect(await app.hashParam('entity')).toBe(entityId);

    // Newest first, under one heading per month, each day in both calendars.
    const items = await app.timelineItems.allTextContents();
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('دیدار وزیر خارجه با همتای عمانی');
    expect(items[0]).toContain('۱۵ اسفند ۱۴۰۳');
    expect(items[0]).toContain('5 Mar 2025');
    expect(items[1]).toContain('سفر وزیر خارجه به مسکو');
    expect(items[1]).toContain('۳۰ آبان ۱۴۰۳');
    expect(items[2]).toContain('۱۲ آبان ۱۴۰۳');
    const months = await app.entityPage.locator('.entity-timeline__month-heading > span:first-child').allTextContents();
    expect(months).toEqual(['اسفند ۱۴۰۳', 'آبان ۱۴۰۳']);

    // An alias added on the page is saved (and survives a reload of the page).
    expect(await app.aliases.allTextContents()).toEqual([expect.stringContaining(DIPLOMAT)]);
    await app.entityPage.getByTestId('alias-input').fill('جلالی');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.aliases.count()).toBe(2);
    await expect.poll(() => app.entityPage.getByTestId('alias-input').inputValue()).toBe('');
    expect(suite.session.archive.services.getEntity({ id: entityId }).entity.aliases.map((alias) => alias.name)).toEqual([
      DIPLOMAT,
      'جلالی',
    ]);
    await app.page.reload();
    await expect.poll(() => app.aliases.allTextContents()).toEqual([expect.stringContaining(DIPLOMAT), expect.stringContaining('جلالی')]);

    // A new article that names him by that alias alone: detection on save suggests him.
    await app.page.getByTestId('new-article').click();
    await app.page.getByTestId('headline').waitFor();
    await app.page.getByTestId('headline').fill('گفت‌وگوی تلفنی وزیران خارجه');
    await app.page.getByTestId('editor').click();
    await app.page.keyboard.type('جلالی در تماس تلفنی با همتای ترک خود گفت‌وگو کرد.');
    await app.waitUntilSaved();
    const articleId = (await app.hashParam('article'))!;
    expect(suite.session.archive.services.getArticleMentions({ id: articleId })).toContainEqual(
      expect.objectContaining({
        entity: expect.objectContaining({ id: entityId }),
        state: 'suggested',
        matchedText: 'جلالی',
      }),
    );
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('runs detection over the whole archive with its progress to 100%, and a suggestion can be confirmed', async () => {
    let forumId = '';
    const app = await start((archive) => {
      for (let i = 1; i <= FORUM_ARTICLES; i += 1) {
        create(archive, {
          headline: `گزارش شمارهٔ ${i} از همایش`,
          datelineDate: `2024-0${1 + (i % 9)}-1${i % 10}`,
          status: 'published',
          text: `${FORUM} امروز کار خود را در روز ${i} ادامه داد.`,
        });
      }
      // Made after the articles: none of them has been read for it yet.
      forumId = archive.services.createEntity({ kind: 'event', canonical: FORUM, startsOn: '2024-01-10', endsOn: '2024-09-19' }).id;
    });
    const services = suite.session.archive.services;
    expect(services.listSuggestedMentions({ limit: 500 }).filter((s) => s.mention.entity.id === forumId)).toEqual([]);

    // Every progress line the page shows, as it shows it.
    await app.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="detection-progress-text"]')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await app.page.getByTestId('find-names').click();
    await expect.poll(() => app.progress.getAttribute('data-phase'), { timeout: 20_000 }).toBe('done');
    expect(await app.page.getByTestId('detection-progress-text').textContent()).toBe('۱۰۰٪ — ۱۲۰ از ۱۲۰ خبر');
    expect(await app.page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    const seen = await app.page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    const percents = seen.map((line) => Number(line.split('٪')[0].replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))));
    expect(percents.length).toBeGreaterThan(2);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    expect(percents[percents.length - 1]).toBe(100);
    expect(await app.progress.textContent()).toContain('۱۲۰ پیشنهاد تازه');

    // The review list: each article once, under it its suggestions with the words that matched.
    const forumSuggestions = app.suggestions.filter({ hasText: FORUM });
    await expect.poll(() => forumSuggestions.count()).toBeGreaterThan(0);
    const group = app.page.locator('.suggestion-group').filter({ has: forumSuggestions }).first();
    const headline = (await group.locator('.suggestion-group__headline').textContent())!;
    const first = group.getByTestId('detection-suggestion').filter({ hasText: FORUM });
    expect(await first.locator('.suggestion__entity').textContent()).toBe(FORUM);
    expect(await first.locator('.suggestion__matched q').textContent()).toBe(FORUM);
    await first.getByTestId('suggestion-confirm').click();
    const sameArticle = app.page.locator('.suggestion-group').filter({ hasText: headline });
    await expect.poll(() => sameArticle.getByTestId('detection-suggestion').filter({ hasText: FORUM }).count()).toBe(0);

    const article = services.listArticles({ limit: 500 }).items.find((item) => item.headline === headline)!;
    expect(services.getArticleMentions({ id: article.id })).toContainEqual(
      expect.objectContaining({ entity: expect.objectContaining({ id: forumId }), state: 'confirmed' }),
    );
    // The event's page now holds that article in its thread.
    expect(services.getEntity({ id: forumId }).timeline.map((item) => item.articleId)).toEqual([article.id]);
    expect(suite.session.pageErrors).toEqual([]);
  });
});
