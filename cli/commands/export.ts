/**
 * `dabir export ID [--format html|md] [--out FILE]`: an article as a standalone HTML document
 * or as Markdown (db/export writes both), printed to stdout or written to a file. `--out`
 * naming a folder writes the file there under the name the app's export offers.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExportedFile, ExportFormat } from '../../common/contract';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { printJson } from '../format';
import { EXIT_OK, UsageError } from '../io';
import { callApi } from '../api';
import { withArchive } from '../open-archive';
import { parseArticleId } from '../options';
import { writeFileAtomically } from '../write-file';

/** What `--format` accepts; `md` is what a file is called, `markdown` what the API calls it. */
const FORMAT_NAMES: Record<string, ExportFormat> = { html: 'html', htm: 'html', md: 'markdown', markdown: 'markdown' };

function parseFormat(value: string | undefined): ExportFormat {
  if (value === undefined) return 'html';
  const format = FORMAT_NAMES[value.trim().toLowerCase()];
  if (!format) throw new UsageError(`--format must be html or md, not "${value}"`);
  return format;
}

function outputPath(out: string, file: ExportedFile): string {
  const path = resolve(out);
  return existsSync(path) && statSync(path).isDirectory() ? join(path, file.filename) : path;
}

export function exportCommand({ args, io, archive: location }: CommandContext): number {
  acceptOnlyOptions(args, 'export', ['json', 'format', 'out']);
  if (args.operands.length !== 1) throw new UsageError('export needs exactly one article id: dabir export ID');
  const id = parseArticleId(args.operands[0]);
  const format = parseFormat(args.format);
  if (args.out !== undefined && args.out.trim() === '') throw new UsageError('--out needs the path of a file to write');

  const file = withArchive(location, 'read', (archive) => callApi(archive, 'exportArticle', { id, format }));

  if (args.out === undefined) {
    if (args.json) printJson(io.stdout, file);
    else io.stdout(file.content);
    return EXIT_OK;
  }
  const path = outputPath(args.out, file);
  writeFileAtomically(path, file.content);
  const bytes = Buffer.byteLength(file.content, 'utf8');
  if (args.json) printJson(io.stdout, { path, filename: file.filename, mimeType: file.mimeType, bytes });
  else io.stdout(`Wrote ${path} (${format === 'html' ? 'HTML' : 'Markdown'}, ${bytes} bytes)\n`);
  return EXIT_OK;
}
