/**
 * Everything an import leaves in an archive, as plain data two archives can be compared by:
 * every row of the tables an import writes, and every token of both full-text indexes (read
 * back through fts5vocab, since the index tables keep no text of their own). Random ids (an
 * article's or a tag's UUID) are named by what they stand for, long texts by their hash, and
 * a revision by the hash of its snapshot, so an expectation can be kept in a file and read.
 */
import { createHash } from 'node:crypto';
import { RevisionStore } from '../../db/history/revision-store';
import type { ArchiveDatabase } from '../../db/open';

/** The tables an import writes to (besides the full-text index, read below). */
const TABLES = [
  'articles',
  'revisions',
  'revision_rewrites',
  'tags',
  'article_tags',
  'article_links',
  'mentions',
  'name_proposals',
  'quotes',
  'undated_articles',
  'article_fingerprints',
  'merge_reviews',
  'search_state',
] as const;

const FULL_TEXT = ['article_search', 'article_search_recent'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Texts longer than this are kept as their length and hash. */
const LONG_TEXT = 160;

const digest = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 24);

export interface ArchiveState {
  tables: Record<string, unknown[][]>;
  /** Per index: how many token instances it holds, and a hash of all of them (term, article, column, offset). */
  fullText: Record<string, { instances: number; hash: string }>;
}

export function archiveState(db: ArchiveDatabase): ArchiveState {
  const names = new Map<string, string>();
  for (const { id, seq } of db.prepare('SELECT id, seq FROM articles ORDER BY seq').all() as Array<{ id: string; seq: number }>) names.set(id, `article ${seq}`);
  for (const { id, canonical } of db.prepare('SELECT id, canonical FROM entities').all() as Array<{ id: string; canonical: string }>) names.set(id, `entity ${canonical}`);
  for (const { id, name_key } of db.prepare('SELECT id, name_key FROM tags').all() as Array<{ id: string; name_key: string }>) names.set(id, `tag ${name_key}`);
  const quoteIds = db.prepare('SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY a.seq, q.sentence, q.speaker').pluck().all() as string[];
  quoteIds.forEach((id, index) => names.set(id, `quote ${index + 1}`));

  const value = (cell: unknown): unknown => {
    if (cell instanceof Uint8Array) return `blob ${cell.length} ${digest(cell)}`;
    if (typeof cell !== 'string') return cell;
    const named = names.get(cell);
    if (named !== undefined) return named;
    if (UUID.test(cell)) return 'unnamed uuid';
    return cell.length > LONG_TEXT ? `text ${cell.length} ${digest(cell)}` : cell;
  };
  const tables: Record<string, unknown[][]> = {};
  // A revision's snapshot holds the article's id: compared as its JSON with the ids named.
  const revisions = new RevisionStore(db);
  const snapshot = (articleId: string, revision: number) =>
    `snapshot ${digest(revisions.snapshotJson(articleId, revision)!.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, (id) => names.get(id) ?? id))}`;
  for (const table of TABLES) {
    const statement = db.prepare(`SELECT * FROM "${table}"`).raw();
    const columns = statement.columns().map((column) => column.name);
    const rows = (statement.all() as unknown[][]).map((row) =>
      row.map((cell, index) => (table === 'revisions' && columns[index] === 'data' ? snapshot(String(row[columns.indexOf('article_id')]), Number(row[columns.indexOf('revision')])) : value(cell))),
    );
    tables[table] = rows.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }

  const articleBySeq = new Map((db.prepare('SELECT seq, id FROM articles').all() as Array<{ seq: number; id: string }>).map((row) => [row.seq, row.id]));
  const fullText: ArchiveState['fullText'] = {};
  for (const index of FULL_TEXT) {
    // In the connection's temp schema: the archive file is not changed by reading it.
    const vocab = `temp.${index}_instances`;
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${vocab} USING fts5vocab(main, ${index}, instance)`);
    const lines = (db.prepare(`SELECT term, doc, col, offset FROM ${vocab}`).raw().all() as Array<[string, number, string, number]>)
      .map(([term, doc, col, offset]) => `${term}\t${names.get(articleBySeq.get(doc) ?? '') ?? `missing ${doc}`}\t${col}\t${offset}`)
      .sort();
    fullText[index] = { instances: lines.length, hash: digest(lines.join('\n')) };
    db.exec(`DROP TABLE ${vocab}`);
  }
  return { tables, fullText };
}

/** One row a line: small enough to keep beside the tests, and a difference reads as a line. */
export function formatArchiveState(state: ArchiveState): string {
  const tables = Object.entries(state.tables).map(([table, rows]) => `  ${JSON.stringify(table)}: [${rows.map((row) => `\n    ${JSON.stringify(row)}`).join(',')}\n  ]`);
  return `{\n "tables": {\n${tables.join(',\n')}\n },\n "fullText": ${JSON.stringify(state.fullText)}\n}\n`;
}
