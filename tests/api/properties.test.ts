/**
 * Property tests over every method of the API (fast-check): random arguments, and valid ones
 * with one part broken (a wrong type, a control character, an unknown key, an id of nothing,
 * a stale revision), always get an answer. A failure is a clear error (invalid_argument,
 * not_found or conflict, never internal or storage) and leaves every table of the archive
 * exactly as it was: a digest of all of them is compared before and after each call.
 */
import { createHash, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { API_METHODS, safekeepingMethods, type ApiMethod, type ArchiveServices } from '../../common/contract';
import { dispatchApiCall } from '../../api/dispatch';
import { bodyFromPlainText } from '../../db/editor/headless';
import { ArchiveSession } from '../../db/safekeeping/archive-session';
import { makeTempDir, openTempArchive, type TempArchive } from '../support/temp-archive';

const RUNS_PER_METHOD = Number(process.env.DABIR_PROPERTY_RUNS ?? 50);
const CLEAR_CODES = new Set(['invalid_argument', 'not_found', 'conflict']);

let temp: TempArchive;
/**
 * The archive session answers the archive's state and its backups itself (an Archive alone
 * has no Backups folder to list): those methods go to a session of their own. They read only.
 */
let session: ArchiveSession;
const servicesFor = (method: ApiMethod): ArchiveServices => (method in safekeepingMethods ? session.services : (temp.archive.services as ArchiveServices));
interface Seeded {
  story: string;
  other: string;
  deleted: string;
  entity: string;
  tag: string;
}
let ids: Seeded;

beforeAll(async () => {
  session = await ArchiveSession.open(join(makeTempDir(), 'session.sqlite'), { holder: 'browser shell', log: () => {} });
  temp = openTempArchive();
  const { archive } = temp;
  const story = archive.articles.create({ headline: 'نشست سران در جاکارتا', tags: ['جاکارتا'], body: bodyFromPlainText('وزیر امور خارجه وارد جاکارتا شد.') });
  const other = archive.articles.create({ headline: 'پیگیری نشست', body: bodyFromPlainText('بیانیهٔ پایانی صادر شد.') });
  const deleted = archive.articles.create({ headline: 'خبر حذف‌شده' });
  archive.links.add(other.id, story.id, 'follow_up', { baseRevision: other.revision });
  archive.deletion.delete(deleted.id, 'remove');
  const entity = archive.entities.create({ kind: 'person', canonical: 'محمدجواد ظریف', aliases: [{ name: 'ظریف' }] });
  ids = { story: story.id, other: other.id, deleted: deleted.id, entity: entity.id, tag: archive.tags.list('جاکارتا')[0].id };
});
afterAll(async () => {
  await session?.close();
  temp?.cleanup();
});

/** Every row of every table (the full-text index's own tables included), hashed in storage order. */
function fullDigest(): string {
  const hash = createHash('sha256');
  const tables = temp.archive.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of temp.archive.db.prepare(`SELECT * FROM "${table}"`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_key, value) => (Buffer.isBuffer(value) ? value.toString('base64') : typeof value === 'bigint' ? String(value) : value)));
    }
  }
  return hash.digest('hex');
}

/**
 * The digest as of now. It is worked out again only when the connection has written rows since
 * the last one (SQLite's total_changes counts rows written, rolled back or not): a digest of
 * the whole archive before and after every one of hundreds of calls would take minutes.
 */
let known: { changes: number; digest: string } | null = null;
function digest(): string {
  const changes = temp.archive.db.prepare('SELECT total_changes()').pluck().get() as number;
  if (known?.changes !== changes) known = { changes, digest: fullDigest() };
  return known.digest;
}

const revisionOf = (id: string) => (temp.archive.db.prepare('SELECT revision FROM articles WHERE id = ?').pluck().get(id) as number | undefined) ?? 1;

