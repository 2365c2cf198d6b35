/**
 * Imports and exports the app asks for, run as jobs: the long operation (db/import,
 * db/export) runs between the API's other calls (it yields between batches), while the
 * renderer asks for progress and may cancel. A job and its temporary files live until its
 * result has been read, or an hour after it was last touched.
 *
 * The archive worker's job runner (issue 8) is meant to take these over; until then this is
 * the smallest registry that gives the app progress and cancel through the same contract.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArchiveExportFormat, ImportFileOutcome, TransferJobStatus } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import { EXPORT_CHUNK_BYTES, MAX_IMPORT_JOB_BYTES } from '../../common/transfer-constants';
import type { Archive } from '../archive';
import { exportArchive } from '../export/export-archive';
import type { ArticleSelection } from '../export/select-articles';
import { importSources, type ImportReport } from '../import/import-files';
import { isCancelled, type LongOperationProgress } from '../long-operation/long-operation';
import { ImportStaging } from './import-staging';

const IDLE_LIMIT_MS = 60 * 60 * 1000;

interface Job {
  status: TransferJobStatus;
  controller: AbortController;
  touched: number;
  staging?: ImportStaging;
  /** An export's folder and file. */
  exportFolder?: string;
  exportFile?: string;
  running?: Promise<void>;
}

const EXPORT_FILES: Record<ArchiveExportFormat, { extension: string; mimeType: string }> = {
  jsonl: { extension: 'jsonl', mimeType: 'application/jsonl; charset=utf-8' },
  bundle: { extension: 'dabir', mimeType: 'application/gzip' },
  md: { extension: 'zip', mimeType: 'application/zip' },
  html: { extension: 'zip', mimeType: 'application/zip' },
  txt: { extension: 'zip', mimeType: 'application/zip' },
};

