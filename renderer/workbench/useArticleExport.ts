/**
 * Exporting the open article. The archive exports what it has saved, so pending edits are
 * flushed first: the file is what is on the screen. If they can't be saved, nothing is
 * exported (the file would silently differ from the page) and the panel says why.
 */
import { useCallback, useState } from 'react';
import type { ExportFormat } from '../../common/constants';
import type { ApiError } from '../../common/result';
import { useApi } from '../api/ApiContext';
import type { ArticleSaver } from '../autosave/ArticleSaver';
import { downloadFile } from '../export/downloadFile';

export type ExportProblem = { kind: 'unsaved' } | { kind: 'failed'; error: ApiError };

export interface ArticleExportState {
  /** The format being prepared, or null when idle. */
  busy: ExportFormat | null;
  problem: ExportProblem | null;
  exportAs: (format: ExportFormat) => Promise<void>;
}

export function useArticleExport(articleId: string, saver: ArticleSaver): ArticleExportState {
  const api = useApi();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [problem, setProblem] = useState<ExportProblem | null>(null);

  const exportAs = useCallback(
    async (format: ExportFormat) => {
      setBusy(format);
      setProblem(null);
      try {
        if (!(await saver.flush())) {
          setProblem({ kind: 'unsaved' });
          return;
        }
        const result = await api.exportArticle({ id: articleId, format });
        if (result.ok) downloadFile(result.value);
        else setProblem({ kind: 'failed', error: result.error });
      } finally {
        setBusy(null);
      }
    },
    [api, articleId, saver],
  );

  return { busy, problem, exportAs };
}
