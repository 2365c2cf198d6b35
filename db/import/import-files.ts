/**
 * Imports files and folders into an archive, as a long operation (progress, cancel, yields
 * between batches). Each file imports whole or not at all, and one bad file never stops the
 * rest: a document (.txt, .md, .html, .docx) is one article written in one transaction; a
 * `.jsonl` file is streamed and written a batch at a time, a bad line costing only itself; a
 * bundle (.dabir) is merged (db/bundle). A cancel rolls back the file in progress (the
 * batches of it already written are taken out again), so the archive holds whole files only.
 *
 * The same story already in the archive is skipped and listed, so running an import again
 * changes nothing. Cross-references (`links` in .jsonl) are made last, once every file is
 * written, so a line may point at an article later in the same import.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { emptyTidyCounts, type TidyCounts } from '../../common/typography/tidy-persian';
import { tidyDraft } from './tidy-draft';
import type { LinkType } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { Archive } from '../archive';
import { betweenBatches, cancelledError, isCancelled, throttledProgress, type LongOperationOptions } from '../jobs/long-operation';
import type { ArticleDraft, ParsedEntry } from './article-draft';
import { parseDocxFile } from './docx/docx-file';
import { parseHtmlFile } from './html/html-file';
import { ImportWindow } from './html/import-window';
import { FileRefusedError, type ImportProblemCode } from './import-problem';
import { MAX_DOCUMENT_BYTES, MAX_DOCX_BYTES, megabytes } from './import-limits';
import { BUNDLE_EXTENSION, collectImportSources, IMPORTABLE_EXTENSIONS, type ImportSource } from './import-sources';
import { streamJsonl } from './jsonl';
import { parseMarkdownFile } from './markdown-file';
import { parsePlainText } from './plain-text';
import { removeUntouchedImports } from './take-out';
import { writeBatch, type WriteResult } from './write-batch';
import { mergeBundleFile, type BundleMergeSummary } from '../bundle/merge-bundle';

export interface ImportedArticle {
  id: string;
  headline: string;
  /** `FILE:LINE` (a document is `FILE:1`), FILE as the caller named it. */
  source: string;
}

export interface SkippedArticle {
  source: string;
  headline: string;
  /** The article already in the archive that tells the same story. */
  duplicateOf: { id: string; headline: string };
}

export interface ImportProblem {
  /** `FILE:LINE`, or just `FILE` when the whole file was refused. */
  source: string;
  code: ImportProblemCode;
  message: string;
}

export interface FileImportReport {
  file: string;
  imported: ImportedArticle[];
  skipped: SkippedArticle[];
  /** Lines (or the whole file) not imported: nothing was written for them. */
  errors: ImportProblem[];
  /** Links not made, by the line that asked for them; those articles were imported without them. */
  linkErrors: ImportProblem[];
  /** What merging a bundle did. */
  merged?: BundleMergeSummary;
}

export interface ImportReport {
  files: FileImportReport[];
  /** Files inside the folders given that are of no kind Dabir imports; passed over. */
  ignored: string[];
  /** With `tidy`: the typography fixes made, kind by kind, over every imported article. */
  tidied?: TidyCounts;
  /** Set when the import stopped early; the files after the one it stopped at were not tried. */
  stoppedBy?: 'disk_full' | 'storage' | 'cancelled';
}

export interface ImportOptions extends LongOperationOptions {
  /** Tidy each article's Persian typography on the way in (`dabir import --tidy`). */
  tidy?: boolean;
}

/** Lines of a .jsonl file written per transaction: big enough to amortise, small enough to yield often. */
const JSONL_BATCH = 250;

/** A link an imported article asked for, made once the whole import is written. */
interface PendingLink {
  report: FileImportReport;
  source: string;
  sourceId: string;
  targetId: string;
  type: LinkType;
}

class ArchiveFailure extends Error {
  constructor(readonly reason: 'disk_full' | 'storage', message: string) {
    super(message);
  }
}

