/**
 * Exports a set of articles (the list's multi-selection, or a search's results) in a chosen
 * format, as one download: a zip of pages for Markdown, HTML and wire text, one file for
 * JSON Lines and a Dabir bundle. Progress shows while the archive writes it; it can be cancelled.
 */
import { useEffect, useRef, useState } from 'react';
import { ARCHIVE_EXPORT_FORMATS, type ArchiveExportFormat } from '../../../common/transfer-constants';
import { flushPendingSave } from '../../autosave/activeSaver';
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';
import type { TransferMessageKey } from '../../i18n/transfer-messages';
import { runExport, type ExportRun, type ExportSelection } from '../../transfer/exportJob';
import './ExportControl.css';

interface ExportControlProps {
  selection: ExportSelection;
  label: TransferMessageKey;
  testId: string;
}

export function ExportControl({ selection, label, testId }: ExportControlProps) {
  const { t, formatNumber } = useI18n();
  const [format, setFormat] = useState<ArchiveExportFormat>('md');
  const [percent, setPercent] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const run = useRef<ExportRun | null>(null);
  useEffect(() => () => run.current?.cancel(), []);

  const start = async () => {
    setMessage(null);
    setPercent(0);
    // The open article may be among them: the file must hold what is on the screen.
    await flushPendingSave();
    run.current = runExport(format, selection, setPercent);
    const outcome = await run.current.promise;
    run.current = null;
    setPercent(null);
    if (outcome.ok) setMessage({ text: t('export.done', { count: formatNumber(outcome.articles) }), error: false });
    else if ('error' in outcome) setMessage({ text: t('export.failed', { reason: t(errorKey(outcome.error.code)) }), error: true });
  };

  return (
    <div className="export-control" data-testid={testId}>
      <div className="export-control__row">
        <select aria-label={t('export.format')} value={format} disabled={percent !== null} data-testid={`${testId}-format`} onChange={(event) => setFormat(event.target.value as ArchiveExportFormat)}>
          {ARCHIVE_EXPORT_FORMATS.map((name) => (
            <option key={name} value={name}>
              {t(`export.format.${name}`)}
            </option>
          ))}
        </select>
        {percent === null ? (
          <button type="button" className="button button--small" data-testid={`${testId}-start`} onClick={() => void start()}>
            {t(label)}
          </button>
        ) : (
          <button type="button" className="button button--small" data-testid={`${testId}-cancel`} onClick={() => run.current?.cancel()}>
            {t('export.cancel')}
          </button>
        )}
      </div>
      {percent !== null && (
        <p className="export-control__progress" aria-live="polite">
          {t('export.working', { percent: formatNumber(percent) })}
          <progress max={100} value={percent} />
        </p>
      )}
      {message && (
        <p className={message.error ? 'panel-error' : 'export-control__done'} role={message.error ? 'alert' : 'status'} data-testid={`${testId}-message`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
