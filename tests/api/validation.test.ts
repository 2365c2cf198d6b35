import { afterEach, describe, expect, it } from 'vitest';
import { API_METHODS, type ApiMethod } from '../../common/contract';
import { dispatchApiCall } from '../../api/dispatch';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

let temp: TempArchive;
afterEach(() => temp?.cleanup());

const UUID = '3f1c6a52-8d0e-4d5b-9a55-4c8f0f1b2e77';
const tooLong = 'ا'.repeat(501);

/** For each method, arguments that must be refused, with the words the message must contain. */
const MALFORMED: Record<ApiMethod, Array<[unknown, RegExp]>> = {
  listArticles: [
    [{ limit: -1 }, /limit/],
    [{ limit: 1.5 }, /limit/],
    [{ limit: 100_000 }, /limit/],
    [{ limit: 1001 }, /limit/],
    [{ offset: '0' }, /offset/],
    [{ orderBy: 'headline; DROP TABLE articles' }, /orderBy|Unrecognized/i],
    ['everything', /expected object/i],
  ],
  getArticle: [
    [{}, /id/],
    [{ id: 42 }, /id/],
    [{ id: "1' OR '1'='1" }, /UUID/],
  ],
  createArticle: [
    [{ fields: { status: 'lost' } }, /status/],
    [{ fields: { headline: tooLong } }, /headline/],
    [{ fields: { datelineDate: '1403/09/07' } }, /datelineDate/],
    [{ fields: { body: '<p>HTML is not a body</p>' } }, /body/],
    [{ fields: { owner: 'root' } }, /owner|Unrecognized/i],
  ],
  saveArticle: [
    [{ fields: {} }, /id/],
    [{ id: UUID }, /fields/],
    [{ id: UUID, fields: { body: { root: { type: 'paragraph', children: [] } } } }, /body/],
    [{ id: UUID, fields: {}, baseRevision: -3 }, /baseRevision/],
    // Without the revision it was made on, a save could overwrite what it never saw.
    [{ id: UUID, fields: { headline: 'تیتر' } }, /baseRevision.*required/],
    [{ id: UUID, fields: { headline: null }, baseRevision: 1 }, /headline/],
  ],
  getPreferences: [[{ locale: 'fa' }, /locale|Unrecognized/i]],
  setPreferences: [
    [{ preferences: { locale: 'de' } }, /locale/],
    [{ preferences: { digits: 'roman' } }, /digits/],
    [{}, /preferences/],
  ],
  searchArticles: [
    [{}, /query/],
    [{ query: 42 }, /query/],
    [{ query: 'ایران', limit: 0 }, /limit/],
    [{ query: 'ایران', limit: 1001 }, /limit/],
    [{ query: 'ایران', order: 'random' }, /order/],
    [{ query: 'ایران', filters: { status: 'lost' } }, /status/],
    [{ query: 'ایران', filters: { from: '1376-09-16' + 'x' } }, /from/],
    [{ query: 'ایران', filters: { tag: 'OIC' } }, /tag|Unrecognized/i],
    [{ query: 'ا'.repeat(20_001) }, /query/],
  ],
  listDesks: [[{ desk: 'x' }, /desk|Unrecognized/i]],
  listTags: [[{ limit: 0 }, /limit/], [{ prefix: 5 }, /prefix/]],
  renameTag: [[{ id: UUID, name: '   ' }, /name/], [{ id: 'x', name: 'تحریم' }, /UUID/]],
  mergeTags: [[{ sourceIds: [], targetId: UUID }, /sourceIds/], [{ sourceIds: ['nope'], targetId: UUID }, /sourceIds/]],
  tagArticles: [
    [{ articleIds: [], add: ['الف'] }, /articleIds/],
    [{ articleIds: [UUID], add: [''] }, /add/],
    [{ articleIds: [UUID], add: ['الف'], baseRevisions: { [UUID]: 0 } }, /baseRevisions/],
    [{ articleIds: [UUID], add: ['الف'], baseRevisions: { 'not-an-id': 3 } }, /baseRevisions/],
  ],
  listEntities: [[{ kind: 'planet' }, /kind/]],
  suggestEntities: [[{}, /text/], [{ text: 'ظریف', limit: 500 }, /limit/]],
  getEntity: [[{ id: 'OIC' }, /UUID/]],
  createEntity: [
    [{ kind: 'organisation' }, /canonical/],
    [{ kind: 'person', canonical: 'ظریف', startsOn: '1396/09/16' }, /startsOn/],
    [{ kind: 'person', canonical: 'ظریف', aliases: [{ name: '' }] }, /aliases/],
  ],
  updateEntity: [[{ id: UUID, kind: 'galaxy' }, /kind/], [{ id: UUID, baseRevision: 0 }, /baseRevision/]],
  mergeEntities: [[{ sourceId: UUID }, /targetId/]],
  deleteEntity: [[{ id: UUID }, /references/], [{ id: UUID, references: 'ignore' }, /references/]],
  getArticleMentions: [[{ id: 7 }, /id/]],
  detectMentions: [[{}, /id/]],
  setMentionState: [[{ articleId: UUID, entityId: UUID, state: 'maybe' }, /state/]],
  detectMentionsInArchive: [[{ cursor: -1 }, /cursor/], [{ cursor: null, batch: 10_000 }, /batch/]],
  listSuggestedMentions: [[{ offset: -2 }, /offset/]],
  addArticleLink: [
    [{ sourceId: UUID, targetId: UUID, type: 'sequel', baseRevision: 1 }, /type/],
    [{ sourceId: UUID, targetId: UUID, type: 'related' }, /baseRevision.*required/],
  ],
  removeArticleLink: [
    [{ sourceId: UUID, type: 'related', baseRevision: 1 }, /targetId/],
    [{ sourceId: UUID, targetId: UUID, type: 'related' }, /baseRevision.*required/],
  ],
  suggestArticles: [[{ text: 'نشست', excludeId: 'self' }, /excludeId/]],
  getArticleLinks: [[{ id: 'not-a-uuid' }, /id/], [{ id: UUID, limit: 5 }, /limit/]],
  relatedArticles: [[{ id: UUID, limit: 0 }, /limit/]],
  deleteArticle: [[{ id: UUID, references: 'cascade' }, /references/]],
  restoreArticle: [[{ id: 'not-a-uuid' }, /id/], [{ id: UUID, references: 'remove' }, /references/]],
  restoreEntity: [[{}, /id/]],
  exportArticle: [
    [{ id: UUID }, /format/],
    [{ id: UUID, format: 'pdf' }, /format/],
    [{ id: 'x', format: 'html' }, /UUID/],
    [{ id: UUID, format: 'html', path: '/etc/passwd' }, /path|Unrecognized/i],
  ],
  getIndexStatus: [[[1, 2], /expected object/i]],
  beginImport: [
    [{ files: [] }, /files/],
    [{ files: [{ name: '', size: 3 }] }, /name/],
    [{ files: [{ name: 'a.txt', size: -1 }] }, /size/],
    [{ files: [{ name: 'a.txt', size: 3, path: '/etc/passwd' }] }, /path|Unrecognized/i],
  ],
  uploadImportChunk: [
    [{ uploadId: UUID, file: 0, offset: 0, data: '<script>' }, /base64/],
    [{ uploadId: UUID, file: -1, offset: 0, data: '' }, /file/],
    [{ uploadId: 'x', file: 0, offset: 0, data: '' }, /UUID/],
  ],
  discardImport: [[{ uploadId: 'x' }, /UUID/]],
  readExportChunk: [[{ fileId: UUID, offset: -5 }, /offset/], [{ fileId: UUID, offset: 0, path: '/etc/passwd' }, /path|Unrecognized/i]],
  listMergeReviews: [[{ limit: 0 }, /limit/]],
  resolveMergeReview: [[{ id: 'x' }, /UUID/]],
  startJob: [
    [{ kind: 'dropArchive', input: {} }, /kind/],
    [{ kind: 'rebuildIndex' }, /input/],
    [{ kind: 'tagArticles', input: { articleIds: ['nope'], add: ['الف'] } }, /articleIds/],
    [{ kind: 'exportArticles', input: { selection: { ids: [UUID] }, format: 'pdf' } }, /format/],
    [{ kind: 'exportArticles', input: { selection: { ids: ['x'] }, format: 'md' } }, /UUID/],
    [{ kind: 'exportArticles', input: { selection: { from: '1396/09/16' }, format: 'md' } }, /date/],
    [{ kind: 'exportArticles', input: { selection: {}, format: 'md', out: '/tmp' } }, /out|Unrecognized/i],
    [{ kind: 'importFiles', input: { uploadId: 'x' } }, /UUID/],
    [{ kind: 'importFiles', input: { uploadId: UUID, paths: ['/etc'] } }, /paths|Unrecognized/i],
    [{ kind: 'backup', input: { destination: '/tmp/x.sqlite' } }, /destination|Unrecognized/i],
    [{ kind: 'backup', input: { reason: 'before-migration' } }, /reason/],
    [{ kind: 'restoreBackup', input: {} }, /name/],
    [{ kind: 'restoreBackup', input: { name: '../../etc/passwd.sqlite' } }, /name/],
    [{ kind: 'restoreBackup', input: { name: '/home/someone/archive.sqlite' } }, /name/],
    [{ kind: 'restoreBackup', input: { name: 'archive 2025-01-01T00-00-00.000Z manual.db' } }, /name/],
  ],
  getJob: [[{ id: 'job-1' }, /UUID/], [{}, /id/]],
  cancelJob: [[{ id: 42 }, /id/]],
  listJobs: [[{ kind: 'backupEverything' }, /kind/]],
  getArchiveRestarts: [[{ since: 0 }, /since|Unrecognized/i]],
  getSpellingLexicon: [[{ all: true }, /Unrecognized/i]],
  addDictionaryWord: [
    [{}, /word/],
    [{ word: '   ' }, /empty/],
    [{ word: 'دو واژه' }, /one word/],
    [{ word: 'x'.repeat(501) }, /word/],
  ],
  getNameProposals: [[{}, /articleId/], [{ articleId: 'x' }, /UUID/]],
  acceptNameProposal: [[{ articleId: UUID, name: '  ' }, /name/], [{ articleId: UUID, name: 'رافائل گروسی', kind: 'robot' }, /kind/]],
  dismissNameProposal: [[{ articleId: UUID }, /name/], [{ articleId: UUID, name: tooLong }, /name/]],
  listSuggestedNames: [[{ limit: 0 }, /limit/], [{ offset: -1 }, /offset/]],
  decideEntityEverywhere: [[{ entityId: UUID, state: 'suggested' }, /state/], [{ entityId: 'x', state: 'confirmed' }, /UUID/]],
  decideArticleNames: [[{ articleId: UUID }, /state/], [{ articleId: UUID, state: 'maybe' }, /state/]],
  undoMentionBatch: [[{}, /batchId/], [{ batchId: 'last' }, /UUID/]],
  getArticleQuotes: [[{ articleId: 42 }, /articleId/]],
  addQuote: [[{ articleId: UUID, sentence: ' ', entityId: UUID }, /sentence/], [{ articleId: UUID, sentence: 'گفت', entityId: 'x' }, /UUID/]],
  updateQuote: [[{ id: UUID }, /entityId/]],
  removeQuote: [[{ id: 'x' }, /UUID/]],
  listQuotes: [[{ from: '1403-09-16x' }, /from/], [{ limit: 0 }, /limit/], [{ person: 'ظریف' }, /person|Unrecognized/i]],
  getArticleHistory: [[{}, /id/], [{ id: UUID, limit: 5 }, /limit|Unrecognized/i]],
  compareRevisions: [
    [{ id: UUID, from: 1 }, /to/],
    [{ id: UUID, from: 0, to: 2 }, /from/],
    [{ id: UUID, from: 1, to: 2.5 }, /to/],
  ],
  revertArticle: [
    [{ id: UUID, revision: 1 }, /baseRevision.*required/],
    [{ id: UUID, revision: -1, baseRevision: 2 }, /revision/],
    [{ id: 'x', revision: 1, baseRevision: 2 }, /UUID/],
  ],
  getArchiveState: [[{ path: '/etc' }, /path|Unrecognized/i]],
  listBackups: [[{ folder: '/' }, /folder|Unrecognized/i]],
};

