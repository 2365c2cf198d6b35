/**
 * Long operations in the contract: a job is started with `startJob`, watched with `getJob`
 * (its progress, then its result or error) and stopped with `cancelJob`. Each kind of job is
 * specified like a method, with a schema for its input and, as a phantom, its result; adding
 * a kind is one line in `jobKinds` and one in the archive's registry (db/jobs/archive-jobs.ts).
 */
import { z } from 'zod';
import type { ApiError } from '../result';
import { ARCHIVE_EXPORT_FORMATS } from '../transfer-constants';
import { method } from './method';
import { backupNameSchema, type BackupRestored, type BackupTaken } from './safekeeping';
import { exportSelectionSchema, type ExportJobResult, type ImportJobReport } from './transfer';
import { uuidSchema } from './shared-schemas';
import { workbenchMethods, type TagWriteReceipt } from './workbench';

export const jobKinds = {
  /** Re-keys the search index with today's normaliser; the archive starts it on open when needed. */
  rebuildIndex: method<{ indexed: number }>()(z.strictObject({})),
  /**
   * tagArticles for a large selection: a batch of articles per transaction, each with one
   * revision; the result names them, so an editor holding one of them adopts its new revision.
   */
  tagArticles: method<TagWriteReceipt>()(workbenchMethods.tagArticles.args),
  /**
   * Articles out of the archive: those the selection names (every one when it names none), as
   * a .zip of pages (md, html, txt), one .jsonl, or a bundle to merge elsewhere. The file waits
   * in the archive; read it with readExportChunk.
   */
  exportArticles: method<ExportJobResult>()(
    z.strictObject({ format: z.enum(ARCHIVE_EXPORT_FORMATS), selection: exportSelectionSchema }),
  ),
  /**
   * The files sent with beginImport and uploadImportChunk, each whole or not at all; bundles
   * are merged. Cancelled, it ends `cancelled` with the report of what it had finished.
   */
  importFiles: method<ImportJobReport>()(z.strictObject({ uploadId: uuidSchema })),
  /**
   * A backup into the Backups folder beside the archive, checked before older ones are rotated
   * out; `scheduled` is the archive's own, every 30 minutes while it changes.
   */
  backup: method<BackupTaken>()(z.strictObject({ reason: z.enum(['manual', 'scheduled']).default('manual') })),
  /** Puts a backup from the Backups folder in the archive's place, keeping the archive it replaces. */
  restoreBackup: method<BackupRestored>()(z.strictObject({ name: backupNameSchema })),
} as const;

type JobKinds = typeof jobKinds;
export type JobKind = keyof JobKinds;
export const JOB_KINDS = Object.keys(jobKinds) as JobKind[];

export type JobInputOf<K extends JobKind> = z.output<JobKinds[K]['args']>;
export type JobResultOf<K extends JobKind> = NonNullable<JobKinds[K]['result']>;

/** How far a job has come; `phase` names a step when a job has several («writing», «zipping»). */
export interface JobProgress {
  done: number;
  total: number;
  phase?: string;
  /** The item being worked on, for the user: an import's current file. */
  current?: string;
}

/** `cancelled` is final as `done` is: what the job had finished stays, the batch in progress does not. */
export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

interface JobStatusOf<K extends JobKind> {
  id: string;
  kind: K;
  state: JobState;
  progress: JobProgress;
  /** Set once the job is done; a cancelled job that reports what it had finished (an import) has it too. */
  result?: JobResultOf<K>;
  /** Set when it failed or was cancelled (code `cancelled`). */
  error?: ApiError;
  startedAt: string;
  endedAt: string | null;
}

/** One job as the archive last reported it; narrowed by `kind`. */
export type JobStatus = { [K in JobKind]: JobStatusOf<K> }[JobKind];

export type StartJobRequest = { [K in JobKind]: { kind: K; input: JobInputOf<K> } }[JobKind];
type StartJobInput = { [K in JobKind]: { kind: K; input: z.input<JobKinds[K]['args']> } }[JobKind];

/** `{ kind, input }`, the input checked against that kind's schema. */
const startJobSchema = z.discriminatedUnion(
  'kind',
  JOB_KINDS.map((kind) => z.strictObject({ kind: z.literal(kind), input: jobKinds[kind].args })) as unknown as [
    z.ZodObject<{ kind: z.ZodLiteral<JobKind> }>,
  ],
) as unknown as z.ZodType<StartJobRequest, StartJobInput>;

/** Whether the archive had to be reopened since the window was opened (the worker serving it stopped). */
export interface ArchiveRestarts {
  count: number;
  last: { at: string; reason: string } | null;
  /** False once the archive could not be reopened: nothing can be saved until the app restarts. */
  available: boolean;
}

export const jobMethods = {
  /** Starts a job and answers at once with its first status. */
  startJob: method<JobStatus>()(startJobSchema),
  getJob: method<JobStatus>()(z.strictObject({ id: uuidSchema })),
  /** Asks a running job to stop after its current batch; answers with its status. */
  cancelJob: method<JobStatus>()(z.strictObject({ id: uuidSchema })),
  /** Running jobs, and those that ended lately, newest first. */
  listJobs: method<JobStatus[]>()(z.strictObject({ kind: z.enum(JOB_KINDS as [JobKind, ...JobKind[]]).optional() })),
  getArchiveRestarts: method<ArchiveRestarts>()(z.strictObject({})),
} as const;
