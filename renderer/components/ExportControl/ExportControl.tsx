/**
 * Exports a search's results in a chosen format, as one download: a zip of pages for
 * Markdown, HTML and wire text, one file for JSON Lines and a Dabir bundle. It runs as an
 * `exportArticles` job, its progress shown with «توقف» to stop it.
 */
import { useState } from 'react';
import type { ExportSelection } from '../../../common/contract';
import { ARCHIVE_EXPORT_FORMATS, type ArchiveExportFormat } from '../../../common/transfer-constants';
import { flushPendingSave } from '../../autosave/activeSaver';
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';
import type { TransferMessageKey } from '../../i18n/transfer-messages';
import { percentOf } from '../../jobs/watchJob';
import { useJob } from '../../jobs/useJob';
import { useApi } from '../../api/ApiContext';
import { downloadExport } from '../../transfer/downloadExport';
import { JobProgress } from '../JobProgress/JobProgress';
import './ExportControl.css';

interface ExportControlProps {
  selection: ExportSelection;
  label: TransferMessageKey;
  testId: string;
}

export function ExportControl({ selection, label, testId }: ExportControlProps) {
  const { t, formatNumber } = useI18n();
  const [format, setFormat] = useState<ArchiveExportFormat>('md');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const job = useJob();
  const api = useApi();

  const start = async () => {
    setMessage(null);
    // The open article may be among them: the file must hold what is on the screen.
    await flushPendingSave();
    const status = await job.start({ kind: 'exportArticles', input: { format, selection } });
    if (status?.kind === 'exportArticles' && status.state === 'done' && status.result) {
      const saved = await downloadExport(api, status.result);
      if (saved.ok) return setMessage({ text: t('export.done', { count: formatNumber(status.result.articles) }), error: false });
      return setMessage({ text: t('export.failed', { reason: t(errorKey(saved.error.code)) }), error: true });
    }
    if (status?.state === 'cancelled') return;
    const code = status?.error?.code ?? job.error?.code ?? 'unavailable';
    setMessage({ text: t('export.failed', { reason: t(errorKey(code)) }), error: true });
  };

  return (
    <div className="export-control" data-testid={testId}>
      <div className="export-control__row">
        <select aria-label={t('export.format')} value={format} disabled={job.running} data-testid={`${testId}-format`} onChange={(event) => setFormat(event.target.value as ArchiveExportFormat)}>
          {ARCHIVE_EXPORT_FORMATS.map((name) => (
            <option key={name} value={name}>
              {t(`export.format.${name}`)}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" data-testid={`${testId}-start`} disabled={job.running} onClick={() => void start()}>
          {t(label)}
        </button>
      </div>
      {job.running && (
        <JobProgress
          testId={`${testId}-progress`}
          label={t('export.working', { percent: formatNumber(percentOf(job.status?.progress)) })}
          percent={percentOf(job.status?.progress)}
          onCancel={job.cancel}
          cancelling={job.cancelling}
        />
      )}
      {message && (
        <p className={message.error ? 'panel-error' : 'export-control__done'} role={message.error ? 'alert' : 'status'} data-testid={`${testId}-message`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
