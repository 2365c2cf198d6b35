/**
 * Shown while several articles are picked in the list column: «۳ خبر انتخاب شد» and what can
 * be done to them all at once: add or take away a tag, or export them as one .zip. Both run
 * as jobs in the archive, with their progress here and «توقف» to stop them after the batch in
 * progress. The open article may be among them, so its pending changes are flushed first and
 * its panel told afterwards.
 */
import { useState } from 'react';
import type { JobStatus } from '../../../common/contract';
import { ARCHIVE_EXPORT_FORMATS, type ArchiveExportFormat } from '../../../common/transfer-constants';
import { flushPendingSave, openArticleRevision } from '../../autosave/activeSaver';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { percentOf } from '../../jobs/watchJob';
import { useJob } from '../../jobs/useJob';
import { useApi } from '../../api/ApiContext';
import { downloadExport } from '../../transfer/downloadExport';
import { workbenchErrorKey } from '../../workbench/workbenchErrors';
import { emitWorkbenchEvent } from '../../workbench/workbenchEvents';
import { JobProgress } from '../JobProgress/JobProgress';
import { TagCombobox } from './TagCombobox';
import './BulkBar.css';
import { counted } from '../../i18n/plural';

type Mode = 'add' | 'remove';

interface BulkBarProps {
  ids: string[];
  onCancel: () => void;
  /** Tags changed on some articles: lists and results should be asked again. */
  onChanged: () => void;
}

/** Every format `dabir export` writes; a zip of pages for md, html and txt. */
const EXPORT_BUTTONS: Record<ArchiveExportFormat, { testId: string; label: MessageKey }> = {
  md: { testId: 'bulk-export-markdown', label: 'bulk.exportMarkdown' },
  html: { testId: 'bulk-export-html', label: 'bulk.exportHtml' },
  txt: { testId: 'bulk-export-txt', label: 'bulk.exportTxt' },
  jsonl: { testId: 'bulk-export-jsonl', label: 'bulk.exportJsonl' },
  bundle: { testId: 'bulk-export-bundle', label: 'bulk.exportBundle' },
};

