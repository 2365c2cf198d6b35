/** «خروجی»: the article as an HTML page or as Markdown, downloaded as a file. */
import { EXPORT_FORMATS, type ExportFormat } from '../../../common/constants';
import type { ArticleSaver } from '../../autosave/ArticleSaver';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { DocumentExports } from '../../export/DocumentExports';
import { useArticleExport } from '../../workbench/useArticleExport';
import { workbenchErrorKey } from '../../workbench/workbenchErrors';
import { PanelSection } from './PanelSection';
import './Export.css';

interface ExportSectionProps {
  articleId: string;
  saver: ArticleSaver;
}

const BUTTONS: Record<ExportFormat, { testId: string; label: MessageKey; description: MessageKey }> = {
  html: { testId: 'export-html', label: 'panel.export.html', description: 'panel.export.htmlDescription' },
  markdown: { testId: 'export-markdown', label: 'panel.export.markdown', description: 'panel.export.markdownDescription' },
};

export function ExportSection({ articleId, saver }: ExportSectionProps) {
  const { t } = useI18n();
  const exporter = useArticleExport(articleId, saver);
  const problem = exporter.problem;

  return (
    <PanelSection name="export" title={t('panel.section.export')}>
      <p className="panel-note">{t('panel.export.hint')}</p>
      <div className="export-buttons" role="group" aria-label={t('panel.section.export')} aria-busy={exporter.busy !== null}>
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button button--small"
            data-testid={BUTTONS[format].testId}
            title={t(BUTTONS[format].description)}
            aria-label={t(BUTTONS[format].description)}
            disabled={exporter.busy !== null}
            onClick={() => void exporter.exportAs(format)}
          >
            {/* Format names are Latin: isolated so they sit right in a Persian line. */}
            <bdi>{exporter.busy === format ? t('panel.export.working') : t(BUTTONS[format].label)}</bdi>
          </button>
        ))}
      </div>
      <DocumentExports articleId={articleId} saver={saver} />
      {problem && (
        <p className="panel-error" role="alert" data-testid="export-error">
          {problem.kind === 'unsaved'
            ? t('panel.export.unsaved')
            : t('panel.export.failed', { reason: t(workbenchErrorKey(problem.error.code)) })}
        </p>
      )}
    </PanelSection>
  );
}