describe('every API method rejects malformed arguments with a clear error', () => {
  it('covers every method of the contract', () => {
    expect(Object.keys(MALFORMED).sort()).toEqual([...API_METHODS].sort());
  });

  for (const method of API_METHODS) {
    it(method, () => {
      temp = openTempArchive();
      for (const [args, wording] of MALFORMED[method]) {
        const result = dispatchApiCall(temp.archive.services, method, args);
        expect(result.ok, `${method}(${JSON.stringify(args)}) should fail`).toBe(false);
        if (result.ok) continue;
        expect(result.error.code).toBe('invalid_argument');
        expect(result.error.message).toMatch(wording);
        expect(result.error.message.startsWith(`${method}:`)).toBe(true);
      }
      // Nothing reached the archive.
      expect(temp.archive.articles.list().total).toBe(0);
    });
  }

  it('refuses a body whose nodes Lexical does not know, and stores nothing', () => {
    temp = openTempArchive();
    const created = dispatchApiCall(temp.archive.services, 'createArticle', { fields: { headline: 'تیتر' } });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    const result = dispatchApiCall(temp.archive.services, 'saveArticle', {
      id,
      fields: { body: { root: { type: 'root', children: [{ type: 'script', text: 'alert(1)' }] } } },
      baseRevision: 1,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(temp.archive.articles.get(id).revision).toBe(1);
  });

  it('answers an unknown method and a missing article with their own codes', () => {
    temp = openTempArchive();
    expect(dispatchApiCall(temp.archive.services, 'dropArchive', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(dispatchApiCall(temp.archive.services, '__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(dispatchApiCall(temp.archive.services, 'getArticle', { id: UUID })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