export function BulkBar({ ids, onCancel, onChanged }: BulkBarProps) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const [mode, setMode] = useState<Mode | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const job = useJob();
  const api = useApi();
  const busy = job.running;

  const failed = (status: JobStatus | null, what: 'bulk.failed' | 'bulk.exportFailed') => {
    const code = status?.error?.code ?? job.error?.code ?? 'unavailable';
    setMessage({ text: t(what, { reason: t(workbenchErrorKey(code)) }), error: true });
  };

  const stopped = (status: JobStatus, what: 'bulk.tagStopped' | 'bulk.exportStopped') =>
    setMessage({ text: t(what, { done: formatNumber(status.progress.done), total: formatNumber(status.progress.total) }), error: false });

  const retag = async (chosen: Mode, names: string[]) => {
    setMessage(null);
    await flushPendingSave();
    // The open article is written on the revision its editor holds, or not at all (a conflict).
    const open = openArticleRevision();
    const baseRevisions = open && ids.includes(open.id) ? { [open.id]: open.revision } : undefined;
    const change = chosen === 'add' ? { add: names } : { remove: names };
    const status = await job.start({ kind: 'tagArticles', input: { articleIds: ids, ...change, baseRevisions } });
    if (status?.kind !== 'tagArticles' || status.state === 'failed') return failed(status, 'bulk.failed');
    if (status.state === 'cancelled') {
      stopped(status, 'bulk.tagStopped');
    } else {
      const changed = status.result?.changed ?? 0;
      const name = names.join('، ');
      setMessage({
        text: changed === 0 ? t('bulk.unchanged') : t(chosen === 'add' ? 'bulk.added' : 'bulk.removed', { name, count: formatNumber(changed) }),
        error: false,
      });
      setMode(null);
      if (changed === 0) return;
    }
    // Some articles may have changed, all of them or those before a stop.
    // A stopped job answers with no revisions: the panel re-reads the chips, and the editor's
    // next save is made over the tags written (db/history/system-rewrites.ts).
    const revisions = status.result?.revisions ?? [];
    emitWorkbenchEvent({ kind: 'tags-changed', change: { kind: 'retagged', articleIds: ids, revisions } });
    onChanged();
  };

  const exportAs = async (format: ArchiveExportFormat) => {
    setMessage(null);
    setMode(null);
    // The archive exports what it has saved: what is on the screen must be saved first.
    if (!(await flushPendingSave())) return setMessage({ text: t('panel.export.unsaved'), error: true });
    const status = await job.start({ kind: 'exportArticles', input: { format, selection: { ids } } });
    if (status?.kind === 'exportArticles' && status.state === 'done' && status.result) {
      const saved = await downloadExport(api, status.result);
      if (!saved.ok) return setMessage({ text: t('bulk.exportFailed', { reason: t(workbenchErrorKey(saved.error.code)) }), error: true });
      const zipped = status.result.mimeType === 'application/zip';
      setMessage({ text: t(zipped ? 'bulk.exported' : 'bulk.exportedFile', { count: formatNumber(status.result.articles) }), error: false });
    } else if (status?.state === 'cancelled') {
      stopped(status, 'bulk.exportStopped');
    } else {
      failed(status, 'bulk.exportFailed');
    }
  };

  const toggle = (chosen: Mode) => {
    setMessage(null);
    setMode(mode === chosen ? null : chosen);
  };

  const progressLabel = () => {
    const progress = job.status?.progress;
    const params = { percent: formatNumber(percentOf(progress)), done: formatNumber(progress?.done ?? 0), total: formatNumber(progress?.total ?? ids.length) };
    return t(job.status?.kind === 'exportArticles' ? 'bulk.exporting' : 'bulk.tagging', params);
  };

  return (
    <div className="bulk-bar" data-testid="bulk-bar" role="region" aria-label={t('bulk.label')} aria-busy={busy}>
      <div className="bulk-bar__row">
        <span className="bulk-bar__count" data-testid="bulk-count" aria-live="polite">
          {counted(i18n, 'bulk.count', 'bulk.countOne', ids.length)}
        </span>
        <div className="bulk-bar__actions">
          <button type="button" className="button button--small" data-testid="bulk-add-tag" aria-pressed={mode === 'add'} disabled={busy} onClick={() => toggle('add')}>
            {t('bulk.addTag')}
          </button>
          <button type="button" className="button button--small" data-testid="bulk-remove-tag" aria-pressed={mode === 'remove'} disabled={busy} onClick={() => toggle('remove')}>
            {t('bulk.removeTag')}
          </button>
          {ARCHIVE_EXPORT_FORMATS.map((format) => (
            <button key={format} type="button" className="button button--small" data-testid={EXPORT_BUTTONS[format].testId} disabled={busy} onClick={() => void exportAs(format)}>
              {t(EXPORT_BUTTONS[format].label)}
            </button>
          ))}
          <button type="button" className="button button--small bulk-bar__cancel" data-testid="bulk-cancel" disabled={busy} onClick={onCancel}>
            {t('bulk.cancel')}
          </button>
        </div>
      </div>
      {mode && !busy && (
        <TagCombobox
          key={mode}
          exclude={[]}
          onCommit={(names) => void retag(mode, names)}
          onEscape={() => setMode(null)}
          placeholder={t(mode === 'add' ? 'bulk.addPlaceholder' : 'bulk.removePlaceholder')}
          ariaLabel={t(mode === 'add' ? 'bulk.addTag' : 'bulk.removeTag')}
          testId="bulk-tag-input"
          autoFocus
        />
      )}
      {busy && <JobProgress testId="bulk-progress" label={progressLabel()} percent={percentOf(job.status?.progress)} onCancel={job.cancel} cancelling={job.cancelling} />}
      {message && (
        <p className={message.error ? 'bulk-bar__message bulk-bar__message--error' : 'bulk-bar__message'} role={message.error ? 'alert' : 'status'} data-testid="bulk-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
