/**
 * An article as plain text for the wire: kicker, headline, lead, byline and dateline, then the
 * body a paragraph per block with a blank line between, list items marked, headings on their
 * own line. Persian typography is kept exactly as written (half-spaces, « », Persian digits,
 * the Gregorian day isolated left-to-right in the dateline); nothing is transliterated.
 */
import { $isListItemNode, $isListNode } from '@lexical/list';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { toPersianDigits } from '../../common/persian-digits';
import { loadBodyForExport } from './body-for-export';
import { datelineParts, datelineText } from './dateline';
import { UNTITLED, type ExportableArticle } from './exportable-article';

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

function $blockText(node: LexicalNode, into: string[]): void {
  if ($isListNode(node)) {
    const numbered = node.getListType() === 'number';
    node.getChildren().forEach((item, index) => {
      if (!$isListItemNode(item)) return;
      const nested = item.getChildren().filter($isListNode);
      const text = item.getChildren().filter((child) => !$isListNode(child)).map((child) => child.getTextContent()).join('');
      if (text.trim()) into.push(`${numbered ? `${toPersianDigits(String(node.getStart() + index))}. ` : '• '}${text}`);
      nested.forEach((list) => $blockText(list, into));
    });
    return;
  }
  if ($isElementNode(node) && !node.isInline()) {
    const blocks = node.getChildren().filter((child) => $isElementNode(child) && !child.isInline());
    if (blocks.length > 0 && blocks.length === node.getChildrenSize()) {
      blocks.forEach((child) => $blockText(child, into));
      return;
    }
  }
  into.push(node.getTextContent());
}

export function bodyToPlainText(body: ExportableArticle['body']): string {
  const editor = loadBodyForExport(body);
  return editor.read(() => {
    const blocks: string[] = [];
    $getRoot().getChildren().forEach((child) => $blockText(child, blocks));
    return blocks.filter((block) => block.trim() !== '').join('\n\n');
  });
}

export function articleToPlainText(article: ExportableArticle): string {
  const lines: string[] = [];
  const kicker = oneLine(article.kicker);
  if (kicker) lines.push(kicker);
  lines.push(oneLine(article.headline) || UNTITLED);
  const parts: string[] = [lines.join('\n')];
  if (article.lead.trim()) parts.push(article.lead.trim());
  const byline = oneLine(article.byline);
  const dateline = datelineParts(oneLine(article.datelinePlace), article.datelineDate);
  const credit = [byline, dateline ? datelineText(dateline) : ''].filter(Boolean).join('\n');
  if (credit) parts.push(credit);
  const body = bodyToPlainText(article.body);
  if (body) parts.push(body);
  return `${parts.join('\n\n')}\n`;
}
