/**
 * An article as Markdown: the kicker, the headline as the one first-level heading (the body's
 * headings are `##` and `###`), the lead in bold, the byline and the dateline, then the body
 * through Lexical's own Markdown exporter with Dabir's reference transformers.
 */
import { $isLinkNode, type LinkNode } from '@lexical/link';
import { $convertToMarkdownString } from '@lexical/markdown';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { loadBodyForExport } from './body-for-export';
import { datelineParts, datelineText } from './dateline';
import { UNTITLED, type ExportableArticle } from './exportable-article';
import { ARTICLE_EXPORT_TRANSFORMERS } from './markdown-transformers';

/**
 * Head fields are plain text: characters Markdown would read as formatting are escaped, and so
 * is what would start a heading, a quote or a list at the start of a line.
 */
export function escapeMarkdownText(line: string): string {
  return line
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A one-line field (kicker, byline) that somehow holds line breaks reads as one line. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** The link schemes a Markdown file may carry; any other link is written as its text alone. */
const SAFE_LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'dabir']);

/** A link's scheme as a browser reads it: control characters and spaces in it are ignored. */
export function linkScheme(url: string): string | null {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''));
  return match ? match[1].toLowerCase() : null;
}

export function isSafeLink(url: string): boolean {
  const scheme = linkScheme(url);
  return scheme !== null && SAFE_LINK_SCHEMES.has(scheme);
}

/** Unwraps every link whose address is not http, https, mailto or dabir: its text stays. */
function $dropUnsafeLinks(node: LexicalNode): void {
  if (!$isElementNode(node)) return;
  for (const child of node.getChildren()) $dropUnsafeLinks(child);
  if ($isLinkNode(node) && !isSafeLink((node as LinkNode).getURL())) {
    for (const child of node.getChildren()) node.insertBefore(child);
    node.remove();
  }
}

export function bodyToMarkdown(body: ExportableArticle['body']): string {
  const editor = loadBodyForExport(body);
  editor.update(() => $dropUnsafeLinks($getRoot()), { discrete: true });
  return editor.read(() => $convertToMarkdownString(ARTICLE_EXPORT_TRANSFORMERS));
}

export function articleToMarkdown(article: ExportableArticle): string {
  const blocks: string[] = [];
  const kicker = oneLine(article.kicker);
  if (kicker) blocks.push(escapeMarkdownText(kicker));
  blocks.push(`# ${escapeMarkdownText(oneLine(article.headline) || UNTITLED)}`);
  // Each line of the lead its own bold paragraph: bold cannot span a paragraph break.
  for (const line of article.lead.split(/\r\n|\r|\n/)) {
    if (line.trim()) blocks.push(`**${escapeMarkdownText(line.trim())}**`);
  }
  const byline = oneLine(article.byline);
  if (byline) blocks.push(escapeMarkdownText(byline));
  const dateline = datelineParts(oneLine(article.datelinePlace), article.datelineDate);
  if (dateline) blocks.push(escapeMarkdownText(datelineText(dateline)));
  const body = bodyToMarkdown(article.body);
  if (body.trim()) blocks.push(body);
  return `${blocks.join('\n\n')}\n`;
}
