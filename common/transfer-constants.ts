/**
 * Plain values of the import and export jobs the app runs through the API (no zod here: the
 * renderer's bundle imports values from this file and only types from the contract).
 */
export const ARCHIVE_EXPORT_FORMATS = ['jsonl', 'md', 'html', 'txt', 'bundle'] as const;
export type ArchiveExportFormat = (typeof ARCHIVE_EXPORT_FORMATS)[number];

/** The formats the import dialog offers to read, by extension. */
export const IMPORT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.jsonl', '.dabir'] as const;

/**
 * Files travel to the archive in pieces of this size (base64 in a JSON call), so neither the
 * IPC channel nor the browser shell's request limit sees a big file whole.
 */
export const IMPORT_CHUNK_BYTES = 2 * 1024 * 1024;
/** An export is read back in pieces of this size. */
export const EXPORT_CHUNK_BYTES = 2 * 1024 * 1024;
/** What one import from the app may bring in, all files together. */
export const MAX_IMPORT_JOB_BYTES = 4 * 1024 * 1024 * 1024;
export const MAX_IMPORT_FILES = 20_000;
/** A selection the app sends for export names at most this many articles by id. */
export const MAX_EXPORT_IDS = 10_000;
