/**
 * Damages a closed archive file the way a failing disk or a bad copy does, for the tests of
 * what Dabir does with a damaged archive: garbage over one page of a table, or over the header.
 */
import Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';

/** Overwrites one leaf page of `table` (its data, not the first page of the file). */
export function damageTable(path: string, table: string): void {
  const reader = new Database(path, { readonly: true });
  const pageSize = reader.pragma('page_size', { simple: true }) as number;
  const page = reader
    .prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno DESC LIMIT 1")
    .pluck()
    .get(table) as number | undefined;
  reader.close();
  if (page === undefined) throw new Error(`${table} has no leaf page to damage`);
  overwrite(path, (page - 1) * pageSize, Buffer.alloc(pageSize, 0xa5));
}

/** Overwrites the file's header, so SQLite no longer recognises it (SQLITE_NOTADB). */
export function damageHeader(path: string): void {
  overwrite(path, 0, Buffer.from('this is not a database any more!'.repeat(4)));
}

function overwrite(path: string, offset: number, bytes: Buffer): void {
  const descriptor = openSync(path, 'r+');
  try {
    writeSync(descriptor, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(descriptor);
  }
}
