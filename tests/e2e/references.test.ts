/**
 * References in the body, end to end (the acceptance test): an `@` mention of an entity
 * and a `[[` link to an earlier article, typed in a new article in Chromium through the real
 * browser shell, on a fresh archive seeded beforehand. Both survive a reload; the mention leads
 * to the entity's page, whose timeline now lists the article; the link opens the earlier
 * article, which counts the new one among the articles referring to it.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { useBrowserSuite } from '../support/browser-suite';
import { DeskPage } from '../support/desk-page';
import { moveCaret } from '../support/editor-keys';

const OIC = 'سازمان همکاری اسلامی';
const EARLIER = {
  headline: 'نشست فوق‌العاده سازمان همکاری اسلامی در جاکارتا آغاز شد',
  datelineDate: '2017-12-13', // ۲۲ آذر ۱۳۹۶
  status: 'published' as const,
  desk: 'سیاسی',
  text: 'وزیران خارجه کشورهای عضو در جاکارتا گرد آمدند.\nدستور کار نشست وضعیت قدس بود.',
};
const NEW_HEADLINE = 'دیدار وزیران خارجه در حاشیهٔ نشست جده';

/** The page object: the editor's typeaheads and tokens, and the entity page. */
class ReferencesPage extends DeskPage {
  get mentions(): Locator {
    return this.body.locator('.entity-mention');
  }

  get articleLinks(): Locator {
    return this.body.locator('.article-link');
  }

  get entityOptions(): Locator {
    return this.page.getByTestId('entity-typeahead').getByTestId('entity-option');
  }

  get articleOptions(): Locator {
    return this.page.getByTestId('article-typeahead').getByTestId('article-option');
  }

  async newArticle(headline: string): Promise<void> {
    await this.page.getByTestId('new-article').click();
    await expect.poll(() => this.hashParam('article')).not.toBeNull();
    await this.page.getByTestId('headline').fill(headline);
  }

  /**
   * Waits until the typeahead lists exactly `names` (the answer to the text typed last) and is
   * settled: Lexical's match has caught up with that answer, so the highlight stays where the
   * keys put it (the menu moves it back to the first option whenever its match changes).
   */
  async waitForOptions(options: Locator, names: string[]): Promise<void> {
    await expect.poll(() => options.locator('.typeahead__primary').allTextContents(), { timeout: 10_000 }).toEqual(names);
    await expect.poll(() => this.page.locator('.typeahead').getAttribute('aria-busy')).toBe('false');
  }

  /** Moves the highlight with the arrow keys to the option named `name`, and picks it with Enter. */
  async pickWithKeyboard(options: Locator, name: string): Promise<void> {
    const names = await options.locator('.typeahead__primary').allTextContents();
    const index = names.indexOf(name);
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i += 1) await this.page.keyboard.press('ArrowDown');
    await expect.poll(() => options.nth(index).getAttribute('aria-selected')).toBe('true');
    await this.page.keyboard.press('Enter');
  }
}

const suite = useBrowserSuite();

function seedEarlierArticle(archive: Archive): string {
  const { text, ...fields } = EARLIER;
  return archive.articles.create({ ...fields, body: bodyFromPlainText(text) }).id;
}

/** A fresh archive holding the earlier article, then the app open on it. */
async function start(): Promise<{ app: ReferencesPage; earlierId: string; oicId: string }> {
  const { session, page, seeded: earlierId } = await suite.open(seedEarlierArticle);
  const app = new ReferencesPage(page);
  // The gazetteer is loaded in every new archive; the OIC is one of its organisations.
  const oic = session.archive.services.listEntities({ query: OIC, kind: 'organisation' }).items.find((e) => e.canonical === OIC);
  expect(oic).toBeDefined();
  return { app, earlierId, oicId: oic!.id };
}

