/**
 * The documents the renderer makes itself (DOCX, plain text for the wire), from the article
 * as the archive holds it: pending edits are flushed first, then the article is read back, so
 * the file is what is on the screen, as with the archive's own HTML and Markdown exports.
 */
import { useCallback, useState } from 'react';
import { exportFilename } from '../../common/export-filename';
import type { Article, DabirApi } from '../../common/contract';
import type { ApiError } from '../../common/result';
import { useApi } from '../api/ApiContext';
import type { ArticleSaver } from '../autosave/ArticleSaver';
import { useI18n } from '../i18n/I18nProvider';
import { datelineText } from './datelineText';
import { downloadBlob } from './downloadFile';
import { articleToPlainText } from './plainTextDocument';

export type DocumentFormat = 'docx' | 'text';
export type DocumentProblem = { kind: 'unsaved' } | { kind: 'failed'; error: ApiError };

/** Flushes the saver and reads the article back; null with a problem when either fails. */
export async function readSavedArticle(api: Pick<DabirApi, 'getArticle'>, articleId: string, saver: ArticleSaver): Promise<{ article: Article } | { problem: DocumentProblem }> {
  if (!(await saver.flush())) return { problem: { kind: 'unsaved' } };
  const result = await api.getArticle({ id: articleId });
  return result.ok ? { article: result.value } : { problem: { kind: 'failed', error: result.error } };
}

export function useDocumentExport(articleId: string, saver: ArticleSaver) {
  const api = useApi();
  const i18n = useI18n();
  const [busy, setBusy] = useState<DocumentFormat | null>(null);
  const [problem, setProblem] = useState<DocumentProblem | null>(null);

  const exportAs = useCallback(
    async (format: DocumentFormat) => {
      setBusy(format);
      setProblem(null);
      try {
        const read = await readSavedArticle(api, articleId, saver);
        if ('problem' in read) {
          setProblem(read.problem);
          return;
        }
        const { article } = read;
        const dateline = datelineText(article.datelinePlace, article.datelineDate, i18n, true);
        if (format === 'docx') {
          // The DOCX writer is large and rarely needed: loaded the first time it is asked for.
          const { docxBlob } = await import('./docxDocument');
          downloadBlob(exportFilename(article.headline, 'docx'), await docxBlob(article, dateline));
        } else {
          const text = articleToPlainText(article, dateline);
          downloadBlob(exportFilename(article.headline, 'txt'), new Blob([text], { type: 'text/plain; charset=utf-8' }));
        }
      } finally {
        setBusy(null);
      }
    },
    [api, articleId, saver, i18n],
  );

  return { busy, problem, exportAs };
}
