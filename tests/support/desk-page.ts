/**
 * The base of the browser specs' page objects: what every spec reads on the desk (the article
 * list, the open article's headline, body and save status, the search results, the route in
 * the address's hash) and how a writer types a half-space. Each spec's page object extends it
 * with what only that spec needs.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The half-space (zero-width non-joiner) that Persian writes inside words like «می‌شود». */
export const ZWNJ = '\u200C';

/** What the save status starts with once the archive has confirmed the last change. */
export const SAVED_TEXT = 'ذخیره شد';

export class DeskPage {
  constructor(readonly page: Page) {}

  get articleItems(): Locator {
    return this.page.getByTestId('article-list').getByTestId('article-item');
  }

  /** The article's row in the list, found by id rather than by a headline that may change. */
  articleItem(articleId: string): Locator {
    return this.page.locator(`[data-testid="article-item"][data-article-id="${articleId}"]`);
  }

  get headline(): Locator {
    return this.page.getByTestId('headline');
  }

  get body(): Locator {
    return this.page.getByTestId('editor');
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  get searchResults(): Locator {
    return this.page.getByTestId('search-results').getByTestId('search-result');
  }

  /** The save phase: dirty, saving, saved or error. */
  saveState(): Promise<string | null> {
    return this.saveStatus.getAttribute('data-state');
  }

  /** Waits until the last change is confirmed by the archive (the debounce is about 1 s). */
  async waitUntilSaved(): Promise<void> {
    await expect.poll(() => this.saveState(), { timeout: 10_000 }).toBe('saved');
    expect(await this.saveStatus.textContent()).toContain(SAVED_TEXT);
  }

  /** One parameter of the app's route (`#article=…&entity=…`), or null when it is not there. */
  hashParam(name: string): Promise<string | null> {
    return this.page.evaluate((key) => new URLSearchParams(window.location.hash.slice(1)).get(key), name);
  }

  /** Types text where `‌` marks a Shift+Space (the half-space key), as a writer would press it. */
  async typeWithHalfSpaces(text: string): Promise<void> {
    for (const [index, part] of text.split(ZWNJ).entries()) {
      if (index > 0) await this.page.keyboard.press('Shift+Space');
      if (part) await this.page.keyboard.type(part);
    }
  }
}

/** A desk page over an archive seeded with named articles: `ids` gives each name's article id. */
export class SeededDeskPage<Name extends string> extends DeskPage {
  constructor(
    page: Page,
    readonly ids: Record<Name, string>,
  ) {
    super(page);
  }
}
