/**
 * The editor as a Persian news desk uses it (issue 11), end to end in Chromium through the
 * browser shell on a fresh archive per test: the half-space in every field, tidy typography
 * with its report and one undo, bidi (a Latin name with its comma, a paragraph direction set
 * by hand), offline spelling, find and replace with folding, sanitised paste, the documents
 * (DOCX, plain text, PDF from the print preview) and the dark theme.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Download, Locator } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../support/browser-shell';
import { useBrowserSuite } from '../support/browser-suite';
import { DeskPage, ZWNJ } from '../support/desk-page';
import { moveCaret, waitForEditorToHoldSelection } from '../support/editor-keys';

/** Screenshots a person can look at after a run: out/test-screenshots/. */
const SCREENSHOTS = join(REPOSITORY_ROOT, 'out', 'test-screenshots');

class PersianEditorPage extends DeskPage {
  async newArticle(): Promise<void> {
    const before = await this.articleItems.count();
    await this.page.getByTestId('new-article').click();
    await expect.poll(() => this.articleItems.count()).toBe(before + 1);
    await this.headline.waitFor();
  }

  /** A new article whose body is `paragraphs`, typed as a writer types them. */
  async articleWithBody(...paragraphs: string[]): Promise<void> {
    await this.newArticle();
    await this.body.click();
    for (const [index, paragraph] of paragraphs.entries()) {
      if (index > 0) await this.page.keyboard.press('Enter');
      await this.page.keyboard.insertText(paragraph);
    }
    await expect.poll(() => this.body.locator('p').count()).toBe(paragraphs.length);
  }

  paragraphs(): Promise<string[]> {
    return this.body.locator('p').allTextContents();
  }

  /** Types `before`, Shift+Space, `after` into a field and says what the field holds. */
  async halfSpaceIn(field: Locator, before: string, after: string): Promise<string> {
    await field.click();
    await this.page.keyboard.type(before);
    await this.page.keyboard.press('Shift+Space');
    await this.page.keyboard.type(after);
    return field.inputValue();
  }

  async download(testId: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    return { name: download.suggestedFilename(), bytes: readFileSync(await savedPath(download)) };
  }

  /** Pastes as the browser does: a paste event carrying the clipboard's HTML and text. */
  async paste(html: string, text: string): Promise<void> {
    await this.body.evaluate(
      (element, data) => {
        const clipboardData = new DataTransfer();
        if (data.html) clipboardData.setData('text/html', data.html);
        clipboardData.setData('text/plain', data.text);
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
      },
      { html, text },
    );
  }
}

async function savedPath(download: Download): Promise<string> {
  const path = await download.path();
  if (!path) throw new Error(`download failed: ${await download.failure()}`);
  return path;
}

const suite = useBrowserSuite();

async function start(): Promise<PersianEditorPage> {
  const { page } = await suite.open();
  return new PersianEditorPage(page);
}

