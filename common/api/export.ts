/** Exporting an article, in the contract: one file's name, type and text, for any front door to save. */
import { z } from 'zod';
import { EXPORT_FORMATS, type ExportFormat } from '../constants';
import { method } from './method';
import { uuidSchema } from './shared-schemas';

export interface ExportedFile {
  /** From the headline, safe on every file system, with `.html` or `.md`. */
  filename: string;
  /** With its charset, ready for a Blob or a Content-Type header. */
  mimeType: string;
  content: string;
}

export const exportMethods = {
  /** The article as saved in the archive: the renderer flushes its pending edits first. */
  exportArticle: method<ExportedFile>()(z.strictObject({ id: uuidSchema, format: z.enum(EXPORT_FORMATS) })),
} as const;

export type { ExportFormat };
