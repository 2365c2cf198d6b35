/**
 * Exporting an article as HTML and as Markdown, from a real archive file: the head fields,
 * the body's formatting and directions, the @mention and the [[link]], escaping, and the way
 * back into the editor (the issue: inline references must survive save, reload, export).
 */
import { withDOM } from '@lexical/headless/dom';
import { describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../common/contract';
import { dispatchApiCall } from '../../api/dispatch';
import { bodyFromPlainText } from '../../db/editor/headless';
import { EXPORTED, seedExportArchivePerTest } from '../support/export-fixture';

const ZWNJ = '\u200c';

const seeded = seedExportArchivePerTest();

function exportVia(format: 'html' | 'markdown', id = seeded.fixture.articleId): ExportedFile {
  const result = dispatchApiCall(seeded.temp.archive.services, 'exportArticle', { id, format });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ExportedFile;
}

/** Reads the exported HTML the way a browser would, and hands back what the test asks of it. */
function inParsedHtml<T>(html: string, read: (document: Document) => T): T {
  return withDOM((window) => read(new window.DOMParser().parseFromString(html, 'text/html')));
}

describe('HTML export', () => {
  it('is a standalone Persian document named after the headline', () => {
    const file = exportVia('html');
    expect(file.filename).toBe(`${EXPORTED.filenameStem}.html`);
    expect(file.mimeType).toBe('text/html; charset=utf-8');
    expect(file.content.startsWith('<!doctype html>\n<html lang="fa" dir="rtl">\n<head>\n<meta charset="utf-8">')).toBe(true);

    const head = inParsedHtml(file.content, (document) => ({
      title: document.title,
      h1: document.querySelector('h1')?.textContent,
      kicker: document.querySelector('.kicker')?.textContent,
      lead: document.querySelector('.lead')?.textContent,
      byline: document.querySelector('.byline')?.textContent,
      dateline: document.querySelector('.dateline')?.textContent,
      datetime: document.querySelector('.dateline time')?.getAttribute('datetime'),
    }));
    expect(head).toEqual({
      title: EXPORTED.headline,
      h1: EXPORTED.headline,
      kicker: EXPORTED.kicker,
      lead: EXPORTED.lead,
      byline: EXPORTED.byline,
      dateline: 'وین، ۱۶ آذر ۱۳۹۶ (7 Dec 2017)',
      datetime: EXPORTED.datelineDate,
    });
  });

  it('escapes the headline wherever it is written', () => {
    const { content } = exportVia('html');
    const escaped = `گفت${ZWNJ}وگوی &quot;ظریف&quot; و &lt;کری&gt;: توافق &amp; تحریم${ZWNJ}ها`;
    expect(content).toContain(`<title>${escaped}</title>`);
    expect(content).toContain(`<h1 dir="rtl">${escaped}</h1>`);
    expect(content).not.toContain('<کری>');
    // Nothing the headline holds became an element.
    expect(inParsedHtml(content, (document) => document.querySelectorAll('کری').length)).toBe(0);
  });

  it('keeps the body: blocks with their direction, formats, the list, half-spaces', () => {
    const body = inParsedHtml(exportVia('html').content, (document) => {
      const root = document.querySelector('.article-body')!;
      return {
        blocks: [...root.children].map((block) => [block.tagName.toLowerCase(), block.getAttribute('dir'), block.textContent]),
        bold: [...root.querySelectorAll('b')].map((element) => element.textContent),
        items: [...root.querySelectorAll('ul > li')].map((item) => [item.getAttribute('dir'), item.textContent]),
      };
    });
    expect(body.blocks).toEqual([
      ['h2', 'rtl', EXPORTED.subheading],
      ['p', 'rtl', EXPORTED.persianParagraph],
      ['p', 'ltr', EXPORTED.latinParagraph],
      ['ul', 'rtl', EXPORTED.listItems.join('')],
      ['p', 'rtl', `پیشینه را در ${EXPORTED.targetHeadline} بخوانید.`],
    ]);
    expect(body.bold).toEqual([`تحریم${ZWNJ}ها`]);
    expect(body.items).toEqual(EXPORTED.listItems.map((item) => ['rtl', item]));
  });

  it('writes the mention and the link as elements carrying their ids', () => {
    const references = inParsedHtml(exportVia('html').content, (document) => {
      const mention = document.querySelector('.article-body .entity-mention')!;
      const link = document.querySelector('.article-body a.article-link')!;
      return {
        mention: [mention.tagName, mention.getAttribute('data-entity-id'), mention.textContent],
        link: [link.getAttribute('data-article-id'), link.getAttribute('href'), link.textContent],
      };
    });
    expect(references.mention).toEqual(['SPAN', seeded.fixture.entityId, EXPORTED.mentionText]);
    expect(references.link).toEqual([seeded.fixture.targetId, `dabir://article/${seeded.fixture.targetId}`, EXPORTED.targetHeadline]);
  });

  it('gives a body imported without directions the directions the editor would', () => {
    // As an imported .txt article is stored: plain paragraphs, no direction on any.
    const body = bodyFromPlainText('The talks resumed.\n\nمذاکرات از سر گرفته شد.');
    const plain = seeded.temp.archive.services.createArticle({ fields: { headline: 'Vienna talks', body } });
    const blocks = inParsedHtml(exportVia('html', plain.id).content, (document) =>
      [...document.querySelectorAll('.article-body > p')].map((block) => block.getAttribute('dir')),
    );
    // The empty paragraph follows the one before it, as pressing Enter in the editor does.
    expect(blocks).toEqual(['ltr', 'ltr', 'rtl']);
  });
});

describe('Markdown export', () => {
  it('writes the head lines, then the body with the references as dabir:// links', () => {
    const file = exportVia('markdown');
    expect(file.filename).toBe(`${EXPORTED.filenameStem}.md`);
    expect(file.mimeType).toBe('text/markdown; charset=utf-8');
    expect(file.content).toBe(
      [
        'پیگیری',
        `# گفت${ZWNJ}وگوی "ظریف" و \\<کری\\>: توافق & تحریم${ZWNJ}ها`,
        `**${EXPORTED.lead}**`,
        'خبرنگار اعزامی',
        'وین، ۱۶ آذر ۱۳۹۶ (\u20667 Dec 2017\u2069)',
        `## ${EXPORTED.subheading}`,
        `وزیر امور خارجه [ظریف](dabir://entity/${seeded.fixture.entityId}) گفت این توافق اجرا می${ZWNJ}شود و **تحریم${ZWNJ}ها** برداشته می${ZWNJ}شود.`,
        EXPORTED.latinParagraph,
        EXPORTED.listItems.map((item) => `- ${item}`).join('\n'),
        `پیشینه را در [${EXPORTED.targetHeadline}](dabir://article/${seeded.fixture.targetId}) بخوانید.`,
      ].join('\n\n') + '\n',
    );
  });
});

describe('Markdown export of hostile text', () => {
  const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
  const block = (children: object[]) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children });
  const link = (url: string, label: string) => ({ ...block([text(label)]), type: 'link', url, rel: null, target: null, title: null });

  it('writes raw HTML in a body as text and keeps only http, https, mailto and dabir links', () => {
    const body = {
      root: {
        ...block([
          block([text('بیانیه <script>alert(1)</script> و <img src=x onerror=alert(2)> منتشر شد.')]),
          block([
            link('javascript:alert(1)', 'پیوند بد'),
            text(' '),
            link('  JavaScript:alert(1)', 'پیوند بد دوم'),
            text(' '),
            link('data:text/html,<script>alert(3)</script>', 'داده'),
            text(' '),
            link('vbscript:msgbox', 'وی‌بی'),
            text(' '),
            link('https://www.oic-oci.org/', 'سازمان همکاری اسلامی'),
            text(' '),
            link('mailto:desk@example.org', 'دبیر'),
          ]),
        ]),
        type: 'root',
      },
    };
    const article = seeded.temp.archive.services.createArticle({ fields: { headline: 'نشست <b>جاکارتا</b>', body: body as never } });
    const { content } = exportVia('markdown', article.id);
    expect(content).toContain('بیانیه \\<script\\>alert(1)\\</script\\> و \\<img src=x onerror=alert(2)\\> منتشر شد.');
    // Every `<` is escaped: none opens a tag.
    expect(content).not.toMatch(/(^|[^\\])<(script|img|b)\b/im);
    expect(content).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(content).toContain('پیوند بد پیوند بد دوم داده وی‌بی [سازمان همکاری اسلامی](https://www.oic-oci.org/) [دبیر](mailto:desk@example.org)');
    expect(content).toContain('# نشست \\<b\\>جاکارتا\\</b\\>');
  });
});

describe('export through the API', () => {
  it('answers not_found for an article that is not in the archive', () => {
    const result = dispatchApiCall(seeded.temp.archive.services, 'exportArticle', { id: '00000000-0000-4000-8000-000000000000', format: 'html' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('exports an empty new article', () => {
    const blank = seeded.temp.archive.services.createArticle({});
    const html = exportVia('html', blank.id);
    expect(html.filename).toBe('بیتیتر.html');
    expect(inParsedHtml(html.content, (document) => [document.title, document.querySelector('.article-body')?.textContent?.trim()])).toEqual([
      `بی${ZWNJ}تیتر`,
      '',
    ]);
    expect(exportVia('markdown', blank.id).content).toBe(`# بی${ZWNJ}تیتر\n`);
  });
});
