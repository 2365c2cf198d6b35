/** Picks the writer for a format and names the file: the one entry point the API and the CLI call. */
import type { ExportedFile, ExportFormat } from '../../common/contract';
import type { ExportableArticle } from './exportable-article';
import { exportFilename } from './filename';
import { articleToHtml } from './html-document';
import { articleToMarkdown } from './markdown-document';

interface FormatWriter {
  extension: string;
  mimeType: string;
  write: (article: ExportableArticle) => string;
}

const WRITERS: Record<ExportFormat, FormatWriter> = {
  html: { extension: 'html', mimeType: 'text/html; charset=utf-8', write: articleToHtml },
  markdown: { extension: 'md', mimeType: 'text/markdown; charset=utf-8', write: articleToMarkdown },
};

export function exportArticle(article: ExportableArticle, format: ExportFormat): ExportedFile {
  const writer = WRITERS[format];
  return {
    filename: exportFilename(article.headline, writer.extension),
    mimeType: writer.mimeType,
    content: writer.write(article),
  };
}
