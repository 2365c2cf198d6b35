/**
 * What an import reads: the files named, and every importable file inside a folder named,
 * however deep, in name order (so a re-run meets them in the same order). Inside a folder,
 * hidden files and files of other kinds (pictures, PDFs) are passed over and listed, not
 * reported as errors: a folder of coverage always holds some.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** An import's input: `name` is what the user knows it by (the path as given), `path` where its bytes are. */
export interface ImportSource {
  name: string;
  path: string;
}

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx'] as const;
export const BUNDLE_EXTENSION = '.dabir';
export const IMPORTABLE_EXTENSIONS = [...DOCUMENT_EXTENSIONS, '.jsonl', BUNDLE_EXTENSION] as const;

export function isImportable(name: string): boolean {
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

export interface CollectedSources {
  sources: ImportSource[];
  /** Files inside the folders given that Dabir does not import. */
  ignored: string[];
}

export function collectImportSources(paths: readonly string[]): CollectedSources {
  const collected: CollectedSources = { sources: [], ignored: [] };
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // A missing file is reported when it is read, with the others.
    }
    if (isFolder) walk(path, collected);
    else collected.sources.push({ name: path, path });
  }
  return collected;
}

function walk(folder: string, into: CollectedSources): void {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    // Symbolic links are not followed: one pointing up the tree would never end.
    if (entry.isDirectory()) walk(path, into);
    else if (entry.isFile() && isImportable(entry.name)) into.sources.push({ name: path, path });
    else if (entry.isFile()) into.ignored.push(path);
  }
}
