/**
 * People and names end to end (issue 14): bulk decisions with their undo on the review screen,
 * a quote on a person's page, a new name found by its title and added from the side panel, and
 * `@` offering to add a name nobody has yet. A real archive seeded through the Archive API, the
 * browser shell, Debian's Chromium; every wait is on a condition.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { gazetteerEntityId } from '../../db/entities/entity-id';
import { importFiles } from '../../db/import/import-files';
import { sharedSamplesDir } from '../cli/run-cli';
import { useBrowserSuite, type ArchiveSeed } from '../support/browser-suite';
import { DeskPage } from '../support/desk-page';

const OIC = gazetteerEntityId('org:oic');
const IRAN = gazetteerEntityId('country:IR');
const ZARIF = gazetteerEntityId('person:zarif');

const OIC_STORIES = [
  { headline: 'نشست سازمان همکاری اسلامی در جده', text: 'نشست سازمان همکاری اسلامی در جده با حضور وزیر امور خارجه ایران برگزار شد.', datelineDate: '2024-03-10' },
  { headline: 'محکومیت حمله در بیانیه سازمان', text: 'سازمان همکاری اسلامی حمله به غزه را محکوم کرد.', datelineDate: '2024-03-11' },
  { headline: 'دیدار دبیرکل با رئیس‌جمهور', text: 'دبیرکل سازمان همکاری اسلامی با رئیس‌جمهور ایران دیدار کرد.', datelineDate: '2024-03-12' },
];

const INTERVIEW = [
  'محمد جواد ظریف وزیر امور خارجه پیشین کشورمان در گفت‌وگو با شبکه سی‌ان‌ان گفت: مذاکرات ادامه دارد و راه دیپلماسی بسته نشده است.',
  '«ما به تعهدات خود پایبندیم»، ظریف در پایان این گفت‌وگو افزود.',
];

const SAMPLE_NAME = '000_db81ff63d69d69cc.txt';
const BRIEFING = 'اسماعیل بقائی سخنگوی وزارت امور خارجه روز دوشنبه در نشست خبری هفتگی گفت: مذاکرات غیرمستقیم ادامه دارد.';

class NamesPage extends DeskPage {
  get suggestions(): Locator {
    return this.page.getByTestId('detection-suggestion');
  }

  get bulkNotice(): Locator {
    return this.page.getByTestId('bulk-notice');
  }

  /** The review screen, its list read after the pass the header's button starts. */
  async openReview(): Promise<void> {
    await this.page.getByTestId('find-names').click();
    await this.page.getByTestId('detection-review').waitFor();
  }

  async openArticle(headline: string): Promise<void> {
    await this.articleItems.filter({ hasText: headline }).first().click();
    await expect.poll(() => this.headline.inputValue()).toBe(headline);
  }

  /** Through the header: «نام‌ها», a search, the entity's card. */
  async openEntity(name: string, search: string): Promise<void> {
    await this.page.getByTestId('open-entities').click();
    await this.page.getByTestId('entity-search').fill(search);
    const card = this.page.getByTestId('entity-list-item').filter({ hasText: name });
    await expect.poll(() => card.count()).toBe(1);
    await card.click();
    await expect.poll(() => this.page.getByTestId('entity-title').textContent()).toBe(name);
  }
}

const suite = useBrowserSuite();

async function start<T>(seed: ArchiveSeed<T>): Promise<{ app: NamesPage; seeded: T }> {
  const { page, seeded } = await suite.open(seed);
  return { app: new NamesPage(page), seeded };
}

const stateIn = (archive: Archive, articleId: string, entityId: string) =>
  archive.services.getArticleMentions({ id: articleId }).find((mention) => mention.entity.id === entityId)?.state;