export async function importPaths(archive: Archive, paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
  const { sources, ignored } = collectImportSources(paths);
  const report = await importSources(archive, sources, options);
  report.ignored = ignored;
  return report;
}

export async function importSources(archive: Archive, sources: readonly ImportSource[], options: ImportOptions = {}): Promise<ImportReport> {
  const { signal } = options;
  const progress = throttledProgress(options.onProgress);
  const report: ImportReport = { files: [], ignored: [], tidied: options.tidy ? emptyTidyCounts() : undefined };
  const sizes = sources.map((source) => sizeOf(source.path));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  let before = 0;
  const links: PendingLink[] = [];
  const window = new ImportWindow();
  try {
    await archive.fingerprints.backfill({ signal, onProgress: (p) => progress({ done: 0, total, phase: 'preparing', current: `${p.done}/${p.total}` }) });
    for (const [index, source] of sources.entries()) {
      if (report.stoppedBy) {
        report.files.push(refusedFile(source.name, 'cancelled', 'not imported: the import stopped before this file'));
        continue;
      }
      progress({ done: before, total, phase: 'importing', current: source.name });
      const onBytes = (bytes: number) => progress({ done: before + Math.min(bytes, sizes[index]), total, phase: 'importing', current: source.name });
      const file: FileImportReport = { file: source.name, imported: [], skipped: [], errors: [], linkErrors: [] };
      report.files.push(file);
      try {
        await importOneFile(archive, source, file, links, window, { signal, onBytes, tidied: report.tidied });
      } catch (error) {
        if (isCancelled(error)) {
          Object.assign(file, refusedFile(source.name, 'cancelled', 'not imported: the import was cancelled while this file was read; nothing of it was kept'));
          report.stoppedBy = 'cancelled';
        } else if (error instanceof ArchiveFailure) {
          Object.assign(file, refusedFile(source.name, error.reason, error.message));
          report.stoppedBy = error.reason;
        } else {
          throw error;
        }
      }
      before += sizes[index];
      await betweenBatches(undefined);
    }
  } finally {
    window.close();
  }
  // Links of the files that were imported, even after a cancel: their articles are in.
  makeLinks(archive, links.filter((link) => link.report.imported.some((article) => article.id === link.sourceId)));
  progress({ done: total, total, phase: 'done' });
  if (signal?.aborted && !report.stoppedBy) report.stoppedBy = 'cancelled';
  return report;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

interface FileOptions {
  signal?: AbortSignal;
  onBytes: (bytes: number) => void;
  /** Set with `tidy`: each article is tidied on its way in, the fixes counted here. */
  tidied?: TidyCounts;
}

async function importOneFile(
  archive: Archive,
  source: ImportSource,
  file: FileImportReport,
  links: PendingLink[],
  window: ImportWindow,
  options: FileOptions,
): Promise<void> {
  const extension = extname(source.name).toLowerCase();
  try {
    if (extension === '.jsonl') return await importJsonl(archive, source, file, links, options);
    if (extension === BUNDLE_EXTENSION) {
      file.merged = await mergeBundleFile(archive, source.path, { signal: options.signal, onProgress: (p) => options.onBytes(p.done) });
      return;
    }
    const draft = await readDocument(source, extension, window);
    options.onBytes(Number.MAX_SAFE_INTEGER);
    // `FILE:1` as for a .jsonl line: the whole document is the article that starts on line 1.
    applyResults(file, [{ source: `${source.name}:1`, draft }], write(archive, [draft], options.tidied), links);
  } catch (error) {
    if (error instanceof FileRefusedError) {
      file.errors.push({ source: source.name, code: error.code, message: error.message });
      return;
    }
    throw error;
  }
}

async function readDocument(source: ImportSource, extension: string, window: ImportWindow): Promise<ArticleDraft> {
  if (!(IMPORTABLE_EXTENSIONS as readonly string[]).includes(extension)) {
    const found = extension === '' ? 'a file without an extension' : `a ${extension} file`;
    throw new FileRefusedError('unsupported_type', `Dabir imports ${IMPORTABLE_EXTENSIONS.join(', ')} files, not ${found}`);
  }
  const limit = extension === '.docx' ? MAX_DOCX_BYTES : MAX_DOCUMENT_BYTES;
  const bytes = await readWhole(source.path, limit);
  switch (extension) {
    case '.txt':
      return parsePlainText(bytes);
    case '.md':
      return parseMarkdownFile(bytes);
    case '.docx':
      return parseDocxFile(bytes, window);
    default:
      return parseHtmlFile(bytes, window);
  }
}

async function readWhole(path: string, limit: number): Promise<Uint8Array> {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new FileRefusedError('unreadable', 'this is a folder, not a file');
    size = stat.size;
  } catch (error) {
    if (error instanceof FileRefusedError) throw error;
    throw describeReadError(error as NodeJS.ErrnoException);
  }
  if (size === 0) throw new FileRefusedError('empty', 'the file is empty');
  // Checked before reading: a 50 MB "text" is not one article, and reading it costs memory.
  if (size > limit) throw new FileRefusedError('too_large', `the file is ${megabytes(size)}; a document of this kind may be at most ${megabytes(limit)}`);
  try {
    return await readFile(path);
  } catch (error) {
    throw describeReadError(error as NodeJS.ErrnoException);
  }
}

