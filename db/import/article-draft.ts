/**
 * What an import parser produces: articles ready to be written, and per-line problems, as plain
 * data. Parsers never touch the archive, so the app can preview an import before writing it.
 */
import type { ArticleFields, LinkType } from '../../common/contract';

export interface ArticleDraft {
  /** A UUID from the source; when absent the archive assigns one. */
  id?: string;
  /** ISO 8601 time the story was filed; becomes its created and updated time. */
  at?: string;
  fields: Omit<Partial<ArticleFields>, 'body' | 'headline'> & { headline: string };
  /** Paragraphs separated by `\n`; empty means the article has no body yet. */
  bodyText: string;
  /**
   * Cross-references to other articles by id, made after the whole import is written (the
   * target may come later in the import). `fields.tags` carries the tags.
   */
  links?: Array<{ id: string; type: LinkType }>;
}

/** One line of a source file: an article to write, or why that line can't be imported. */
export type ParsedEntry =
  | { line: number; ok: true; draft: ArticleDraft }
  | { line: number; ok: false; message: string };

/**
 * A whole file is refused (missing, empty, not UTF-8…), or split into entries. The entries of
 * a .jsonl are parsed as they are iterated, so an import holds one line's article at a time,
 * however long the file.
 */
export type ParsedFile = { ok: true; entries: Iterable<ParsedEntry> } | { ok: false; message: string };