describe('names end to end', () => {
  it('confirms a name in every article at once and undoes it; then every name of one article at once, and undoes that', async () => {
    const { app, seeded: ids } = await start((archive) =>
      OIC_STORIES.map(({ headline, text, datelineDate }) => archive.articles.create({ headline, datelineDate, body: bodyFromPlainText(text) }).id),
    );
    const archive = suite.session.archive;
    await app.openReview();
    const oicSuggestion = app.suggestions.filter({ hasText: 'سازمان همکاری اسلامی' });
    await expect.poll(() => oicSuggestion.count()).toBe(3);

    // One click: the OIC in all three articles.
    await oicSuggestion.first().getByTestId('suggestion-confirm-everywhere').click();
    await expect.poll(() => app.bulkNotice.textContent()).toContain('«سازمان همکاری اسلامی» در ۳ خبر تأیید شد.');
    expect(ids.map((id) => stateIn(archive, id, OIC))).toEqual(['confirmed', 'confirmed', 'confirmed']);
    await expect.poll(() => oicSuggestion.count()).toBe(0);
    expect(archive.services.getEntity({ id: OIC }).entity.mentionCount).toBe(3);

    // One undo: all three back to suggestions, listed again.
    await app.page.getByTestId('bulk-undo').click();
    await expect.poll(() => app.bulkNotice.textContent()).toContain('بازگردانده شد');
    expect(ids.map((id) => stateIn(archive, id, OIC))).toEqual(['suggested', 'suggested', 'suggested']);
    await expect.poll(() => oicSuggestion.count()).toBe(3);

    // Every name of one article: the OIC and Iran in the third story.
    const group = app.page.getByTestId('suggestion-group').filter({ hasText: OIC_STORIES[2].headline });
    await group.getByTestId('suggestion-group-confirm').click();
    await expect.poll(() => app.bulkNotice.textContent()).toContain(`۲ نام در خبر «${OIC_STORIES[2].headline}» تأیید شد.`);
    expect([stateIn(archive, ids[2], OIC), stateIn(archive, ids[2], IRAN)]).toEqual(['confirmed', 'confirmed']);
    await expect.poll(() => group.count()).toBe(0);
    await app.page.getByTestId('bulk-undo').click();
    await expect.poll(() => group.count()).toBe(1);
    expect([stateIn(archive, ids[2], OIC), stateIn(archive, ids[2], IRAN)]).toEqual(['suggested', 'suggested']);
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('shows what a person said on their page, with the day and a link to the article, and offers the unconfirmed mentions there', async () => {
    const { app, seeded } = await start((archive) => {
      // The shared sample, imported: no date and no dateline, so undated.
      const dir = mkdtempSync(join(tmpdir(), 'dabir-e2e-sample-'));
      const file = join(dir, 'sample.txt');
      writeFileSync(file, readFileSync(join(sharedSamplesDir(), SAMPLE_NAME)));
      const sampleId = importFiles(archive, [file]).files[0].imported[0].id;
      rmSync(dir, { recursive: true, force: true });
      const interviewId = archive.articles.create({
        headline: 'ظریف: مذاکرات ادامه دارد',
        datelineDate: '2024-05-02', // ۱۳ اردیبهشت ۱۴۰۳
        datelinePlace: 'تهران',
        body: bodyFromPlainText(INTERVIEW.join('\n')),
      }).id;
      return { sampleId, interviewId };
    });
    const { interviewId, sampleId } = seeded;
    await app.openEntity('محمد جواد ظریف', 'ظریف');
    const page = app.page.getByTestId('entity-page');

    const quotes = page.getByTestId('entity-quote');
    await expect.poll(() => quotes.count()).toBe(2);
    expect(await quotes.first().locator('blockquote').textContent()).toBe(INTERVIEW[0]);
    expect(await quotes.first().textContent()).toContain('۱۳ اردیبهشت ۱۴۰۳');
    expect(await quotes.first().textContent()).toContain('تهران');
    expect(await page.getByTestId('entity-role').first().textContent()).toContain('وزیر امور خارجه ایران');
    // An editor adds a post he held before, as they add a name.
    const roles = page.getByTestId('entity-roles');
    await roles.locator('input').nth(0).fill('نماینده دائم ایران در سازمان ملل');
    await roles.locator('input').nth(1).fill('۲۰۰۲');
    await roles.locator('input').nth(2).fill('2007');
    await roles.getByTestId('entity-role-add').click();
    await expect.poll(() => page.getByTestId('entity-role').count()).toBe(2);
    expect(suite.session.archive.services.getEntity({ id: ZARIF }).entity.roles.map((role) => [role.title, role.from, role.to])).toEqual([
      ['وزیر امور خارجه', 2013, 2021],
      ['نماینده دائم ایران در سازمان ملل', 2002, 2007],
    ]);

    // Nobody has confirmed him in either story yet: the page says so and offers them right there.
    expect(await page.getByTestId('entity-timeline-empty').textContent()).toContain('۲ خبر این نام را دارند');
    await page.getByTestId('entity-confirm-all').click();
    await expect.poll(() => page.getByTestId('entity-timeline-item').count()).toBe(2);
    expect(stateIn(suite.session.archive, interviewId, ZARIF)).toBe('confirmed');
    expect(stateIn(suite.session.archive, sampleId, ZARIF)).toBe('confirmed');
    // The undated sample stands apart, last, not under the month it was imported in.
    const months = await page.locator('.entity-timeline__month-heading > span:first-child').allTextContents();
    expect(months).toEqual(['اردیبهشت ۱۴۰۳', 'بدون تاریخ']);

    // The quote's link opens the article.
    await quotes.first().getByTestId('entity-quote-article').click();
    await expect.poll(() => app.hashParam('article')).toBe(interviewId);
    await expect.poll(() => app.headline.inputValue()).toBe('ظریف: مذاکرات ادامه دارد');
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('proposes a name found by its title in the panel, adds it as a person, and `@` offers to add a name nobody has', async () => {
    const { app, seeded: articleId } = await start((archive) =>
      archive.articles.create({ headline: 'نشست خبری هفتگی', body: bodyFromPlainText(BRIEFING) }).id,
    );
    const archive = suite.session.archive;
    await app.openArticle('نشست خبری هفتگی');
    const proposal = app.page.getByTestId('name-proposal');
    await expect.poll(() => proposal.count()).toBe(1);
    expect(await proposal.textContent()).toContain('اسماعیل بقائی');
    expect(await proposal.textContent()).toContain('سخنگوی وزارت امور خارجه');
    // He is quoted too, by name, before he is among the names.
    const quote = app.page.getByTestId('article-quote');
    await expect.poll(() => quote.count()).toBe(1);
    expect(await quote.textContent()).toContain('اسماعیل بقائی (هنوز در نام‌ها نیست)');

    await proposal.getByTestId('name-proposal-add').click();
    await expect.poll(() => proposal.count()).toBe(0);
    const confirmed = app.page.getByTestId('mentions-confirmed').getByTestId('mention-item').filter({ hasText: 'اسماعیل بقائی' });
    await expect.poll(() => confirmed.count()).toBe(1);
    await expect.poll(() => quote.getByTestId('quote-person-link').textContent()).toBe('اسماعیل بقائی');
    const person = archive.services.listEntities({ query: 'اسماعیل بقائی', kind: 'person' }).items[0];
    expect(archive.services.getEntity({ id: person.id }).entity.description).toBe('سخنگوی وزارت امور خارجه');

    // `@` with a name nobody has: the menu offers to add it, and the words become a mention.
    await app.body.click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('@نبیه بری');
    const create = app.page.getByTestId('entity-create');
    await expect.poll(() => create.textContent()).toBe('+ افزودن «نبیه بری» به نام‌ها');
    await create.click();
    const token = app.body.locator('.entity-mention', { hasText: 'نبیه بری' });
    await expect.poll(() => token.count()).toBe(1);
    await app.waitUntilSaved();
    const added = archive.services.listEntities({ query: 'نبیه بری', kind: 'person' }).items;
    expect(added.map((item) => item.canonical)).toEqual(['نبیه بری']);
    expect(stateIn(archive, articleId, added[0].id)).toBe('confirmed');
    expect(suite.session.pageErrors).toEqual([]);
  });
});