function describeReadError(error: NodeJS.ErrnoException): FileRefusedError {
  switch (error.code) {
    case 'ENOENT':
      return new FileRefusedError('not_found', 'no such file');
    case 'EISDIR':
      return new FileRefusedError('unreadable', 'this is a folder, not a file');
    case 'EACCES':
    case 'EPERM':
      return new FileRefusedError('unreadable', 'permission denied: you may not read this file');
    default:
      return new FileRefusedError('unreadable', `could not read the file (${error.message})`);
  }
}

/**
 * A `.jsonl` file, streamed a batch at a time. If it is cancelled or the archive fails part
 * way, the batches of this file already written are taken out again: the file is whole or absent.
 */
async function importJsonl(archive: Archive, source: ImportSource, file: FileImportReport, links: PendingLink[], options: FileOptions): Promise<void> {
  let sawLine = false;
  let batch: Array<{ source: string; draft: ArticleDraft }> = [];
  const flush = () => {
    if (batch.length === 0) return;
    const drafts = batch.map((item) => item.draft);
    applyResults(file, batch, write(archive, drafts, options.tidied), links);
    batch = [];
  };
  try {
    try {
      for await (const { entry, endOffset } of streamJsonl(source.path)) {
        sawLine = true;
        const where = `${source.name}:${entry.line}`;
        if (entry.ok) batch.push({ source: where, draft: entry.draft });
        else file.errors.push({ source: where, code: 'invalid_line', message: (entry as Extract<ParsedEntry, { ok: false }>).message });
        if (batch.length >= JSONL_BATCH) {
          flush();
          options.onBytes(endOffset);
          await betweenBatches(options.signal);
        }
      }
    } catch (error) {
      if (isCancelled(error) || error instanceof ArchiveFailure) throw error;
      throw describeReadError(error as NodeJS.ErrnoException);
    }
    if (options.signal?.aborted) throw cancelledError();
    flush();
  } catch (error) {
    if (isCancelled(error) || error instanceof ArchiveFailure) takeOut(archive, file);
    throw error;
  }
  if (!sawLine) file.errors.push({ source: source.name, code: 'empty', message: 'the file is empty' });
  // Bad lines are found as the file is read, refused ones when their batch is written: report them in line order.
  file.errors.sort((a, b) => lineOf(a.source) - lineOf(b.source));
}

function lineOf(source: string): number {
  return Number(/:(\d+)$/.exec(source)?.[1] ?? 0);
}

