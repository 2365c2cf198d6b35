/**
 * `dabir export`: one article printed or written, or many articles written at once.
 *
 *   dabir export ID [--format html|md|txt|jsonl] [--out FILE]
 *     one article, printed to stdout, or written to FILE (a folder as FILE gets a file named
 *     after the headline), as before;
 *   dabir export --format jsonl|md|html|txt|bundle --out PATH [ID...] [--tag T]... [--from D] [--to D] [--desk D]
 *     every article when no id or filter is given: md, html and txt write a file per article
 *     into the folder PATH; jsonl and bundle write the one file PATH.
 *
 * The writing lives in db/export (and db/bundle for bundles); this chooses and reports.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExportedFile, ExportFormat } from '../../common/contract';
import { ARCHIVE_EXPORT_FORMATS, exportArchive, type ArchiveExportFormat } from '../../db/export/export-archive';
import { articleToJsonl } from '../../db/export/jsonl-document';
import { articleToPlainText } from '../../db/export/plain-text-document';
import type { ArticleSelection } from '../../db/export/select-articles';
import { WriteFileError } from '../../db/export/atomic-write';
import { exportFilename } from '../../db/export/filename';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { callApi } from '../api';
import { parseDay } from '../dates';
import { plural, printJson } from '../format';
import { CliError, EXIT_OK, UsageError } from '../io';
import { openArchive, withArchive } from '../open-archive';
import { parseArticleId } from '../options';
import { progressLine } from '../progress-line';
import { writeFileAtomically } from '../write-file';

/** What `--format` accepts, by the name a file has; `markdown` and `htm` are understood too. */
const FORMAT_NAMES: Record<string, ArchiveExportFormat> = { html: 'html', htm: 'html', md: 'md', markdown: 'md', txt: 'txt', text: 'txt', jsonl: 'jsonl', bundle: 'bundle', dabir: 'bundle' };

function parseFormat(value: string | undefined): ArchiveExportFormat {
  if (value === undefined) return 'html';
  const format = FORMAT_NAMES[value.trim().toLowerCase()];
  if (!format) throw new UsageError(`--format must be one of ${ARCHIVE_EXPORT_FORMATS.join(', ')}, not "${value}"`);
  return format;
}

const SINGLE_FILE: Record<Exclude<ArchiveExportFormat, 'bundle'>, { extension: string; mimeType: string; name: string }> = {
  html: { extension: 'html', mimeType: 'text/html; charset=utf-8', name: 'HTML' },
  md: { extension: 'md', mimeType: 'text/markdown; charset=utf-8', name: 'Markdown' },
  txt: { extension: 'txt', mimeType: 'text/plain; charset=utf-8', name: 'plain text' },
  jsonl: { extension: 'jsonl', mimeType: 'application/jsonl; charset=utf-8', name: 'JSON Lines' },
};

/** One article answers at once, as before; many run as a long operation and answer asynchronously. */
export function exportCommand(context: CommandContext): number | Promise<number> {
  const { args } = context;
  acceptOnlyOptions(args, 'export', ['json', 'format', 'out', 'tag', 'from', 'to', 'desk']);
  const format = parseFormat(args.format);
  if (args.out !== undefined && args.out.trim() === '') throw new UsageError('--out needs the path of a file or folder to write');
  const filtered = (args.tag?.length ?? 0) > 0 || args.from !== undefined || args.to !== undefined || args.desk !== undefined;
  // One article named and nothing else asked: printed, or written to the one file --out names.
  if (args.operands.length === 1 && !filtered && format !== 'bundle') return exportOne(context, format);
  if (args.out === undefined) {
    throw new UsageError('export of more than one article needs --out: a folder for md, html and txt, a file for jsonl and bundle');
  }
  return exportMany(context, format, {
    ids: args.operands.map(parseArticleId),
    tags: args.tag,
    desk: args.desk,
    from: args.from === undefined ? undefined : parseDay(args.from, '--from').iso,
    to: args.to === undefined ? undefined : parseDay(args.to, '--to').iso,
  });
}

function isFolderPath(path: string): boolean {
  return path.endsWith('/') || (existsSync(path) && statSync(path).isDirectory());
}

function exportOne({ args, io, location }: CommandContext, format: Exclude<ArchiveExportFormat, 'bundle'>): number {
  const id = parseArticleId(args.operands[0]);
  const file = withArchive(location, 'read', (archive): ExportedFile => {
    if (format === 'html' || format === 'md') {
      const apiFormat: ExportFormat = format === 'md' ? 'markdown' : 'html';
      return callApi(archive, 'exportArticle', { id, format: apiFormat });
    }
    // Wire text and JSON Lines are files only the command line writes one at a time.
    const article = callApi(archive, 'getArticle', { id });
    const { extension, mimeType } = SINGLE_FILE[format];
    const content = format === 'txt' ? articleToPlainText(article) : `${articleToJsonl(article)}\n`;
    return { filename: exportFilename(article.headline, extension), mimeType, content };
  });

  if (args.out === undefined) {
    if (args.json) printJson(io.stdout, file);
    else io.stdout(file.content);
    return EXIT_OK;
  }
  const out = resolve(args.out);
  const path = isFolderPath(args.out) ? join(out, file.filename) : out;
  writeFileAtomically(path, file.content);
  const bytes = Buffer.byteLength(file.content, 'utf8');
  if (args.json) printJson(io.stdout, { path, filename: file.filename, mimeType: file.mimeType, bytes });
  else io.stdout(`Wrote ${path} (${SINGLE_FILE[format].name}, ${bytes} bytes)\n`);
  return EXIT_OK;
}

async function exportMany({ args, io, location }: CommandContext, format: ArchiveExportFormat, selection: ArticleSelection): Promise<number> {
  const path = resolve(args.out!);
  const perArticle = format === 'md' || format === 'html' || format === 'txt';
  if (!perArticle && isFolderPath(args.out!)) throw new UsageError(`--format ${format} writes one file; --out names a folder (${path})`);
  const archive = openArchive(location, 'read');
  const progress = progressLine(io, args.json === true, 'Exporting');
  try {
    const result = await exportArchive(archive, selection, format, { kind: perArticle ? 'folder' : 'file', path }, { onProgress: (p) => progress.update(p) });
    progress.clear();
    if (args.json) printJson(io.stdout, result);
    else io.stdout(`Exported ${plural(result.articles, 'article')} to ${result.path}${perArticle ? ` (${plural(result.files?.length ?? 0, 'file')})` : ''}\n`);
    return EXIT_OK;
  } catch (error) {
    progress.clear();
    if (error instanceof WriteFileError) throw new CliError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw new CliError(`cannot write ${path}: ${(error as Error).message}`);
    throw error;
  } finally {
    archive.close();
  }
}
