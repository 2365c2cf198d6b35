/**
 * Bulk import, export and merge review in the contract. The long work runs as jobs (see
 * jobs.ts: `importFiles`, `exportArticles`); these are the short calls around them. An
 * import's files are sent first, in pieces (`beginImport`, `uploadImportChunk`), then the
 * `importFiles` job reads them; a finished export's file is read back in pieces
 * (`readExportChunk`), since a whole archive would not fit in one reply.
 */
import { z } from 'zod';
import { ARTICLE_STATUSES, LIMITS } from '../constants';
import {
  EXPORT_CHUNK_BYTES,
  IMPORT_CHUNK_BYTES,
  MAX_EXPORT_IDS,
  MAX_IMPORT_FILES,
  MAX_IMPORT_JOB_BYTES,
  type ArchiveExportFormat,
} from '../transfer-constants';
import { method } from './method';
import { uuidSchema } from './shared-schemas';

export type { ArchiveExportFormat };

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

/** What an `importFiles` job did with each file; also what a cancelled one had finished. */
export interface ImportJobReport {
  files: ImportFileOutcome[];
  /** Files of no kind Dabir imports, passed over. */
  ignored: number;
}

/** A finished `exportArticles` job: its file waits in the archive, to read with readExportChunk. */
export interface ExportJobResult {
  fileId: string;
  filename: string;
  mimeType: string;
  size: number;
  articles: number;
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

/** Which articles an export takes: those named, or those the filters select; every one when it names none. */
export type ExportSelection = z.input<typeof exportSelectionSchema>;

export const transferMethods = {
  /** Announces an import's files (name with its folder, and size); answers where to send them. */
  beginImport: method<{ uploadId: string }>()(
    z.strictObject({
      files: z
        .array(z.strictObject({ name: z.string().trim().min(1).max(1000), size: z.number().int().min(0).max(MAX_IMPORT_JOB_BYTES) }))
        .min(1)
        .max(MAX_IMPORT_FILES),
    }),
  ),
  /** One piece of one file, at its offset; pieces of a file come in order. */
  uploadImportChunk: method<{ received: number }>()(
    z.strictObject({ uploadId: uuidSchema, file: z.number().int().min(0), offset: z.number().int().min(0), data: chunkData }),
  ),
  /** The user gave up before the import started: its received files go. */
  discardImport: method<{ discarded: boolean }>()(z.strictObject({ uploadId: uuidSchema })),
  /** A piece of a finished export's file, from `offset`; base64. Read to the end, the file goes. */
  readExportChunk: method<{ data: string; done: boolean }>()(
    z.strictObject({ fileId: uuidSchema, offset: z.number().int().min(0), length: z.number().int().min(1).max(EXPORT_CHUNK_BYTES).optional() }),
  ),
  /** «نیازمند بازبینی پس از ادغام»: articles a merge kept from two lines of edits. */
  listMergeReviews: method<{ items: MergeReviewItem[]; total: number }>()(
    z.strictObject({ limit: z.number().int().min(1).max(LIMITS.listPage).optional(), offset: z.number().int().min(0).optional() }),
  ),
  /** The editor has reviewed it: off the list. */
  resolveMergeReview: method<{ remaining: number }>()(z.strictObject({ id: uuidSchema })),
} as const;