/** A call each method answers when nothing is broken (it may well change the archive). */
const VALID: Record<ApiMethod, () => Record<string, unknown>> = {
  listArticles: () => ({ limit: 10, offset: 0 }),
  getArticle: () => ({ id: ids.story }),
  createArticle: () => ({ fields: { headline: 'خبر تازه', body: bodyFromPlainText('متن') } }),
  saveArticle: () => ({ id: ids.story, fields: { lead: 'لید' }, baseRevision: revisionOf(ids.story) }),
  getPreferences: () => ({}),
  setPreferences: () => ({ preferences: { digits: 'latin' } }),
  searchArticles: () => ({ query: 'جاکارتا', limit: 5, filters: { status: 'draft' } }),
  listDesks: () => ({}),
  getIndexStatus: () => ({}),
  listTags: () => ({ prefix: 'جا', limit: 5 }),
  renameTag: () => ({ id: ids.tag, name: 'جاکارتا' }),
  mergeTags: () => ({ sourceIds: [ids.tag], targetId: ids.tag }),
  tagArticles: () => ({ articleIds: [ids.story], add: ['نشست'], baseRevisions: { [ids.story]: revisionOf(ids.story) } }),
  listEntities: () => ({ kind: 'person', query: 'ظر', limit: 5 }),
  suggestEntities: () => ({ text: 'ظر', limit: 5 }),
  getEntity: () => ({ id: ids.entity }),
  createEntity: () => ({ kind: 'place', canonical: 'جاکارتا', aliases: [{ name: 'جاکارتا' }] }),
  updateEntity: () => ({ id: ids.entity, description: 'وزیر امور خارجه' }),
  mergeEntities: () => ({ sourceId: ids.entity, targetId: ids.entity }),
  deleteEntity: () => ({ id: ids.entity, references: 'refuse' }),
  getArticleMentions: () => ({ id: ids.story }),
  detectMentions: () => ({ id: ids.story }),
  setMentionState: () => ({ articleId: ids.story, entityId: ids.entity, state: 'confirmed' }),
  detectMentionsInArchive: () => ({ cursor: null, batch: 10 }),
  listSuggestedMentions: () => ({ limit: 5 }),
  addArticleLink: () => ({ sourceId: ids.story, targetId: ids.other, type: 'background', baseRevision: revisionOf(ids.story) }),
  removeArticleLink: () => ({ sourceId: ids.other, targetId: ids.story, type: 'follow_up', baseRevision: revisionOf(ids.other) }),
  suggestArticles: () => ({ text: 'نشست', excludeId: ids.story, limit: 5 }),
  getArticleLinks: () => ({ id: ids.story }),
  relatedArticles: () => ({ id: ids.story, limit: 5 }),
  deleteArticle: () => ({ id: ids.other, references: 'refuse' }),
  restoreArticle: () => ({ id: ids.deleted }),
  restoreEntity: () => ({ id: ids.entity }),
  exportArticle: () => ({ id: ids.story, format: 'markdown' }),
  // A job that only reads: one that wrote would change the archive after its call had answered.
  startJob: () => ({ kind: 'exportArticles', input: { ids: [ids.story], format: 'html' } }),
  getJob: () => ({ id: randomUUID() }),
  cancelJob: () => ({ id: randomUUID() }),
  listJobs: () => ({ kind: 'exportArticles' }),
  getArchiveRestarts: () => ({}),
  getSpellingLexicon: () => ({}),
  addDictionaryWord: () => ({ word: 'جاکارتا' }),
  getNameProposals: () => ({ articleId: ids.story }),
  acceptNameProposal: () => ({ articleId: ids.story, name: 'وزیر امور خارجه', kind: 'person' }),
  dismissNameProposal: () => ({ articleId: ids.story, name: 'وزیر امور خارجه' }),
  listSuggestedNames: () => ({ limit: 5, offset: 0 }),
  decideEntityEverywhere: () => ({ entityId: ids.entity, state: 'confirmed' }),
  decideArticleNames: () => ({ articleId: ids.story, state: 'dismissed' }),
  undoMentionBatch: () => ({ batchId: randomUUID() }),
  getArticleQuotes: () => ({ articleId: ids.story }),
  addQuote: () => ({ articleId: ids.story, sentence: 'وزیر امور خارجه وارد جاکارتا شد.', entityId: ids.entity }),
  updateQuote: () => ({ id: randomUUID(), entityId: ids.entity }),
  removeQuote: () => ({ id: randomUUID() }),
  listQuotes: () => ({ entityId: ids.entity, from: '2024-01-01', limit: 5 }),
  getArticleHistory: () => ({ id: ids.story }),
  compareRevisions: () => ({ id: ids.story, from: 1, to: revisionOf(ids.story) }),
  revertArticle: () => ({ id: ids.story, revision: 1, baseRevision: revisionOf(ids.story) }),
  beginImport: () => ({ files: [{ name: 'نشست.txt', size: 12 }] }),
  uploadImportChunk: () => ({ uploadId: randomUUID(), file: 0, offset: 0, data: Buffer.from('نشست').toString('base64') }),
  discardImport: () => ({ uploadId: randomUUID() }),
  readExportChunk: () => ({ fileId: randomUUID(), offset: 0 }),
  listMergeReviews: () => ({ limit: 5, offset: 0 }),
  resolveMergeReview: () => ({ id: ids.story }),
  getArchiveState: () => ({}),
  listBackups: () => ({}),
};

