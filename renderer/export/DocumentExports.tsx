/**
 * The documents made in the renderer, beside the archive's HTML and Markdown: print (and PDF),
 * Word, and plain text for the wire. Ctrl+P opens the print preview instead of printing the
 * desk itself.
 */
import { useState } from 'react';
import type { Article } from '../../common/contract';
import type { ArticleSaver } from '../autosave/ArticleSaver';
import { useI18n } from '../i18n/I18nProvider';
import { errorKey } from '../i18n/messages';
import { useModifierShortcut } from '../useModifierShortcut';
import { PrintPreview } from './print/PrintPreview';
import { useApi } from '../api/ApiContext';
import { readSavedArticle, useDocumentExport, type DocumentProblem } from './useDocumentExport';

interface DocumentExportsProps {
  articleId: string;
  saver: ArticleSaver;
}

export function DocumentExports({ articleId, saver }: DocumentExportsProps) {
  const { t } = useI18n();
  const api = useApi();
  const exporter = useDocumentExport(articleId, saver);
  const [printing, setPrinting] = useState<Article | null>(null);
  const [printProblem, setPrintProblem] = useState<DocumentProblem | null>(null);

  const openPrint = async () => {
    setPrintProblem(null);
    const read = await readSavedArticle(api, articleId, saver);
    if ('problem' in read) setPrintProblem(read.problem);
    else setPrinting(read.article);
  };
  useModifierShortcut(['KeyP'], () => void openPrint());

  const problem = exporter.problem ?? printProblem;
  return (
    <>
      <div className="export-buttons" role="group" aria-label={t('panel.section.export')} aria-busy={exporter.busy !== null}>
        <button type="button" className="button button--small" data-testid="export-print" title={t('output.printDescription')} onClick={() => void openPrint()}>
          {t('output.print')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="export-docx"
          title={t('output.docxDescription')}
          disabled={exporter.busy !== null}
          onClick={() => void exporter.exportAs('docx')}
        >
          <bdi>{exporter.busy === 'docx' ? t('panel.export.working') : t('output.docx')}</bdi>
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="export-text"
          title={t('output.textDescription')}
          disabled={exporter.busy !== null}
          onClick={() => void exporter.exportAs('text')}
        >
          {exporter.busy === 'text' ? t('panel.export.working') : t('output.text')}
        </button>
      </div>
      {problem && (
        <p className="panel-error" role="alert" data-testid="document-export-error">
          {problem.kind === 'unsaved' ? t('panel.export.unsaved') : t('panel.export.failed', { reason: t(errorKey(problem.error.code)) })}
        </p>
      )}
      {printing && <PrintPreview article={printing} onClose={() => setPrinting(null)} />}
    </>
  );
}