/** Removes what this file wrote so far: the file's import is undone as if never started. */
function takeOut(archive: Archive, file: FileImportReport): void {
  const ids = file.imported.map((article) => article.id);
  if (ids.length === 0) return;
  removeUntouchedImports(archive, ids);
  file.imported = [];
  file.skipped = [];
}

function write(archive: Archive, drafts: readonly ArticleDraft[], tidied?: TidyCounts): WriteResult[] {
  try {
    return writeBatch(archive, tidied ? drafts.map((draft) => tidyDraft(draft, tidied)) : drafts);
  } catch (error) {
    // The batch's transaction has rolled back: nothing of it is in the archive.
    if ((error as { code?: string }).code === 'SQLITE_FULL') throw new ArchiveFailure('disk_full', 'the disk is full: nothing from this file was imported');
    if (error instanceof ArchiveError || (error as { code?: string }).code?.toString().startsWith('SQLITE_')) {
      throw new ArchiveFailure('storage', `the archive could not be written (${(error as Error).message}): nothing from this file was imported`);
    }
    throw error;
  }
}

function applyResults(
  file: FileImportReport,
  items: ReadonlyArray<{ source: string; draft: ArticleDraft }>,
  results: readonly WriteResult[],
  links: PendingLink[],
): void {
  results.forEach((result, index) => {
    const { source, draft } = items[index];
    if (result.kind === 'imported') {
      file.imported.push({ id: result.article.id, headline: result.article.headline, source });
      for (const { id, type } of draft.links ?? []) links.push({ report: file, source, sourceId: result.article.id, targetId: id, type });
    } else if (result.kind === 'duplicate') {
      file.skipped.push({ source, headline: result.headline, duplicateOf: result.duplicateOf });
    } else {
      file.errors.push({ source, code: result.code, message: result.message });
    }
  });
}

/**
 * Makes the links, all in one transaction; each is its own savepoint, so one that can't be
 * made (its target is not in the archive) is reported and the others are kept. When the
 * archive itself fails (a full disk), none is made and every one is reported; the articles
 * stay imported, so importing the files again would not bring the links back.
 */
function makeLinks(archive: Archive, links: readonly PendingLink[]): void {
  if (links.length === 0) return;
  try {
    const problems = archive.db
      .transaction(() =>
        links.flatMap((link) => {
          const message = makeLink(archive, link);
          return message === undefined ? [] : [{ link, message }];
        }),
      )
      .immediate();
    for (const { link, message } of problems) link.report.linkErrors.push({ source: link.source, code: 'link_not_made', message });
  } catch (error) {
    const full = (error as { code?: string }).code === 'SQLITE_FULL';
    const reason = full ? 'the disk is full' : `the archive could not be written (${(error as Error).message})`;
    for (const link of links) {
      link.report.linkErrors.push({ source: link.source, code: 'link_not_made', message: `${describeLink(link)} was not made: ${reason}; no link of this import was made` });
    }
  }
}

/** Undefined when the link was made (or was already there); else why not. */
function makeLink(archive: Archive, link: PendingLink): string | undefined {
  if (link.targetId === link.sourceId) return `${describeLink(link)} was not made: an article cannot link to itself; the article was imported without it`;
  try {
    // Dated like the story itself, so linking an old story does not float it to the top.
    const source = archive.articles.get(link.sourceId);
    archive.links.add(link.sourceId, link.targetId, link.type, { baseRevision: source.revision, at: source.updatedAt });
    return undefined;
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    const reason =
      error.code === 'not_found'
        ? 'there is no article with that id in the archive or in this import'
        : error.message.charAt(0).toLowerCase() + error.message.slice(1);
    return `${describeLink(link)} was not made: ${reason}; the article was imported without it`;
  }
}

function describeLink(link: PendingLink): string {
  return `the ${link.type.replace('_', '-')} link to ${link.targetId}`;
}

function refusedFile(file: string, code: ImportProblemCode, message: string): FileImportReport {
  return { file, imported: [], skipped: [], errors: [{ source: file, code, message }], linkErrors: [] };
}
