/**
 * Bulk import, export and merge review in the contract. A long operation runs as a job the
 * renderer follows: an import's files are sent in pieces (`beginImport`, `uploadImportChunk`),
 * then `startImport`; an export is started and its file read back in pieces
 * (`readExportChunk`). `getTransferJob` reports progress and, at the end, the report;
 * `cancelTransferJob` stops a job, leaving only whole files in the archive.
 */
import { z } from 'zod';
import { ARTICLE_STATUSES, LIMITS } from '../constants';
import {
  ARCHIVE_EXPORT_FORMATS,
  EXPORT_CHUNK_BYTES,
  IMPORT_CHUNK_BYTES,
  MAX_EXPORT_IDS,
  MAX_IMPORT_FILES,
  MAX_IMPORT_JOB_BYTES,
  type ArchiveExportFormat,
  type TransferJobState,
} from '../transfer-constants';
import { method } from './method';
import { uuidSchema } from './workbench';

export type { ArchiveExportFormat, TransferJobState };

/** Why a file or line was not imported; the renderer has a Persian sentence for each. */
export type ImportProblemCode =
  | 'unsupported_type'
  | 'not_found'
  | 'unreadable'
  | 'empty'
  | 'too_large'
  | 'binary'
  | 'invalid_encoding'
  | 'control_character'
  | 'damaged'
  | 'unsafe_archive'
  | 'no_text'
  | 'invalid_line'
  | 'id_taken'
  | 'invalid_bundle'
  | 'link_not_made'
  | 'disk_full'
  | 'storage'
  | 'cancelled';

export interface ImportFileOutcome {
  /** The file's name as the user chose it (with its folder, for a folder's files). */
  file: string;
  imported: number;
  /** Stories the archive held already: not imported again. */
  skipped: number;
  problems: Array<{ source: string; code: ImportProblemCode; message: string }>;
  /** A bundle that was merged. */
  merged?: { added: number; updated: number; unchanged: number; needsReview: number };
}

export interface TransferJobStatus {
  id: string;
  kind: 'import' | 'export';
  state: TransferJobState;
  progress: { done: number; total: number; phase?: string; current?: string };
  /** When an import has ended (done or cancelled): what became of each file. */
  importReport?: { files: ImportFileOutcome[]; ignored: number };
  /** When an export is done: its file, to read with readExportChunk. */
  exportResult?: { filename: string; mimeType: string; size: number; articles: number };
  /** Why the job failed. */
  error?: { code: string; message: string };
}

export interface MergeReviewItem {
  id: string;
  headline: string;
  reason: 'edited_on_both_sides' | 'deleted_and_edited';
  markedAt: string;
}

const day = z.iso.date({ error: 'date must be YYYY-MM-DD' });
const shortText = z.string().max(LIMITS.shortText);
/** Base64 of at most one piece: 4 characters per 3 bytes. */
const chunkData = z
  .string()
  .max(Math.ceil(IMPORT_CHUNK_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'data must be base64');

export const exportSelectionSchema = z.strictObject({
  ids: z.array(uuidSchema).max(MAX_EXPORT_IDS).optional(),
  query: z.string().max(LIMITS.queryChars).optional(),
  tags: z.array(shortText).max(20).optional(),
  desk: shortText.optional(),
  status: z.enum(ARTICLE_STATUSES).optional(),
  from: day.optional(),
  to: day.optional(),
});

export const transferMethods = {
  /** Announces an import's files (name with its folder, and size); answers the job's id. */
  beginImport: method<{ jobId: string }>()(
    z.strictObject({
      files: z
        .array(z.strictObject({ name: z.string().trim().min(1).max(1000), size: z.number().int().min(0).max(MAX_IMPORT_JOB_BYTES) }))
        .min(1)
        .max(MAX_IMPORT_FILES),
    }),
  ),
  /** One piece of one file, at its offset; pieces of a file come in order. */
  uploadImportChunk: method<{ received: number }>()(
    z.strictObject({ jobId: uuidSchema, file: z.number().int().min(0), offset: z.number().int().min(0), data: chunkData }),
  ),
  /** Every piece is in: the import runs; follow it with getTransferJob. */
  startImport: method<TransferJobStatus>()(z.strictObject({ jobId: uuidSchema })),
  startExport: method<TransferJobStatus>()(
    z.strictObject({ format: z.enum(ARCHIVE_EXPORT_FORMATS), selection: exportSelectionSchema }),
  ),
  /** A piece of a finished export's file, from `offset`; base64. */
  readExportChunk: method<{ data: string; done: boolean }>()(
    z.strictObject({ jobId: uuidSchema, offset: z.number().int().min(0), length: z.number().int().min(1).max(EXPORT_CHUNK_BYTES).optional() }),
  ),
  getTransferJob: method<TransferJobStatus>()(z.strictObject({ jobId: uuidSchema })),
  cancelTransferJob: method<TransferJobStatus>()(z.strictObject({ jobId: uuidSchema })),
  /** «نیازمند بازبینی پس از ادغام»: articles a merge kept from two lines of edits. */
  listMergeReviews: method<{ items: MergeReviewItem[]; total: number }>()(
    z.strictObject({ limit: z.number().int().min(1).max(LIMITS.listPage).optional(), offset: z.number().int().min(0).optional() }),
  ),
  /** The editor has reviewed it: off the list. */
  resolveMergeReview: method<{ remaining: number }>()(z.strictObject({ id: uuidSchema })),
} as const;
