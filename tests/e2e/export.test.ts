/**
 * Exporting from the side panel, end to end in Chromium through the browser shell: an article
 * seeded with an @mention and a [[link]] is opened, edited (the edit not yet autosaved), and
 * downloaded as HTML and as Markdown with the «خروجی» buttons. The files carry the edit, the
 * mention's entity id and the link's article id.
 */
import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite';
import { DeskPage } from '../support/desk-page';
import { moveCaret } from '../support/editor-keys';
import { EXPORTED, seedExportArticle, type ExportFixture } from '../support/export-fixture';

const ADDED = ' Talks resume on Monday.';

/** The page object: the opened article, its editor, and the export fold of the side panel. */
class ExportPage extends DeskPage {
  async open(articleId: string): Promise<void> {
    await this.articleItem(articleId).click();
    await expect.poll(() => this.headline.inputValue()).toBe(EXPORTED.headline);
    await this.body.locator('.entity-mention').waitFor();
  }

  /** Types at the end of the Latin paragraph, as a writer adding a sentence. */
  async appendToLatinParagraph(text: string): Promise<void> {
    await this.body.getByText(EXPORTED.latinParagraph).click();
    await moveCaret(this.page, 'End');
    await this.page.keyboard.type(text);
  }

  /** Clicks an export button and reads the file the browser downloads. */
  async download(testId: 'export-html' | 'export-markdown'): Promise<{ name: string; content: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    return { name: download.suggestedFilename(), content: readFileSync(await savedPath(download), 'utf8') };
  }
}

async function savedPath(download: Download): Promise<string> {
  const path = await download.path();
  if (!path) throw new Error(`download failed: ${await download.failure()}`);
  return path;
}

const suite = useBrowserSuite();

async function start(): Promise<{ app: ExportPage; fixture: ExportFixture }> {
  const { page, seeded: fixture } = await suite.open(seedExportArticle);
  const app = new ExportPage(page);
  await app.open(fixture.articleId);
  return { app, fixture };
}

describe('export from the side panel', () => {
  it('downloads the article as shown, with its mention and link, as HTML and as Markdown', async () => {
    const { app, fixture } = await start();
    const panel = app.page.getByTestId('panel-section-export');
    expect(await panel.textContent()).toContain('خروجی');

    // Exported straight after typing: the pending edit is saved first, so the file has it.
    await app.appendToLatinParagraph(ADDED);
    const html = await app.download('export-html');
    expect(html.name).toBe(`${EXPORTED.filenameStem}.html`);
    expect(html.content.startsWith('<!doctype html>\n<html lang="fa" dir="rtl">')).toBe(true);
    expect(html.content).toContain(`<p dir="ltr"><span style="white-space: pre-wrap;">${EXPORTED.latinParagraph}${ADDED}</span></p>`);
    expect(html.content).toContain(`<span class="entity-mention" data-entity-id="${fixture.entityId}">${EXPORTED.mentionText}</span>`);
    expect(html.content).toContain(
      `<a class="article-link" data-article-id="${fixture.targetId}" href="dabir://article/${fixture.targetId}">${EXPORTED.targetHeadline}</a>`,
    );
    expect(html.content).toContain('&lt;کری&gt;');

    const markdown = await app.download('export-markdown');
    expect(markdown.name).toBe(`${EXPORTED.filenameStem}.md`);
    expect(markdown.content).toContain(`\n\n${EXPORTED.latinParagraph}${ADDED}\n\n`);
    expect(markdown.content).toContain(`[${EXPORTED.mentionText}](dabir://entity/${fixture.entityId})`);
    expect(markdown.content).toContain(`[${EXPORTED.targetHeadline}](dabir://article/${fixture.targetId})`);

    // The edit reached the archive, and nothing went wrong on the page.
    expect(suite.session.archive.articles.get(fixture.articleId).bodyText).toContain(`${EXPORTED.latinParagraph}${ADDED}`);
    expect(await app.page.getByTestId('export-error').count()).toBe(0);
    expect(suite.session.pageErrors).toEqual([]);
  });
});
