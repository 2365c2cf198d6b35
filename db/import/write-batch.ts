/**
 * Writes a batch of parsed articles through ArticleStore.create, the one save path, in one
 * transaction; each create is its own savepoint inside it, so an article the archive refuses
 * is skipped while the rest of the batch commits together. Before writing, each article is
 * checked against the archive: the same story already there (by its fingerprint, or by its id
 * with the same content) is skipped and named, which makes running an import again harmless.
 */
import { LIMITS, type Article } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { Archive } from '../archive';
import { readBody } from '../editor/headless';
import type { ArticleDraft } from './article-draft';
import { articleFingerprint } from './fingerprint';
import type { ImportProblemCode } from './import-problem';
import { plainTextBody } from './plain-text-body';

/** One result per draft, in the drafts' order. */
export type WriteResult =
  | { kind: 'imported'; article: Pick<Article, 'id' | 'headline'> }
  | { kind: 'duplicate'; headline: string; duplicateOf: { id: string; headline: string } }
  | { kind: 'refused'; code: ImportProblemCode; message: string };

/** Throws only when the archive itself fails (disk full, I/O); then nothing of the batch was written. */
export function writeBatch(archive: Archive, drafts: readonly ArticleDraft[]): WriteResult[] {
  return archive.db.transaction(() => drafts.map((draft) => writeDraft(archive, draft))).immediate();
}

function writeDraft(archive: Archive, draft: ArticleDraft): WriteResult {
  const body = draft.body ?? (draft.bodyText === '' ? null : plainTextBody(draft.bodyText));
  const bodyJsonBytes = body === null ? 0 : Buffer.byteLength(JSON.stringify(body), 'utf8');
  if (bodyJsonBytes > LIMITS.bodyJsonBytes) {
    return { kind: 'refused', code: 'too_large', message: `the article is too long (its body is ${(bodyJsonBytes / 1048576).toFixed(1)} MB; an article may hold ${LIMITS.bodyJsonBytes / 1048576} MB)` };
  }
  const bodyText = draft.body ? readBody(draft.body).text : draft.bodyText;
  const fingerprint = articleFingerprint(draft.fields.headline, bodyText);

  if (draft.id !== undefined) {
    const existing = archive.db.prepare('SELECT headline, deleted_at FROM articles WHERE id = ?').get(draft.id) as
      | { headline: string; deleted_at: string | null }
      | undefined;
    if (existing) {
      if (existing.deleted_at === null && archive.fingerprints.of(draft.id) === fingerprint) {
        return { kind: 'duplicate', headline: draft.fields.headline, duplicateOf: { id: draft.id, headline: existing.headline } };
      }
      const state = existing.deleted_at === null ? 'with other content' : 'deleted';
      return { kind: 'refused', code: 'id_taken', message: `an article with id ${draft.id} already exists in the archive (${state})` };
    }
  } else {
    const same = archive.fingerprints.find(fingerprint);
    if (same) return { kind: 'duplicate', headline: draft.fields.headline, duplicateOf: same };
  }

  try {
    const article = archive.articles.create({ ...draft.fields, ...(body === null ? {} : { body }) }, { id: draft.id, at: draft.at });
    return { kind: 'imported', article: { id: article.id, headline: article.headline } };
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    return { kind: 'refused', code: error.code === 'conflict' ? 'id_taken' : 'invalid_line', message: error.message };
  }
}