/** What can go wrong with one value: any other value, and the hostile ones worth naming. */
const brokenValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(
    '\u0000',
    '\u001b]0;owned\u0007',
    'سلام\r\nدنیا',
    '',
    ' ',
    'ا'.repeat(6_000),
    -1,
    0,
    1.5,
    2 ** 53,
    Number.NaN,
    null,
    [],
    {},
    '__proto__',
    "'; DROP TABLE articles; --",
    '00000000-0000-4000-8000-000000000000',
    randomUUID(),
  ),
);

/** A valid call with one key (at any depth of its first level) given a broken value, or an extra key. */
function brokenCall(method: ApiMethod) {
  return fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.tuple(fc.nat(), brokenValue).map(([pick, value]) => {
      const args = VALID[method]();
      const keys = Object.keys(args);
      if (keys.length === 0) return { unexpected: value };
      const key = keys[pick % keys.length];
      const current = args[key];
      if (current !== null && typeof current === 'object' && !Array.isArray(current) && Object.keys(current).length > 0) {
        const inner = Object.keys(current);
        return { ...args, [key]: { ...current, [inner[pick % inner.length]]: value } };
      }
      return { ...args, [key]: value };
    }),
    fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), brokenValue).map(([key, value]) => ({ ...VALID[method](), [key]: value })),
  );
}

describe('every API method, given random and broken arguments', () => {
  it('covers every method of the contract', () => {
    expect(Object.keys(VALID).sort()).toEqual([...API_METHODS].sort());
  });

  for (const method of API_METHODS) {
    it(`${method}: a clear error that changes nothing, or an answer`, () => {
      fc.assert(
        fc.property(brokenCall(method), (args) => {
          const before = digest();
          const result = dispatchApiCall(servicesFor(method), method, args);
          if (result.ok) return;
          expect(CLEAR_CODES.has(result.error.code), `${method}(${JSON.stringify(args)?.slice(0, 300)}) → ${result.error.code}: ${result.error.message}`).toBe(true);
          expect(result.error.message.length).toBeGreaterThan(0);
          expect(digest(), `${method} failed with ${result.error.code} yet changed the archive`).toBe(before);
        }),
        { numRuns: RUNS_PER_METHOD },
      );
    });
  }

  it('a valid call of each method is answered, so the broken ones above were near misses', () => {
    for (const method of API_METHODS) {
      const result = dispatchApiCall(servicesFor(method), method, VALID[method]());
      if (!result.ok) expect(CLEAR_CODES.has(result.error.code), `${method}: ${result.error.message}`).toBe(true);
    }
  });
});
