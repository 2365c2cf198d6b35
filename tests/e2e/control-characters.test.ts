/**
 * Text pasted from elsewhere with control characters in it (a form feed, an escape byte)
 * reaches the archive without them: the archive refuses them, so the editor and the fields
 * take them out as they arrive, and the save goes through.
 */
import { describe, expect, it } from 'vitest';
import { bodyFromPlainText } from '../../db/editor/headless';
import { useBrowserSuite } from '../support/browser-suite';
import { DeskPage } from '../support/desk-page';

const suite = useBrowserSuite();

describe('control characters', () => {
  it('takes them out of pasted body text and typed fields, and saves', async () => {
    const { page, seeded: id } = await suite.open((archive) =>
      archive.articles.create({ headline: 'نشست جاکارتا', body: bodyFromPlainText('بند نخست') }).id,
    );
    const desk = new DeskPage(page);
    await desk.articleItem(id).click();
    await expect.poll(() => desk.headline.inputValue()).toBe('نشست جاکارتا');

    await desk.headline.fill('نشست\u0007 فوق‌العاده\u001b[31m جاکارتا');
    await desk.body.click();
    await page.keyboard.press('End');
    // Typed, not pasted: pasting trims the text it brings in.
    await page.keyboard.type(' ');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'متن\u000c چسبانده\u001b[2J شده');
      document.querySelector('[data-testid="editor"]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await desk.waitUntilSaved();
    const saved = suite.session.archive.services.getArticle({ id });
    expect(saved.headline).toBe('نشست فوق‌العاده[31m جاکارتا');
    expect(saved.bodyText).toBe('بند نخست متن چسبانده[2J شده');
    expect(suite.session.pageErrors).toEqual([]);
  });
});
