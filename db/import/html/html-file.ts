/**
 * `.html` / `.htm` import: a saved web page, or a document Word or Google Docs saved as HTML.
 * The encoding is the one the page declares (`<meta charset>`), else found from its bytes;
 * then DOMPurify sanitises it before anything reads it.
 */
import type { ArticleDraft } from '../article-draft';
import { decodeText } from '../decode-text';
import { FileRefusedError } from '../import-problem';
import { articleFromSanitizedHtml } from './html-article';
import type { ImportWindow } from './import-window';
import { sanitizeHtmlDocument } from './sanitize-html';

/** `<meta charset="…">` or `content="text/html; charset=…"` within the first 1,024 bytes, as browsers look. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

export function parseHtmlFile(bytes: Uint8Array, window: ImportWindow): ArticleDraft {
  const { text } = decodeText(bytes, declaredCharset(bytes));
  return articleFromHtmlText(text, window);
}

/** HTML text (a decoded page, or what mammoth made of a Word file) as an article. */
export function articleFromHtmlText(html: string, window: ImportWindow, metadata?: { title?: string; date?: string }): ArticleDraft {
  const root = sanitizeHtmlDocument(window.purify, html);
  const draft = articleFromSanitizedHtml(window, root, metadata);
  if (draft.fields.headline.trim() === '') throw new FileRefusedError('no_text', 'the document holds no text to import');
  return draft;
}
