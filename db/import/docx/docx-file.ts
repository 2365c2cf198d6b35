/**
 * `.docx` import through mammoth, which turns a Word document's structure (headings, bold,
 * italic, lists, links, paragraphs) into HTML. That HTML goes through the same sanitiser and
 * the same paste path as an imported web page; pictures are left out (a body holds none).
 * The document's own title and creation date, in its properties, come first.
 */
import type { ArticleDraft } from '../article-draft';
import { articleFromHtmlText } from '../html/html-file';
import type { ImportWindow } from '../html/import-window';
import { FileRefusedError } from '../import-problem';
import { checkDocx } from './zip-guard';

/** Word's Title style is a headline; mammoth's defaults map Heading 1–6 already. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

function xmlText(xml: string | undefined, tag: string): string | undefined {
  if (!xml) return undefined;
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const text = match?.[1]
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return text || undefined;
}

export async function parseDocxFile(bytes: Uint8Array, window: ImportWindow): Promise<ArticleDraft> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { parts } = await checkDocx(buffer);
  const core = parts.get('docProps/core.xml');
  // Loaded on first use, like the DOM: most imports hold no Word files.
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    throw new FileRefusedError('damaged', `the Word document could not be read (${(error as Error).message})`);
  }
  return articleFromHtmlText(`<!doctype html><html><head></head><body>${html}</body></html>`, window, {
    title: xmlText(core, 'dc:title'),
    date: xmlText(core, 'dcterms:created'),
  });
}
