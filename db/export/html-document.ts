/**
 * An article as one standalone HTML file: Persian, right to left, UTF-8, its head fields
 * written here (escaped) and its body written by Lexical's own HTML exporter through the
 * nodes' `exportDOM`, so an @mention and a [[link]] come out as the elements their
 * `importDOM` reads back when the file's text is pasted into the editor.
 */
import { $generateHtmlFromNodes } from '@lexical/html';
import { createRequire } from 'node:module';
import { directionOfText } from '../../common/text-direction';
import { loadBodyForExport } from './body-for-export';
import { datelineParts, type DatelineParts } from './dateline';
import { escapeHtml } from './escape-html';
import { UNTITLED, type ExportableArticle } from './exportable-article';

/** Enough to read comfortably in any browser; the app's font is used where it is installed. */
const STYLE = `
body { font-family: Vazirmatn, Tahoma, sans-serif; line-height: 1.9; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1b; }
.kicker { color: #6b6b66; margin-block-end: 0; }
h1 { margin-block-start: 0.25rem; line-height: 1.5; }
.lead { font-weight: bold; white-space: pre-line; }
.byline, .dateline { color: #6b6b66; margin-block: 0.25rem; }
.article-body { margin-block-start: 1.5rem; }
blockquote { border-inline-start: 3px solid #c9c7bf; margin-inline: 0; padding-inline-start: 1rem; }
.entity-mention { color: #1c5f8a; }
a.article-link { color: #7a3e8c; }
`;

/** A head field as its own element, with the direction of its first strong character. */
function field(tag: string, className: string | null, text: string): string {
  if (text.trim() === '') return '';
  const classAttribute = className ? ` class="${className}"` : '';
  return `<${tag}${classAttribute} dir="${directionOfText(text)}">${escapeHtml(text)}</${tag}>\n`;
}

function dateline(parts: DatelineParts | null): string {
  if (!parts) return '';
  const pieces: string[] = [];
  if (parts.place) pieces.push(`<span class="dateline-place">${escapeHtml(parts.place)}</span>`);
  if (parts.isoDay && parts.solarHijri && parts.gregorian) {
    pieces.push(
      `<time datetime="${escapeHtml(parts.isoDay)}">${escapeHtml(parts.solarHijri)}</time> ` +
        `(<bdi class="dateline-gregorian" dir="ltr" lang="en">${escapeHtml(parts.gregorian)}</bdi>)`,
    );
  }
  const direction = directionOfText(parts.place);
  return `<p class="dateline" dir="${direction}">${pieces.join('، ')}</p>\n`;
}

type WithDOM = (typeof import('@lexical/headless/dom'))['withDOM'];
let loadedWithDOM: WithDOM | undefined;

/**
 * Lexical's headless DOM, loaded on the first HTML export: it brings a whole browser window
 * implementation, some 70 MB and seconds of start-up that every other use of the archive (an
 * import, a search from the command line) would otherwise pay.
 */
function withDOM<T>(run: () => T): T {
  loadedWithDOM ??= (createRequire(__filename)('@lexical/headless/dom') as typeof import('@lexical/headless/dom')).withDOM;
  return loadedWithDOM(run);
}

/** The body's blocks as HTML, each with its `dir`; empty for an article without a body. */
export function bodyToHtml(body: ExportableArticle['body']): string {
  const editor = loadBodyForExport(body);
  // Lexical's exporter builds DOM nodes; under Node, withDOM lends it a window for the call.
  return withDOM(() => editor.read(() => $generateHtmlFromNodes(editor, null)));
}

export function articleToHtml(article: ExportableArticle): string {
  const title = article.headline.trim() || UNTITLED;
  return (
    '<!doctype html>\n' +
    '<html lang="fa" dir="rtl">\n' +
    '<head>\n' +
    '<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="generator" content="Dabir">\n' +
    `<title>${escapeHtml(title)}</title>\n` +
    `<style>${STYLE}</style>\n` +
    '</head>\n' +
    '<body>\n' +
    `<article data-article-id="${escapeHtml(article.id)}">\n` +
    '<header>\n' +
    field('p', 'kicker', article.kicker) +
    field('h1', null, article.headline) +
    field('p', 'lead', article.lead) +
    field('p', 'byline', article.byline) +
    dateline(datelineParts(article.datelinePlace, article.datelineDate)) +
    '</header>\n' +
    `<div class="article-body">\n${bodyToHtml(article.body)}\n</div>\n` +
    '</article>\n' +
    '</body>\n' +
    '</html>\n'
  );
}
