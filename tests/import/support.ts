/** Fixtures the import tests make: a real .docx written by the `docx` library, and small helpers. */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { join } from 'node:path';
import type { SerializedBody } from '../../common/contract';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'import');

/** A Persian news story as Word writes it: a title, headings, bold, italic, both kinds of list, a link. */
export async function persianDocx(): Promise<Buffer> {
  const doc = new Document({
    title: 'نشست فوق‌العاده سازمان همکاری اسلامی در جاکارتا',
    creator: 'Dabir tests',
    numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: 'decimal', text: '%1.' }] }] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('نشست فوق‌العاده سازمان همکاری اسلامی در جاکارتا')] }),
          new Paragraph({
            children: [
              new TextRun('وزیران خارجه در '),
              new TextRun({ text: 'جاکارتا', bold: true }),
              new TextRun(' گرد هم آمدند و '),
              new TextRun({ text: 'بیانیه‌ای', italics: true }),
              new TextRun(' صادر کردند.'),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('محورهای بیانیه')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('محکومیت تصمیم آمریکا')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('حمایت از فلسطین')] }),
          new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun('گام نخست: نشست سران')] }),
          new Paragraph({
            children: [
              new TextRun('متن کامل در '),
              new ExternalHyperlink({ link: 'https://www.oic-oci.org/', children: [new TextRun({ text: 'پایگاه سازمان', style: 'Hyperlink' })] }),
              new TextRun(' آمده است.'),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

interface Node {
  type: string;
  tag?: string;
  text?: string;
  format?: number;
  url?: string;
  listType?: string;
  children?: Node[];
}

/** The body's blocks in a compact form: `h2:…`, `p:…`, `ul:a|b`, `ol:…`. */
export function blocksOf(body: SerializedBody | null): string[] {
  const text = (node: Node): string => node.text ?? (node.children ?? []).map(text).join('');
  return ((body?.root.children ?? []) as unknown as Node[]).map((node) => {
    if (node.type === 'heading') return `${node.tag}:${text(node)}`;
    if (node.type === 'list') return `${node.listType === 'number' ? 'ol' : 'ul'}:${(node.children ?? []).map(text).join('|')}`;
    if (node.type === 'quote') return `quote:${text(node)}`;
    return `p:${text(node)}`;
  });
}

/** Every text node with its format bits (1 bold, 2 italic) and every link's address. */
export function inlineOf(body: SerializedBody | null): { bold: string[]; italic: string[]; links: string[] } {
  const found = { bold: [] as string[], italic: [] as string[], links: [] as string[] };
  const walk = (node: Node) => {
    if (node.type === 'text' && node.text) {
      if ((node.format ?? 0) & 1) found.bold.push(node.text);
      if ((node.format ?? 0) & 2) found.italic.push(node.text);
    }
    if (node.type === 'link' && node.url) found.links.push(node.url);
    (node.children ?? []).forEach(walk);
  };
  ((body?.root.children ?? []) as unknown as Node[]).forEach(walk);
  return found;
}
