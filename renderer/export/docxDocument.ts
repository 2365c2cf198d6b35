/**
 * The article as a Word document (DOCX) through the `docx` library: right-to-left paragraphs
 * (`w:bidi`) and runs (`w:rtl`) for Persian, left-to-right for English, in Vazirmatn (Word
 * falls back to its own Persian font where it is not installed), with the kicker, headline,
 * lead, byline and dateline set as the newsroom sets them, the body's subheadings as Word
 * headings, and bold, italic, underline, lists and links kept. Opens right-to-left in Word and
 * LibreOffice.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { directionOfText, type TextDirection } from '../../common/text-direction';
import { bodyBlocks, type ArticleForDocument, type Block, type TextRunOut } from './articleBlocks';

const FONT = 'Vazirmatn';
const NUMBERING = 'dabir-numbered';
/** Half-points: 12 pt body, as Word's default for Persian copy. */
const BODY_SIZE = 24;

interface RunStyle {
  bold?: boolean;
  size?: number;
  color?: string;
}

function run(text: string, dir: TextDirection, style: RunStyle & Partial<TextRunOut> = {}): TextRun {
  const bold = style.bold ?? false;
  const size = style.size ?? BODY_SIZE;
  return new TextRun({
    text,
    bold,
    boldComplexScript: bold,
    italics: style.italic ?? false,
    italicsComplexScript: style.italic ?? false,
    underline: style.underline ? {} : undefined,
    size,
    sizeComplexScript: size,
    color: style.color,
    rightToLeft: dir === 'rtl',
    font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
    language: { value: 'en-US', bidirectional: 'fa-IR' },
  });
}

function childrenOf(block: Block): ParagraphChild[] {
  return block.runs.map((piece) => {
    const text = run(piece.text, block.dir, piece);
    return piece.link ? new ExternalHyperlink({ link: piece.link, children: [text] }) : text;
  });
}

function bodyParagraph(block: Block): Paragraph {
  const common = { bidirectional: block.dir === 'rtl', alignment: AlignmentType.START, children: childrenOf(block) };
  switch (block.kind) {
    case 'h2':
      return new Paragraph({ ...common, heading: HeadingLevel.HEADING_2 });
    case 'h3':
      return new Paragraph({ ...common, heading: HeadingLevel.HEADING_3 });
    case 'quote':
      return new Paragraph({ ...common, style: 'Quote', indent: { start: 567 } });
    case 'bullet':
      return new Paragraph({ ...common, bullet: { level: Math.min(block.depth, 8) } });
    case 'number':
      return new Paragraph({ ...common, numbering: { reference: NUMBERING, level: Math.min(block.depth, 8) } });
    default:
      return new Paragraph({ ...common, spacing: { after: 160 } });
  }
}

function headField(text: string, style: RunStyle, options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {}): Paragraph[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const dir = directionOfText(trimmed);
  return [new Paragraph({ bidirectional: dir === 'rtl', heading: options.heading, spacing: { after: 120 }, children: [run(trimmed, dir, style)] })];
}

export function articleToDocx(article: ArticleForDocument, dateline: string): Document {
  const blocks = bodyBlocks(article.body);
  return new Document({
    creator: 'Dabir',
    title: article.headline.trim() || undefined,
    styles: {
      default: {
        document: { run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: BODY_SIZE, sizeComplexScript: BODY_SIZE, rightToLeft: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { start: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        children: [
          ...headField(article.kicker, { color: '6B6B66', size: 22 }),
          ...headField(article.headline, { bold: true, size: 36 }, { heading: HeadingLevel.HEADING_1 }),
          ...headField(article.lead, { bold: true }),
          ...headField(article.byline, { color: '6B6B66', size: 22 }),
          ...headField(dateline, { color: '6B6B66', size: 22 }),
          ...blocks.map(bodyParagraph),
        ],
      },
    ],
  });
}

export function docxBlob(article: ArticleForDocument, dateline: string): Promise<Blob> {
  return Packer.toBlob(articleToDocx(article, dateline));
}