describe('a Persian news desk’s editor', () => {
  it('types a half-space with Shift+Space in every field: head fields, details, tags, search, find and the body', async () => {
    const app = await start();
    await app.newArticle();
    const page = app.page;
    const fields: Array<[string, Locator]> = [
      ['kicker', page.getByTestId('kicker')],
      ['headline', app.headline],
      ['lead', page.getByTestId('lead')],
      ['byline', page.getByLabel('نویسنده', { exact: true })],
      ['dateline', page.getByLabel('محل خبر', { exact: true })],
      ['tag', page.getByTestId('tag-input')],
      ['search', page.getByTestId('search-input')],
    ];
    for (const [name, field] of fields) {
      expect(await app.halfSpaceIn(field, 'می', 'شود'), name).toBe(`می${ZWNJ}شود`);
    }
    await page.keyboard.press('Escape');

    await app.body.click();
    await page.keyboard.press('Control+h');
    expect(await app.halfSpaceIn(page.getByTestId('find-input'), 'بین', 'المللی')).toBe(`بین${ZWNJ}المللی`);
    expect(await app.halfSpaceIn(page.getByTestId('replace-input'), 'تحریم', 'ها')).toBe(`تحریم${ZWNJ}ها`);

    await app.body.click();
    await moveCaret(page, 'Control+End');
    await app.typeWithHalfSpaces(`نمی${ZWNJ}توان`);
    expect(await app.body.textContent()).toBe(`نمی${ZWNJ}توان`);

    // The invisibles toggle marks the half-space without changing the text.
    await page.getByTestId('show-invisibles').click();
    await expect.poll(() => page.locator('.invisible-mark[data-kind="zwnj"]').count()).toBe(1);
    expect(await app.body.textContent()).toBe(`نمی${ZWNJ}توان`);
    await page.getByTestId('show-invisibles').click();
    expect(await page.locator('.invisible-mark').count()).toBe(0);
  });

  it('tidies a messy paragraph in one step, says what it fixed, and one undo restores it', async () => {
    const app = await start();
    const messy = 'وزير امور خارجه ايران گفت: "مذاكرات ادامه مي يابد" . كشور ها   آماده اند , گروه 5+1 در سال 1376 چه گفت ?';
    await app.articleWithBody(messy, 'The IAEA met in 2015, and G20 too.');

    await app.page.getByTestId('tidy-typography').click();
    const report = app.page.getByTestId('tidy-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('۳ نیم‌فاصله، ۴ ی عربی، ۲ ک عربی، ۱ عدد فارسی، ۱ گیومه، ۲ نشانهٔ فارسی، ۴ فاصله');
    expect(await app.paragraphs()).toEqual([
      `وزیر امور خارجه ایران گفت: «مذاکرات ادامه می${ZWNJ}یابد». کشور${ZWNJ}ها آماده${ZWNJ}اند، گروه 5+1 در سال ۱۳۷۶ چه گفت؟`,
      'The IAEA met in 2015, and G20 too.',
    ]);

    await app.body.click();
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.paragraphs()).toEqual([messy, 'The IAEA met in 2015, and G20 too.']);

    // Ctrl+Shift+T does the same from the keyboard; the redone text is saved as shown.
    await app.page.keyboard.press('Control+Shift+KeyT');
    await expect.poll(async () => (await app.paragraphs())[0]).toContain('«مذاکرات ادامه می‌یابد»');
    await app.waitUntilSaved();
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('keeps a Persian paragraph that starts with a Latin name right-to-left, its comma on the left of the name', async () => {
    const app = await start();
    const text = 'IAEA، در بیانیه‌ای اعلام کرد که بازرسان هفته آینده به تهران سفر می‌کنند.';
    await app.articleWithBody(text, 'NATO leaders met in Brussels, and the IAEA reported.');
    const persian = app.body.locator('p').nth(0);
    expect(await persian.getAttribute('dir')).toBe('rtl');
    expect(await app.body.locator('p').nth(1).getAttribute('dir')).toBe('ltr');

    // DOM: the comma after IAEA is drawn to its left, the full stop at the paragraph's left end.
    const boxes = await persian.evaluate((element) => {
      const text = element.querySelector('span')!.firstChild as Text;
      const box = (start: number, end: number) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        const rect = range.getBoundingClientRect();
        return { left: rect.left, right: rect.right };
      };
      const data = text.data;
      return { name: box(0, 4), comma: box(4, 5), stop: box(data.length - 1, data.length), paragraph: element.getBoundingClientRect().right };
    });
    expect(boxes.comma.right).toBeLessThanOrEqual(boxes.name.left + 1);
    expect(boxes.name.right).toBeGreaterThan(boxes.paragraph - 20);
    expect(boxes.stop.left).toBeLessThan(boxes.name.left);

    // Screenshot: the paragraph looks exactly as the browser sets the same text in a plain
    // right-to-left paragraph of the same box (a copy of the editor that Lexical does not manage).
    await app.body.click();
    await moveCaret(app.page, 'Control+End');
    await app.page.evaluate((value) => {
      const editor = document.querySelector('[data-testid="editor"]')!;
      const copy = editor.cloneNode(true) as HTMLElement;
      for (const name of ['contenteditable', 'data-lexical-editor', 'data-testid', 'role']) copy.removeAttribute(name);
      copy.id = 'reference-rtl';
      const paragraph = copy.querySelector('p')!;
      paragraph.setAttribute('dir', 'rtl');
      paragraph.replaceChildren(Object.assign(document.createElement('span'), { textContent: value }));
      editor.after(copy);
    }, text);
    const shown = await persian.screenshot();
    const expected = await app.page.locator('#reference-rtl p').first().screenshot();
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'latin-name-comma.png'), shown);
    expect(shown.equals(expected)).toBe(true);
  });

  it('keeps a paragraph direction set by hand, and an isolated Latin run, across a reload', async () => {
    const app = await start();
    await app.articleWithBody('سخنگوی وزارت خارجه گفت مذاکرات ادامه دارد.', 'این بند را چپ‌به‌راست می‌خواهیم.', 'G20، در نشست امروز شرکت کرد.');

    // Isolate «G20» in the third paragraph: the isolate marks go around it, in the text.
    await app.body.locator('p').nth(2).evaluate((paragraph) => {
      const text = paragraph.querySelector('span')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 3);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await waitForEditorToHoldSelection(app.page);
    await app.page.getByTestId('bidi-isolate').click();
    await expect.poll(async () => (await app.paragraphs())[2]).toBe('\u2068G20\u2069، در نشست امروز شرکت کرد.');

    await app.body.locator('p').nth(1).click();
    await app.page.getByTestId('paragraph-direction').selectOption('ltr');
    await expect.poll(() => app.body.locator('p').nth(1).getAttribute('dir')).toBe('ltr');
    expect(await app.page.getByTestId('paragraph-direction').inputValue()).toBe('ltr');

    // Typing more Persian does not flip it back: the choice was the writer's.
    await moveCaret(app.page, 'End');
    await app.page.keyboard.type(' و باز هم فارسی');
    expect(await app.body.locator('p').nth(1).getAttribute('dir')).toBe('ltr');

    await app.waitUntilSaved();
    await app.page.reload();
    await app.body.locator('p').nth(1).waitFor();
    expect(await app.body.locator('p').nth(0).getAttribute('dir')).toBe('rtl');
    expect(await app.body.locator('p').nth(1).getAttribute('dir')).toBe('ltr');
    expect((await app.paragraphs())[2]).toBe('\u2068G20\u2069، در نشست امروز شرکت کرد.');
    // And in the export: the paragraph's direction and the isolated run.
    const articleId = (await app.hashParam('article'))!;
    const html = suite.session.archive.services.exportArticle({ id: articleId, format: 'html' }).content;
    expect(html).toMatch(/<p dir="ltr"[^>]*>.*این بند را/);
    expect(html).toContain('\u2068G20\u2069، در نشست');
    await app.body.locator('p').nth(1).click();
    await expect.poll(() => app.page.getByTestId('paragraph-direction').inputValue()).toBe('ltr');

    // Back to automatic: the Persian paragraph runs right-to-left again.
    await app.page.getByTestId('paragraph-direction').selectOption('auto');
    await expect.poll(() => app.body.locator('p').nth(1).getAttribute('dir')).toBe('rtl');
  });

  it('underlines a misspelled Persian word but not a word joined by a half-space, and learns a word added to the newsroom dictionary', async () => {
    const app = await start();
    await app.articleWithBody(`بازرسان آژانس به تهران سفر می${ZWNJ}کنند و کشور${ZWNJ}ها و کتابب را دیدند.`);
    const errors = app.page.getByTestId('spelling-error');
    // The Persian dictionary loads in a worker in a few seconds; typing never waits for it.
    await expect.poll(() => errors.evaluateAll((lines) => lines.map((line) => (line as HTMLElement).dataset.word)), { timeout: 45_000 }).toEqual(['کتابب']);

    await errors.first().evaluate((line) => line.getBoundingClientRect());
    const word = app.body.getByText('کتابب', { exact: false });
    const box = await app.page.evaluate(() => {
      const text = document.querySelector('[data-testid="editor"] p span')!.firstChild as Text;
      const at = text.data.indexOf('کتابب');
      const range = document.createRange();
      range.setStart(text, at + 1);
      range.setEnd(text, at + 2);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    expect(await word.count()).toBe(1);
    await app.page.mouse.click(box.x, box.y, { button: 'right' });
    const menu = app.page.getByTestId('spelling-menu');
    await menu.waitFor();
    await expect.poll(() => menu.locator('.spelling-menu__item--suggestion').allTextContents(), { timeout: 20_000 }).toContain('کتاب');
    await app.page.getByTestId('spelling-add').click();
    await expect.poll(() => errors.count()).toBe(0);
    expect(suite.session.archive.dictionary.lexicon().words).toEqual(['کتابب']);
  });

  it('moves the underlines with the words when the app’s font arrives after they were drawn', async () => {
    // The font files are held back (a slow disk) until the underline has been drawn over the
    // text as laid out in the fallback font.
    let release!: () => void;
    const fontArrives = new Promise<void>((resolve) => (release = resolve));
    const { page } = await suite.open(undefined, {
      beforeLoad: (page) =>
        page.route(/\.woff2$/, async (route) => {
          await fontArrives;
          await route.continue();
        }),
    });
    const app = new PersianEditorPage(page);
    try {
      await app.articleWithBody('بازرسان آژانس به تهران سفر کردند و کتابب را دیدند.');
      const errors = app.page.getByTestId('spelling-error');
      await expect.poll(() => errors.evaluateAll((lines) => lines.map((line) => (line as HTMLElement).dataset.word)), { timeout: 45_000 }).toEqual(['کتابب']);
      expect(await app.page.evaluate(() => document.fonts.check('16px Vazirmatn', 'کتاب'))).toBe(false);
    } finally {
      release();
    }
    await expect.poll(() => app.page.evaluate(() => document.fonts.check('16px Vazirmatn', 'کتاب'))).toBe(true);
    // The underline spans the word as the font now draws it.
    const offset = () =>
      app.page.evaluate(() => {
        const text = document.querySelector('[data-testid="editor"] p span')!.firstChild as Text;
        const at = text.data.indexOf('کتابب');
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 'کتابب'.length);
        const word = range.getBoundingClientRect();
        const line = document.querySelector('[data-testid="spelling-error"]')!.getBoundingClientRect();
        return Math.max(Math.abs(line.left - word.left), Math.abs(line.right - word.right));
      });
    await expect.poll(offset, { timeout: 5_000 }).toBeLessThan(1);
  });

  it('finds with the normaliser’s folding and whole words, and replace all is one undo step', async () => {
    const app = await start();
    await app.articleWithBody('وزیر خارجه ايران و ایران‌شناسان گفتند ایران آماده است.', 'سفر به ایران در سال ۱۳۷۶ بود.');
    await app.body.click();
    await app.page.keyboard.press('Control+h');
    const panel = app.page.getByTestId('find-replace');
    await panel.waitFor();
    await app.page.getByTestId('find-input').fill('ايران');
    await expect.poll(() => app.page.getByTestId('find-count').textContent()).toBe('۱ از ۴');
    await app.page.getByTestId('find-whole-word').check();
    await expect.poll(() => app.page.getByTestId('find-count').textContent()).toBe('۱ از ۳');
    await app.page.getByTestId('find-input').fill('1376');
    await expect.poll(() => app.page.getByTestId('find-count').textContent()).toBe('۱ از ۱');
    await app.page.getByTestId('find-fold').uncheck();
    await expect.poll(() => app.page.getByTestId('find-count').textContent()).toBe('پیدا نشد');
    await app.page.getByTestId('find-fold').check();

    await app.page.getByTestId('find-input').fill('ایران');
    await app.page.getByTestId('replace-input').fill('Iran');
    await app.page.getByTestId('replace-all').click();
    await expect.poll(() => app.paragraphs()).toEqual(['وزیر خارجه Iran و ایران‌شناسان گفتند Iran آماده است.', 'سفر به Iran در سال ۱۳۷۶ بود.']);
    expect(await app.page.getByTestId('find-notice').textContent()).toBe('۳ مورد جایگزین شد.');

    await app.body.click();
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.paragraphs()).toEqual(['وزیر خارجه ايران و ایران‌شناسان گفتند ایران آماده است.', 'سفر به ایران در سال ۱۳۷۶ بود.']);
  });

  it('pastes a Word fragment keeping its structure and dropping its script, styles, fonts, colours and images', async () => {
    const app = await start();
    await app.articleWithBody('');
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:"B Nazanin"}</style>
      <script>window.__pasted = true</script></head><body lang=FA>
      <h1 style="color:#c00000">نشست وین</h1>
      <p class=MsoNormal dir=RTL style='font-family:"B Nazanin";color:#1f4e79'><span style='font-size:14pt'>وزیران </span><b><span style='color:red'>امروز</span></b> <span style='font-weight:700'>دیدار</span> <i>کردند</i> و <u>توافق</u> <a href="https://example.org/news" class=MsoHyperlink onclick="steal()">اعلام</a> شد.<o:p></o:p></p>
      <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span><![endif]>بند نخست</p>
      <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp;</span></span><![endif]>بند دوم</p>
      <p><img src="https://tracker.example/pixel.gif" width=1 height=1 onload="track()" onerror='track()'><img src="https://example.org/photo.jpg"></p>
      <p><a href="javascript:alert(1)">پیوند بد</a></p></body></html>`;
    await app.body.click();
    await app.paste(word, 'نشست وین');

    await expect.poll(() => app.body.locator('h2').allTextContents()).toEqual(['نشست وین']);
    const html = await app.body.innerHTML();
    expect(await app.body.locator('strong').allTextContents()).toEqual(['امروز', 'دیدار']);
    expect(await app.body.locator('em').allTextContents()).toEqual(['کردند']);
    expect(await app.body.locator('.ae-underline').allTextContents()).toEqual(['توافق']);
    expect(await app.body.locator('a').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]))).toEqual([
      ['اعلام', 'https://example.org/news'],
    ]);
    expect(await app.body.locator('ol li').allTextContents()).toEqual(['بند نخست', 'بند دوم']);
    expect(html).not.toMatch(/<img|<script|B Nazanin|color|MsoNormal|onclick|javascript:|mso-/i);
    expect(await app.body.textContent()).toContain('پیوند بد');
    expect(await app.page.evaluate(() => (window as { __pasted?: boolean }).__pasted)).toBeUndefined();

    // Plain text: a blank line ends a paragraph, a single line break does not.
    await moveCaret(app.page, 'Control+End');
    await app.page.keyboard.press('Enter');
    await app.paste('', 'بند یکم ادامه\nهمان بند\n\nبند دوم تازه');
    await expect.poll(async () => (await app.paragraphs()).slice(-2)).toEqual(['بند یکم ادامه همان بند', 'بند دوم تازه']);
    expect(suite.session.pageErrors).toEqual([]);
  });

  it('exports the article as DOCX, plain text and PDF with its content, right to left', async () => {
    const app = await start();
    await app.newArticle();
    await app.page.getByTestId('kicker').fill('پیگیری');
    await app.headline.fill('نشست شورای حکام در وین');
    await app.page.getByTestId('lead').fill('بازرسان آژانس هفته آینده به تهران می‌آیند.');
    await app.page.getByLabel('نویسنده', { exact: true }).fill('خبرنگار اعزامی');
    await app.page.getByLabel('محل خبر', { exact: true }).fill('وین');
    await app.body.click();
    await app.page.keyboard.insertText('سخنگوی آژانس گفت بازرسی ادامه دارد.');
    await app.page.getByRole('button', { name: 'میان‌تیتر', exact: true }).click();
    await app.page.keyboard.press('End');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.insertText('متن ');
    await app.page.keyboard.press('Control+b');
    await app.page.keyboard.insertText('مهم');
    await app.page.keyboard.press('Control+b');
    await app.page.keyboard.insertText(' خبر.');

    const docx = await app.download('export-docx');
    expect(docx.name).toBe('نشست-شورای-حکام-در-وین.docx');
    const converted = await mammoth.convertToHtml({ buffer: docx.bytes });
    expect(converted.value).toMatch(/<h1>(<strong>)?نشست شورای حکام در وین(<\/strong>)?<\/h1>/);
    expect(converted.value).toContain('<h2>سخنگوی آژانس گفت بازرسی ادامه دارد.</h2>');
    expect(converted.value).toContain('<strong>مهم</strong>');
    const documentXml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string');
    expect(documentXml).toContain('<w:bidi/>');
    expect(documentXml).toContain('<w:rtl/>');

    const text = (await app.download('export-text')).bytes.toString('utf8');
    expect(text).toBe(
      'پیگیری\n\nنشست شورای حکام در وین\n\nبازرسان آژانس هفته آینده به تهران می‌آیند.\n\nخبرنگار اعزامی\n\nوین\n\nسخنگوی آژانس گفت بازرسی ادامه دارد.\n\nمتن مهم خبر.\n',
    );

    await app.page.getByTestId('export-print').click();
    const sheet = app.page.getByTestId('print-sheet');
    await sheet.waitFor();
    expect(await sheet.locator('h1').textContent()).toBe('نشست شورای حکام در وین');
    expect(await sheet.getAttribute('dir')).toBe('rtl');
    const pdf = await app.page.pdf({ format: 'A4' });
    const { text: pdfText } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    // The PDF holds shaped glyphs in visual order: unshape (NFKC) and read them back logically.
    const letters = [...pdfText.normalize('NFKC')].reverse().join('').replace(/\s+/g, '');
    // (A ligature such as «ین» comes out as one glyph out of order, so words without one are checked.)
    for (const expected of ['پیگیری', 'نشست', 'حکام', 'خبرنگار', 'سخنگوی', 'مهم']) expect(letters).toContain(expected);
    // Only the sheet is printed, not the desk around it.
    expect(letters).not.toContain('بایگانی');
    await app.page.getByTestId('print-close').click();
    expect(await sheet.count()).toBe(0);
  });

  it('switches to the dark theme and keeps it across a reload', async () => {
    const app = await start();
    await app.articleWithBody('تهران، شب: متن خبر در پوستهٔ تیره خوانا می‌ماند.', 'The IAEA report, in English.');
    await app.page.getByTestId('theme-toggle').click();
    await expect.poll(() => app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const colours = () =>
      app.page.evaluate(() => ({
        page: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.querySelector('[data-testid="editor"]')!).color,
      }));
    expect(await colours()).toEqual({ page: 'rgb(21, 24, 28)', text: 'rgb(223, 227, 231)' });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'dark-theme.png'), await app.page.screenshot());

    await app.waitUntilSaved();
    await app.page.reload();
    await app.body.locator('p').first().waitFor();
    expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await colours()).toEqual({ page: 'rgb(21, 24, 28)', text: 'rgb(223, 227, 231)' });
    expect(suite.session.archive.preferences.get().theme).toBe('dark');
  });

  it('keeps the body text size and the calendar order from the settings, and shows the shortcut sheet on Ctrl+/', async () => {
    const app = await start();
    await app.articleWithBody('متن خبر با قلم بزرگ‌تر.');
    await app.page.locator('.settings-menu__summary').click();
    await app.page.getByTestId('settings-font-size').selectOption('22');
    await app.page.getByTestId('settings-calendar').selectOption('gregorian');
    const fontSize = () => app.body.evaluate((element) => getComputedStyle(element).fontSize);
    await expect.poll(fontSize).toBe('22px');
    await expect.poll(() => app.page.locator('.dual-date--gregorian-first').count()).toBeGreaterThan(0);

    await app.page.reload();
    await app.body.locator('p').first().waitFor();
    expect(await fontSize()).toBe('22px');
    expect(await app.page.locator('.dual-date--gregorian-first').count()).toBeGreaterThan(0);
    expect(suite.session.archive.preferences.get()).toMatchObject({ editorFontSize: 22, calendarFirst: 'gregorian' });

    await app.body.click();
    await app.page.keyboard.press('Control+Slash');
    const sheet = app.page.getByTestId('shortcut-sheet');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    expect(await sheet.textContent()).toContain('Ctrl+Shift+T');
    expect(await sheet.textContent()).toContain('نیم‌فاصله');
  });

  it('finds, scrolls to and selects text far down a long article whose off-screen blocks are not rendered', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, index) => `بند ${index + 1}: سخنگوی وزارت خارجه دربارهٔ مذاکرات سخن گفت.`);
    paragraphs[399] = 'بند پایانی: نشست وین با بیانیهٔ مشترک پایان یافت.';
    const { page } = await suite.open(async (archive) => {
      const { $createParagraphNode, $createTextNode, $getRoot } = await import('lexical');
      const { createArticleEditor } = await import('../../db/editor/headless');
      const editor = createArticleEditor();
      editor.update(() => $getRoot().append(...paragraphs.map((text) => $createParagraphNode().append($createTextNode(text)))), { discrete: true });
      return archive.articles.create({ headline: 'گزارش بلند', body: editor.getEditorState().toJSON() as never }).id;
    });
    const app = new PersianEditorPage(page);
    await app.articleItems.first().click();
    await app.body.locator('p').nth(399).waitFor({ state: 'attached' });
    // Off-screen blocks skip rendering; the last one is far below the fold.
    expect(await app.body.locator('p').nth(399).evaluate((element) => getComputedStyle(element).contentVisibility)).toBe('auto');

    await app.body.locator('p').first().click();
    await page.keyboard.press('Control+h');
    await page.getByTestId('find-input').fill('بیانیهٔ مشترک');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('۱ از ۱');
    await page.getByTestId('find-input').press('Enter');
    await expect.poll(() => app.body.locator('p').nth(399).evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    })).toBe(true);

    await app.body.locator('p').nth(399).click();
    await page.keyboard.press('Control+a');
    await expect.poll(() => page.evaluate(() => String(window.getSelection()).length)).toBeGreaterThan(paragraphs.join('').length);
    const selected = await page.evaluate(() => String(window.getSelection()));
    expect(selected.startsWith('بند 1:')).toBe(true);
    expect(selected.trimEnd().endsWith('پایان یافت.')).toBe(true);
  });
});