describe('references in the body', () => {
  it('keeps an @mention and a [[link]] across a reload, and both lead where they point', async () => {
    const { app, earlierId, oicId } = await start();
    const services = suite.session.archive.services;
    await app.newArticle(NEW_HEADLINE);

    await app.body.click();
    await app.page.keyboard.type('وزیران خارجه کشورهای عضو ');
    // By a word inside the name: the OIC is not the first name offered, so the arrows must move.
    await app.page.keyboard.type('@همکاری');
    const expectedNames = services.suggestEntities({ text: 'همکاری', limit: 8 }).map((entity) => entity.canonical);
    expect(expectedNames.indexOf(OIC)).toBeGreaterThan(0);
    await app.waitForOptions(app.entityOptions, expectedNames);
    await app.pickWithKeyboard(app.entityOptions, OIC);
    await app.page.getByTestId('entity-typeahead').waitFor({ state: 'detached' });
    await expect.poll(() => app.mentions.allTextContents()).toEqual([OIC]);

    await app.page.keyboard.type('در جده گرد آمدند و از ');
    await app.page.keyboard.type('[[نشست فوق');
    await app.waitForOptions(app.articleOptions, [EARLIER.headline]);
    // The option shows the earlier story's day in the Solar Hijri calendar.
    expect(await app.articleOptions.first().textContent()).toContain('۲۲ آذر ۱۳۹۶');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.articleLinks.allTextContents()).toEqual([EARLIER.headline]);
    await app.page.keyboard.type('یاد کردند.');

    const bodyText = await app.body.textContent();
    expect(bodyText).toBe(`وزیران خارجه کشورهای عضو ${OIC} در جده گرد آمدند و از ${EARLIER.headline} یاد کردند.`);
    expect(bodyText).not.toContain('@');
    expect(bodyText).not.toContain('[[');

    await app.waitUntilSaved();
    const newId = (await app.hashParam('article'))!;
    await app.page.reload();
    await app.body.locator('p').first().waitFor();

    expect(await app.mentions.allTextContents()).toEqual([OIC]);
    expect(await app.mentions.first().getAttribute('data-entity-id')).toBe(oicId);
    expect(await app.articleLinks.allTextContents()).toEqual([EARLIER.headline]);
    expect(await app.articleLinks.first().getAttribute('data-article-id')).toBe(earlierId);

    // The mention opens the OIC's page, whose timeline now lists this article.
    await app.mentions.first().click();
    const entityPage = app.page.getByTestId('entity-page');
    await entityPage.waitFor();
    await expect.poll(() => entityPage.getByTestId('entity-title').textContent()).toBe(OIC);
    await expect
      .poll(() => entityPage.getByTestId('entity-timeline-item').allTextContents())
      .toEqual([expect.stringContaining(NEW_HEADLINE)]);
    expect(await app.hashParam('entity')).toBe(oicId);
    expect(await app.body.isVisible()).toBe(false);

    // Back to the article, as it was; then its [[link]] opens the earlier article.
    await app.page.getByTestId('view-back').click();
    await app.body.waitFor({ state: 'visible' });
    expect(await app.hashParam('entity')).toBeNull();
    expect(await app.hashParam('article')).toBe(newId);
    await app.articleLinks.first().click();
    await expect.poll(() => app.page.getByTestId('headline').inputValue()).toBe(EARLIER.headline);
    expect(await app.hashParam('article')).toBe(earlierId);

    // The earlier article counts the new one among the articles referring to it.
    expect(services.getArticle({ id: earlierId }).backlinks).toEqual([
      { articleId: newId, headline: NEW_HEADLINE, type: 'related', origin: 'inline' },
    ]);
    if ((await app.page.getByText('ارجاع‌دهنده‌ها').count()) > 0) {
      await expect.poll(() => app.page.getByTestId('backlinks').textContent()).toContain(NEW_HEADLINE);
    }
    // The mention is a confirmed mention of the OIC in the new article.
    expect(services.getArticleMentions({ id: newId })).toContainEqual(
      expect.objectContaining({ entity: expect.objectContaining({ id: oicId }), state: 'confirmed', origin: 'inline' }),
    );
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('picks with the mouse too, and keeps both tokens when the body is copied and pasted', async () => {
    const { app, earlierId, oicId } = await start();
    await suite.session.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.newArticle('آزمایش رونوشت');
    await app.body.click();
    await app.page.keyboard.type('@سازمان همکاری اسلامی');
    const names = suite.session.archive.services.suggestEntities({ text: OIC, limit: 8 }).map((entity) => entity.canonical);
    await app.waitForOptions(app.entityOptions, names);
    // Picked with the mouse this time; the caret stays in the body, after the name and a space.
    await app.entityOptions.filter({ hasText: OIC }).click();
    await expect.poll(() => app.mentions.count()).toBe(1);
    await app.page.keyboard.type('و ');
    await app.page.keyboard.type('[[جاکارتا');
    await app.waitForOptions(app.articleOptions, [EARLIER.headline]);
    await app.page.keyboard.press('Tab');
    await expect.poll(() => app.articleLinks.count()).toBe(1);

    const line = `${OIC} و ${EARLIER.headline} `;
    await app.page.keyboard.press('Control+A');
    await expect.poll(() => app.page.evaluate(() => String(window.getSelection()))).toBe(line);
    await app.page.keyboard.press('Control+C');
    await expect.poll(() => app.page.evaluate(() => navigator.clipboard.readText())).toBe(line);
    // Enter on the whole line still selected would replace it.
    await moveCaret(app.page, 'Control+End');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.body.locator('p').count()).toBe(2);
    await app.page.keyboard.press('Control+V');

    await expect.poll(() => app.body.locator('p').nth(1).textContent(), { timeout: 5_000 }).toBe(line);
    expect(await app.mentions.count()).toBe(2);
    expect(await app.articleLinks.count()).toBe(2);
    await app.waitUntilSaved();
    const id = (await app.hashParam('article'))!;
    const saved = JSON.stringify(suite.session.archive.services.getArticle({ id }).body);
    expect(saved.split(`"entityId":"${oicId}"`).length - 1).toBe(2);
    expect(saved.split(`"articleId":"${earlierId}"`).length - 1).toBe(2);
  });

  it('waits for the answer to the letters typed when Enter comes before it', async () => {
    const { app } = await start();
    const services = suite.session.archive.services;
    const typed = 'سازمان همکاری ش';
    const fresh = services.suggestEntities({ text: typed, limit: 8 })[0].canonical;
    // The list on screen while the last answer is held back: the one for the text before «ش».
    const stale = services.suggestEntities({ text: 'سازمان همکاری ', limit: 8 })[0].canonical;
    expect(fresh).not.toBe(stale);
    // The archive's answer to the full text is held back until the test lets it go.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await app.page.route('**/api/suggestEntities', async (route) => {
      if ((route.request().postDataJSON() as { text: string }).text === typed) {
        asked = true;
        await held;
      }
      await route.continue();
    });

    try {
      await app.newArticle('آزمایش شتاب');
      await app.body.click();
      await app.page.keyboard.type(`@${typed}`);
      await expect.poll(() => asked).toBe(true);
      await expect.poll(() => app.entityOptions.locator('.typeahead__primary').allTextContents()).toContain(stale);
      expect(await app.entityOptions.first().locator('.typeahead__primary').textContent()).toBe(stale);
      // Assistive technology is told the list is about to change.
      await expect.poll(() => app.page.getByTestId('entity-typeahead').getAttribute('aria-busy')).toBe('true');
      await app.page.keyboard.press('Enter');
      expect(await app.mentions.count()).toBe(0);
    } finally {
      release();
    }
    await expect.poll(() => app.mentions.allTextContents()).toEqual([fresh]);
    // Enter picked; it did not also break the line.
    expect(await app.body.locator('p').count()).toBe(1);
  });

  it('closes the @ menu on Escape and keeps it closed for that @', async () => {
    const { app } = await start();
    await app.newArticle('آزمایش گریز');
    await app.body.click();
    await app.page.keyboard.type('@ایران');
    await app.page.getByTestId('entity-typeahead').waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.getByTestId('entity-typeahead').waitFor({ state: 'detached' });
    await app.page.keyboard.type(' امروز');
    // The save comes a second after the last keystroke: time enough for a menu to come back.
    await app.waitUntilSaved();
    expect(await app.page.getByTestId('entity-typeahead').count()).toBe(0);
    expect(await app.mentions.count()).toBe(0);
    expect(await app.body.textContent()).toBe('@ایران امروز');
  });
});