export function importOutcomes(report: ImportReport): NonNullable<TransferJobStatus['importReport']> {
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

export class TransferJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly archive: Archive) {}

  beginImport(files: ReadonlyArray<{ name: string; size: number }>): { jobId: string } {
    this.forgetIdle();
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (total > MAX_IMPORT_JOB_BYTES) throw new ArchiveError('invalid_argument', 'These files are too large to import at once; import them in parts');
    const job = this.add('import', total);
    job.status.state = 'receiving';
    job.status.progress = { done: 0, total, phase: 'receiving' };
    job.staging = new ImportStaging(files);
    return { jobId: job.status.id };
  }

  uploadChunk(jobId: string, file: number, offset: number, data: string): { received: number } {
    const job = this.get(jobId);
    if (job.status.state !== 'receiving' || !job.staging) throw new ArchiveError('conflict', 'This import is no longer receiving files');
    const bytes = Buffer.from(data, 'base64');
    const received = job.staging.write(file, offset, bytes);
    job.status.progress.done += bytes.length;
    return { received };
  }

  startImport(jobId: string): TransferJobStatus {
    const job = this.get(jobId);
    if (job.status.state !== 'receiving' || !job.staging) throw new ArchiveError('conflict', 'This import has started already');
    const sources = job.staging.sources();
    job.status.state = 'running';
    job.status.progress = { done: 0, total: job.status.progress.total, phase: 'importing' };
    job.running = importSources(this.archive, sources, { signal: job.controller.signal, onProgress: (p) => this.progress(job, p) })
      .then((report) => {
        job.status.importReport = importOutcomes(report);
        job.status.state = report.stoppedBy === 'cancelled' ? 'cancelled' : 'done';
      })
      .catch((error: unknown) => this.fail(job, error))
      .finally(() => {
        job.staging?.dispose();
        job.staging = undefined;
      });
    return this.snapshot(job);
  }

  startExport(format: ArchiveExportFormat, selection: ArticleSelection): TransferJobStatus {
    this.forgetIdle();
    const job = this.add('export', 0);
    job.status.state = 'running';
    const folder = mkdtempSync(join(tmpdir(), 'dabir-export-'));
    const { extension, mimeType } = EXPORT_FILES[format];
    const file = join(folder, `export.${extension}`);
    job.exportFolder = folder;
    job.exportFile = file;
    const target = format === 'jsonl' || format === 'bundle' ? ({ kind: 'file', path: file } as const) : ({ kind: 'zip', path: file } as const);
    job.running = exportArchive(this.archive, selection, format, target, { signal: job.controller.signal, onProgress: (p) => this.progress(job, p) })
      .then((result) => {
        job.status.exportResult = { filename: exportName(format, extension), mimeType, size: statSync(file).size, articles: result.articles };
        job.status.state = 'done';
      })
      .catch((error: unknown) => this.fail(job, error));
    return this.snapshot(job);
  }

  readExportChunk(jobId: string, offset: number, length = EXPORT_CHUNK_BYTES): { data: string; done: boolean } {
    const job = this.get(jobId);
    if (job.status.kind !== 'export' || job.status.state !== 'done' || !job.exportFile) throw new ArchiveError('conflict', 'This export has no file to read yet');
    const size = job.status.exportResult!.size;
    const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
    const descriptor = openSync(job.exportFile, 'r');
    try {
      readSync(descriptor, buffer, 0, buffer.length, offset);
    } finally {
      closeSync(descriptor);
    }
    const done = offset + buffer.length >= size;
    // Read to the end: the file has been handed over and its job can go.
    if (done) this.forget(jobId);
    return { data: buffer.toString('base64'), done };
  }

  status(jobId: string): TransferJobStatus {
    return this.snapshot(this.get(jobId));
  }

  cancel(jobId: string): TransferJobStatus {
    const job = this.get(jobId);
    if (job.status.state === 'receiving') {
      job.status.state = 'cancelled';
      job.staging?.dispose();
      job.staging = undefined;
    } else if (job.status.state === 'running') {
      // The operation stops at its next batch boundary and rolls back the file in progress;
      // getTransferJob says 'cancelled' once it has.
      job.controller.abort();
    }
    return this.snapshot(job);
  }

  /** Closing the archive: stops what runs and removes every temporary file. */
  async dispose(): Promise<void> {
    for (const job of this.jobs.values()) job.controller.abort();
    await Promise.all([...this.jobs.values()].map((job) => job.running?.catch(() => undefined)));
    for (const id of [...this.jobs.keys()]) this.forget(id);
  }

  private add(kind: 'import' | 'export', total: number): Job {
    const id = randomUUID();
    const job: Job = { status: { id, kind, state: 'running', progress: { done: 0, total } }, controller: new AbortController(), touched: Date.now() };
    this.jobs.set(id, job);
    return job;
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new ArchiveError('not_found', `No import or export job ${jobId}`);
    job.touched = Date.now();
    return job;
  }

  private progress(job: Job, progress: LongOperationProgress): void {
    job.status.progress = { ...progress };
  }

  private fail(job: Job, error: unknown): void {
    if (isCancelled(error)) {
      job.status.state = 'cancelled';
      return;
    }
    job.status.state = 'failed';
    const code = error instanceof ArchiveError ? error.code : (error as { code?: string }).code === 'SQLITE_FULL' ? 'disk_full' : 'storage';
    job.status.error = { code, message: error instanceof Error ? error.message : String(error) };
  }

  private snapshot(job: Job): TransferJobStatus {
    return structuredClone(job.status);
  }

  private forget(jobId: string): void {
    const job = this.jobs.get(jobId);
    if (!job) return;
    job.staging?.dispose();
    if (job.exportFolder) rmSync(job.exportFolder, { recursive: true, force: true });
    this.jobs.delete(jobId);
  }

  private forgetIdle(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      if (job.status.state !== 'running' && now - job.touched > IDLE_LIMIT_MS) this.forget(id);
    }
  }
}

/** «dabir-export-1403-09-16.zip»-like names, dated by the day, in Latin digits for every file system. */
function exportName(format: ArchiveExportFormat, extension: string): string {
  const day = new Date().toISOString().slice(0, 10);
  return `dabir-${format === 'bundle' ? 'bundle' : 'export'}-${day}.${extension}`;
}
