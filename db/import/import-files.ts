/**
 * Imports files into an archive: each file is read and checked whole, then its good articles
 * are written together, so a bad line costs only itself and never half a file. Results keep
 * the order of the files and of their lines; a source is the path as given plus a line number.
 */
import type { Archive } from '../archive';
import type { ParsedEntry } from './article-draft';
import { readImportFile } from './read-import-file';
import { writeDrafts, type WriteResult } from './write-drafts';

export interface ImportedArticle {
  id: string;
  headline: string;
  /** `FILE:LINE`, FILE as the caller gave it. */
  source: string;
}

export interface ImportProblem {
  /** `FILE:LINE`, or just `FILE` when the whole file was refused. */
  source: string;
  message: string;
}

export interface FileImportReport {
  file: string;
  imported: ImportedArticle[];
  errors: ImportProblem[];
}

export interface ImportReport {
  files: FileImportReport[];
  /** Set when the archive failed mid-import; the files after the failing one were not tried. */
  stoppedBy?: 'disk_full' | 'storage';
}

export function importFiles(archive: Archive, paths: readonly string[]): ImportReport {
  const report: ImportReport = { files: [] };
  for (const file of paths) {
    if (report.stoppedBy) {
      report.files.push(refusedFile(file, 'not imported: the import stopped at the error above'));
      continue;
    }
    const outcome = importOneFile(archive, file);
    report.files.push(outcome.report);
    report.stoppedBy = outcome.stoppedBy;
  }
  return report;
}

function importOneFile(archive: Archive, file: string): { report: FileImportReport; stoppedBy?: ImportReport['stoppedBy'] } {
  const parsed = readImportFile(file);
  if (!parsed.ok) return { report: refusedFile(file, parsed.message) };

  const valid = parsed.entries.filter((entry) => entry.ok);
  let written: WriteResult[];
  try {
    written = writeDrafts(archive, valid.map((entry) => entry.draft));
  } catch (error) {
    // The file's transaction has rolled back: nothing of it is in the archive.
    if ((error as { code?: string }).code === 'SQLITE_FULL') {
      return { report: refusedFile(file, 'the disk is full: nothing from this file was imported'), stoppedBy: 'disk_full' };
    }
    const reason = `the archive could not be written (${(error as Error).message}): nothing from this file was imported`;
    return { report: refusedFile(file, reason), stoppedBy: 'storage' };
  }

  const resultOf = new Map<ParsedEntry, WriteResult>(valid.map((entry, index) => [entry, written[index]]));
  const report: FileImportReport = { file, imported: [], errors: [] };
  for (const entry of parsed.entries) {
    const source = `${file}:${entry.line}`;
    const result: WriteResult = entry.ok ? resultOf.get(entry)! : entry;
    if (result.ok) report.imported.push({ id: result.article.id, headline: result.article.headline, source });
    else report.errors.push({ source, message: result.message });
  }
  return { report };
}

function refusedFile(file: string, message: string): FileImportReport {
  return { file, imported: [], errors: [{ source: file, message }] };
}
