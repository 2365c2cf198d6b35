/**
 * Exports many articles at once, as a long operation (progress, cancel, yields between
 * batches): every article when nothing is selected, else those the selection names
 * (select-articles.ts). Formats:
 * - `md`, `html`, `txt`: one file per article, named after its headline, into a folder (the
 *   command line) or a zip (the app, which hands the user one download);
 * - `jsonl`: one file, a line per article, in the shape `dabir import` reads;
 * - `bundle`: one `.dabir` file with everything a merge needs (db/bundle).
 * Nothing half-written is left: each file goes through a temporary name, and a cancelled or
 * failed export removes what it had started.
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { withDOM } from '@lexical/headless/dom';
import { Zip, ZipDeflate } from 'fflate';
import { ArchiveError } from '../../common/result';
import type { Archive } from '../archive';
import { writeBundle } from '../bundle/write-bundle';
import { betweenBatches, throttledProgress, type LongOperationOptions } from '../jobs/long-operation';
import { writeFileAtomically } from './atomic-write';
import { destroyStream } from './destroy-stream';
import { exportFilename } from './filename';
import { articleToHtml } from './html-document';
import { articleToJsonl } from './jsonl-document';
import { articleToMarkdown } from './markdown-document';
import { articleToPlainText } from './plain-text-document';
import { selectArticleIds, type ArticleSelection } from './select-articles';
import type { ExportableArticle } from './exportable-article';

import { ARCHIVE_EXPORT_FORMATS, type ArchiveExportFormat } from '../../common/transfer-constants';

export { ARCHIVE_EXPORT_FORMATS, type ArchiveExportFormat };

/** Where one-file-per-article formats go: a folder, or one zip holding them. */
export type ExportTarget = { kind: 'folder'; path: string } | { kind: 'zip'; path: string } | { kind: 'file'; path: string };

export interface ArchiveExportResult {
  format: ArchiveExportFormat;
  articles: number;
  /** The folder, zip or file written. */
  path: string;
  /** For a folder: the files written in it, by name. */
  files?: string[];
}

const BATCH = 50;

const DOCUMENT_WRITERS: Record<'md' | 'html' | 'txt', { extension: string; write: (article: ExportableArticle) => string }> = {
  md: { extension: 'md', write: articleToMarkdown },
  html: { extension: 'html', write: articleToHtml },
  txt: { extension: 'txt', write: articleToPlainText },
};

export async function exportArchive(
  archive: Archive,
  selection: ArticleSelection,
  format: ArchiveExportFormat,
  target: ExportTarget,
  options: LongOperationOptions = {},
): Promise<ArchiveExportResult> {
  if (format === 'bundle') {
    const temporary = temporaryBeside(target.path);
    try {
      const summary = await writeBundle(archive, selection, temporary, options);
      renameSync(temporary, target.path);
      return { format, articles: summary.articles, path: target.path };
    } finally {
      rmSync(temporary, { force: true });
    }
  }
  const ids = selectArticleIds(archive, selection, { includeDeleted: false });
  if (format === 'jsonl') return exportJsonl(archive, ids, target.path, options);
  return exportDocuments(archive, ids, format, target, options);
}

function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

async function exportJsonl(archive: Archive, ids: readonly string[], path: string, options: LongOperationOptions): Promise<ArchiveExportResult> {
  const progress = throttledProgress(options.onProgress);
  const temporary = temporaryBeside(path);
  const out = createWriteStream(temporary);
  // A write failure surfaces at the next write or at close; a cancel's destroy needs no report.
  let failure: Error | null = null;
  out.on('error', (error) => (failure ??= error));
  try {
    for (let start = 0; start < ids.length; start += BATCH) {
      if (failure) throw failure;
      const lines = ids.slice(start, start + BATCH).map((id) => `${articleToJsonl(archive.articles.get(id))}\n`).join('');
      if (!out.write(lines)) await once(out, 'drain');
      progress({ done: Math.min(ids.length, start + BATCH), total: ids.length, phase: 'exporting' });
      await betweenBatches(options.signal);
    }
    out.end();
    await once(out, 'close');
    if (failure) throw failure;
    renameSync(temporary, path);
    return { format: 'jsonl', articles: ids.length, path };
  } catch (error) {
    await destroyStream(out);
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** `name.ext`, or `name-2.ext`… when two headlines give the same name. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  const dot = name.lastIndexOf('.');
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

async function exportDocuments(
  archive: Archive,
  ids: readonly string[],
  format: 'md' | 'html' | 'txt',
  target: ExportTarget,
  options: LongOperationOptions,
): Promise<ArchiveExportResult> {
  const progress = throttledProgress(options.onProgress);
  const writer = DOCUMENT_WRITERS[format];
  const taken = new Set<string>();
  const written: string[] = [];
  if (target.kind === 'folder') {
    if (existsSync(target.path) && !statSync(target.path).isDirectory()) throw new ArchiveError('invalid_argument', `${target.path} is a file; ${format} exports write a folder`);
    mkdirSync(target.path, { recursive: true });
  }
  const zip = target.kind === 'zip' ? new ZipWriter(temporaryBeside(target.path)) : null;
  try {
    for (let start = 0; start < ids.length; start += BATCH) {
      // One DOM for the whole batch: Lexical's HTML export borrows a window per call otherwise.
      withDOM(() => {
        for (const id of ids.slice(start, start + BATCH)) {
          const article = archive.articles.get(id);
          const name = uniqueName(exportFilename(article.headline, writer.extension), taken);
          const content = writer.write(article);
          if (zip) zip.add(name, content, new Date(article.updatedAt));
          else writeFileAtomically(join(target.path, name), content);
          written.push(name);
        }
      });
      await zip?.drained();
      progress({ done: Math.min(ids.length, start + BATCH), total: ids.length, phase: 'exporting' });
      await betweenBatches(options.signal);
    }
    if (zip) await zip.finish(target.path);
    return { format, articles: ids.length, path: target.path, ...(zip ? {} : { files: written }) };
  } catch (error) {
    if (zip) await zip.abandon();
    else {
      // A cancelled export to a folder takes back the files it wrote.
      for (const name of written) rmSync(join(target.path, name), { force: true });
    }
    throw error;
  }
}

/**
 * A zip written to a temporary file as it is made (fflate, compressing an entry at a time), so
 * an export of the whole archive never holds the whole zip in memory; renamed into place at
 * the end, or removed when the export stops.
 */
class ZipWriter {
  private readonly out: WriteStream;
  private readonly zip: Zip;
  private failure: Error | null = null;

  constructor(private readonly temporary: string) {
    this.out = createWriteStream(temporary);
    this.out.on('error', (error) => (this.failure ??= error));
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure ??= error;
      else this.out.write(chunk);
      if (final) this.out.end();
    });
  }

  add(name: string, content: string, mtime: Date): void {
    if (this.failure) throw this.failure;
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    this.zip.add(entry);
    entry.push(Buffer.from(content, 'utf8'), true);
  }

  /** Waits until what has been written so far has left memory. */
  async drained(): Promise<void> {
    if (this.out.writableNeedDrain) await once(this.out, 'drain');
    if (this.failure) throw this.failure;
  }

  async finish(path: string): Promise<void> {
    this.zip.end();
    if (!this.out.closed) await once(this.out, 'close');
    if (this.failure) throw this.failure;
    renameSync(this.temporary, path);
  }

  async abandon(): Promise<void> {
    this.zip.terminate();
    await destroyStream(this.out);
    rmSync(this.temporary, { force: true });
  }
}
