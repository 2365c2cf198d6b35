/**
 * The `importFiles` and `exportArticles` jobs (registered in db/jobs/archive-jobs.ts), and
 * the files they leave between calls: an import's files wait in ImportUploads while their
 * pieces arrive; an export's file waits in ExportFiles until it has been read back.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportJobResult, ImportFileOutcome, ImportJobReport, JobInputOf } from '../../common/contract';
import type { ArchiveExportFormat } from '../../common/transfer-constants';
import type { Archive } from '../archive';
import { exportArchive } from '../export/export-archive';
import { exportFilename } from '../export/filename';
import { importSources, type ImportReport } from '../import/import-files';
import { CancelledWithResult, type LongOperationOptions } from '../jobs/long-operation';

const EXPORT_FILES: Record<ArchiveExportFormat, { extension: string; mimeType: string }> = {
  jsonl: { extension: 'jsonl', mimeType: 'application/jsonl; charset=utf-8' },
  bundle: { extension: 'dabir', mimeType: 'application/gzip' },
  md: { extension: 'zip', mimeType: 'application/zip' },
  html: { extension: 'zip', mimeType: 'application/zip' },
  txt: { extension: 'zip', mimeType: 'application/zip' },
};

export function importOutcomes(report: ImportReport): ImportJobReport {
  const files = report.files.map(
    (file): ImportFileOutcome => ({
      file: file.file,
      imported: file.imported.length,
      skipped: file.skipped.length,
      problems: [...file.errors, ...file.linkErrors].map(({ source, code, message }) => ({ source, code, message })),
      ...(file.merged
        ? {
            merged: {
              added: file.merged.articlesAdded,
              updated: file.merged.articlesUpdated,
              unchanged: file.merged.articlesUnchanged,
              needsReview: file.merged.needsReview.length,
            },
          }
        : {}),
    }),
  );
  return { files, ignored: report.ignored.length };
}

/** Imports an upload's files; the upload goes however the job ends. */
export async function importUpload(archive: Archive, { uploadId }: JobInputOf<'importFiles'>, options: LongOperationOptions): Promise<ImportJobReport> {
  const sources = archive.uploads.take(uploadId);
  try {
    const report = await importSources(archive, sources.files, options);
    const outcomes = importOutcomes(report);
    // Cancelled: only whole files stay, and the dialog still shows what became of each.
    if (report.stoppedBy === 'cancelled') throw new CancelledWithResult(outcomes);
    return outcomes;
  } finally {
    sources.dispose();
  }
}

/** Writes the export into a temporary folder; the file is kept for readExportChunk. */
export async function exportToFile(
  archive: Archive,
  { format, selection }: JobInputOf<'exportArticles'>,
  options: LongOperationOptions,
): Promise<ExportJobResult> {
  const folder = mkdtempSync(join(tmpdir(), 'dabir-export-'));
  const { extension, mimeType } = EXPORT_FILES[format];
  const path = join(folder, `export.${extension}`);
  const target = format === 'jsonl' || format === 'bundle' ? ({ kind: 'file', path } as const) : ({ kind: 'zip', path } as const);
  try {
    const result = await exportArchive(archive, selection, format, target, options);
    const filename = exportFilename(`دبیر ${result.articles} خبر`, extension);
    const fileId = archive.exportFiles.keep(folder, path);
    return { fileId, filename, mimeType, size: statSync(path).size, articles: result.articles };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

