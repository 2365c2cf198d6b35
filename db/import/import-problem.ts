/**
 * Why a file (or one line of it) was not imported, as a code the app turns into Persian and an
 * English sentence the command line prints. Parsers throw FileRefusedError for a whole file.
 */
export const IMPORT_PROBLEM_CODES = [
  /** Not a format Dabir reads (by its extension). */
  'unsupported_type',
  'not_found',
  'unreadable',
  'empty',
  'too_large',
  /** Binary data (a picture, a program, a file renamed to .txt). */
  'binary',
  /** Bytes that are neither UTF-8, UTF-16 with a BOM, nor Windows-1256 Persian. */
  'invalid_encoding',
  /** A control character in the text. */
  'control_character',
  /** A .docx that is truncated, or not a Word document at all. */
  'damaged',
  /** A .docx that would unpack to far more than its size (a zip bomb). */
  'unsafe_archive',
  /** Nothing to import: no text in the document. */
  'no_text',
  /** One line of a .jsonl file is wrong (bad JSON, a missing headline…). */
  'invalid_line',
  /** A line names an id another article holds already, with other content. */
  'id_taken',
  /** A Dabir bundle that is damaged, truncated or from a newer Dabir. */
  'invalid_bundle',
  /** A cross-reference a line asked for could not be made. */
  'link_not_made',
  'disk_full',
  'storage',
  /** The import was cancelled before this file was written. */
  'cancelled',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export class FileRefusedError extends Error {
  constructor(
    readonly code: ImportProblemCode,
    message: string,
    /** The line the problem is on, when it has one (an invalid byte, a control character). */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'FileRefusedError';
  }
}
