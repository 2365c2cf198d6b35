/**
 * The article editor end to end: the real browser shell on a fresh archive per test, Debian's
 * Chromium, and nothing mocked except, in the failure tests, the network reply to one call.
 * The hooks (`data-testid`) are the renderer's public test surface; `EditorPage` below is the
 * page object that keeps the specs readable.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite';
import { DeskPage, SAVED_TEXT, ZWNJ } from '../support/desk-page';
import { moveCaret, waitForEditorToHoldSelection } from '../support/editor-keys';

class EditorPage extends DeskPage {
  async newArticle(): Promise<void> {
    const before = await this.articleItems.count();
    await this.page.getByTestId('new-article').click();
    await expect.poll(() => this.articleItems.count()).toBe(before + 1);
    await this.headline.waitFor();
  }

  /**
   * Selects `length` characters ending `fromEnd` characters before the end of the current
   * right-to-left paragraph. In RTL, ArrowRight moves the caret logically backwards.
   */
  async selectBackwardsInRtl(fromEnd: number, length: number): Promise<void> {
    await this.page.keyboard.press('End');
    for (let i = 0; i < fromEnd; i += 1) await this.page.keyboard.press('ArrowRight');
    await this.page.keyboard.down('Shift');
    for (let i = 0; i < length; i += 1) await this.page.keyboard.press('ArrowRight');
    await this.page.keyboard.up('Shift');
    await waitForEditorToHoldSelection(this.page);
  }

  /** The page's selected text; Lexical settles its DOM selection after a format change. */
  selectedText(): Promise<string> {
    return this.page.evaluate(() => String(window.getSelection() ?? ''));
  }

  async paragraphWith(text: string): Promise<Locator> {
    const paragraph = this.body.locator('p', { hasText: text });
    expect(await paragraph.count()).toBe(1);
    return paragraph;
  }
}

const suite = useBrowserSuite();

async function start(): Promise<EditorPage> {
  const { page } = await suite.open();
  return new EditorPage(page);
}

describe('article editor', () => {
  it('keeps a Persian article with a half-space, bold and a Latin paragraph across a reload', async () => {
    const app = await start();
    await app.newArticle();

    const headline = `نشست سران کشورهای اسلامی در جاکارتا آغاز می${ZWNJ}شود`;
    await app.headline.click();
    await app.typeWithHalfSpaces(headline);
    expect(await app.headline.inputValue()).toBe(headline);

    await app.body.click();
    await app.typeWithHalfSpaces(`سخنگوی وزارت خارجه گفت این توافق اجرا می${ZWNJ}شود و نتیجه روشن است.`);
    // «روشن» sits five characters before the end: « است.»
    await app.selectBackwardsInRtl(5, 'روشن'.length);
    expect(await app.selectedText()).toBe('روشن');
    await app.page.keyboard.press('Control+B');
    await expect.poll(() => app.body.locator('strong').allTextContents()).toEqual(['روشن']);
    await expect.poll(() => app.selectedText()).toBe('روشن');
    await moveCaret(app.page, 'End');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('The OIC summit opened in Jakarta.');

    await app.waitUntilSaved();
    await app.page.reload();
    await app.body.locator('p').first().waitFor();

    expect(await app.headline.inputValue()).toBe(headline);
    const bodyText = (await app.body.textContent()) ?? '';
    expect(bodyText).toContain(ZWNJ);
    expect(bodyText).toContain(`می${ZWNJ}شود و نتیجه روشن است.`);
    expect(await app.body.locator('strong.ae-bold').allTextContents()).toEqual(['روشن']);
    expect(await (await app.paragraphWith('The OIC summit')).getAttribute('dir')).toBe('ltr');
    expect(await (await app.paragraphWith('سخنگوی وزارت خارجه')).getAttribute('dir')).toBe('rtl');

    await expect.poll(() => app.articleItems.count()).toBe(1);
    expect(await app.articleItems.first().textContent()).toContain('نشست سران کشورهای اسلامی');
    expect(await app.saveStatus.textContent()).toContain(SAVED_TEXT);
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('types a half-space, never a plain space, for Shift+Space and Ctrl+Shift+2', async () => {
    const app = await start();
    await app.newArticle();
    await app.body.click();
    await app.page.keyboard.type('می');
    await app.page.keyboard.press('Shift+Space');
    await app.page.keyboard.type('شود، نمی');
    await app.page.keyboard.press('Control+Shift+Digit2');
    await app.page.keyboard.type('توان');
    expect(await app.body.textContent()).toBe(`می${ZWNJ}شود، نمی${ZWNJ}توان`);

    await app.headline.click();
    await app.page.keyboard.type('بین');
    await app.page.keyboard.press('Shift+Space');
    await app.page.keyboard.type('المللی');
    expect(await app.headline.inputValue()).toBe(`بین${ZWNJ}المللی`);
  });

  it('lists the newest article first, with a placeholder for one without a headline', async () => {
    const app = await start();
    await app.newArticle();
    await app.headline.click();
    await app.page.keyboard.type('خبر نخست');
    await app.waitUntilSaved();
    await app.newArticle();

    await expect.poll(() => app.articleItems.count()).toBe(2);
    expect(await app.articleItems.nth(0).textContent()).toContain('بی‌تیتر');
    expect(await app.articleItems.nth(1).textContent()).toContain('خبر نخست');
    expect(await app.articleItems.nth(0).getAttribute('aria-current')).toBe('true');

    await app.articleItems.nth(1).click();
    await expect.poll(() => app.headline.inputValue()).toBe('خبر نخست');
  });

  it('shows the disk-full message, keeps the text, and saves it when retried', async () => {
    const app = await start();
    await app.newArticle();
    await app.page.route('**/api/saveArticle', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: { code: 'disk_full', message: 'SQLITE_FULL' } }),
      }),
    );
    await app.body.click();
    await app.page.keyboard.type('متنی که نباید گم شود');

    await expect.poll(() => app.saveState(), { timeout: 10_000 }).toBe('error');
    expect(await app.saveStatus.textContent()).toBe('دیسک پر است؛ تغییرات شما هنوز در این پنجره است و ذخیره نشده.');
    expect(await app.body.textContent()).toBe('متنی که نباید گم شود');

    await app.page.unroute('**/api/saveArticle');
    await app.page.getByRole('button', { name: 'دوباره ذخیره کن' }).click();
    await app.waitUntilSaved();
    await app.page.reload();
    await expect.poll(() => app.body.textContent()).toBe('متنی که نباید گم شود');
  });

  it('says the archive is unreachable when a save cannot be sent', async () => {
    const app = await start();
    await app.newArticle();
    await app.page.route('**/api/saveArticle', (route) => route.abort('connectionrefused'));
    await app.headline.click();
    await app.page.keyboard.type('تیتر');
    await expect.poll(() => app.saveState(), { timeout: 10_000 }).toBe('error');
    expect(await app.saveStatus.textContent()).toContain('ارتباط با بایگانی برقرار نیست');
    expect(await app.headline.inputValue()).toBe('تیتر');
  });
});
