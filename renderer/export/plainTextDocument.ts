/**
 * The article as plain text for the wire: kicker, headline, lead, byline and dateline, then
 * the body one paragraph per block with a blank line between, list items marked, UTF-8.
 * Half-spaces and bidi isolates are kept: they are part of correct Persian text.
 */
import { blockText, bodyBlocks, type ArticleForDocument } from './articleBlocks';

export function articleToPlainText(article: ArticleForDocument, dateline: string): string {
  const head = [article.kicker, article.headline, article.lead, article.byline, dateline].map((part) => part.trim()).filter(Boolean);
  const body = bodyBlocks(article.body).map((block) => {
    const text = blockText(block).trim();
    const indent = '  '.repeat(block.depth);
    if (block.kind === 'bullet') return `${indent}- ${text}`;
    if (block.kind === 'number') return `${indent}${block.number}. ${text}`;
    return text;
  });
  return `${[...head, ...body.filter(Boolean)].join('\n\n')}\n`;
}
