/**
 * Exporting many articles at once (the `exportArticles` job): each article as exportArticle
 * makes it, all in one .zip file, compressed a batch at a time so the archive keeps answering
 * meanwhile. Two articles with the same headline get `-2`, `-3`… rather than overwrite.
 */
import { Zip, ZipDeflate } from 'fflate';
import type { ExportedFile, ExportFormat } from '../../common/contract';
import type { ArticleStore } from '../articles';
import { inBatches, throwIfCancelled, type LongOperationOptions } from '../jobs/long-operation';
import { exportArticle } from './export-article';
import { exportFilename } from './filename';

/** At most this many articles per batch: each is read, written out and compressed. */
const EXPORT_BATCH = 50;

/** «name.html», «name-2.html»… the first free one. */
function uniqueName(filename: string, taken: Set<string>): string {
  const dot = filename.lastIndexOf('.');
  let candidate = filename;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${filename.slice(0, dot)}-${n}${filename.slice(dot)}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export async function exportArticles(
  articles: ArticleStore,
  ids: readonly string[],
  format: ExportFormat,
  options: LongOperationOptions = {},
): Promise<ExportedFile> {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const names = new Set<string>();
  const unique = [...new Set(ids)];
  await inBatches(unique, EXPORT_BATCH, options, (batch) => {
    for (const id of batch) {
      const file = exportArticle(articles.get(id), format);
      const entry = new ZipDeflate(uniqueName(file.filename, names), { level: 6 });
      zip.add(entry);
      entry.push(new TextEncoder().encode(file.content), true);
    }
  });
  throwIfCancelled(options.signal);
  zip.end();
  return {
    filename: exportFilename(`دبیر ${unique.length} خبر`, 'zip'),
    mimeType: 'application/zip',
    content: Buffer.concat(chunks).toString('base64'),
    encoding: 'base64',
  };
}
