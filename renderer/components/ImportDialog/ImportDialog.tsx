/**
 * «ورود خبرها»: files or a whole folder (a file chooser, a folder chooser, or a drop), sent to
 * the archive and imported, with a progress bar naming the file in hand, a cancel that leaves
 * only whole files, and a report file by file at the end. In Electron the choosers are the
 * system's own dialogs; in the browser shell, the browser's.
 */
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { ImportFileOutcome } from '../../../common/contract';
import { IMPORT_EXTENSIONS } from '../../../common/transfer-constants';
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';
import { importProblemKey } from '../../i18n/transfer-messages';
import { fromDrop, fromInput, type ChosenFiles } from '../../transfer/chosen-files';
import { percentOf } from '../../jobs/watchJob';
import { useImportJob } from '../../transfer/useImportJob';
import { JobProgress } from '../JobProgress/JobProgress';
import './ImportDialog.css';

interface ImportDialogProps {
  onClose: () => void;
  /** Articles came in: lists and searches should be asked again. */
  onImported: () => void;
}

/** The line a problem's source names (`file:12`), for «سطر ۱۲». */
function lineOf(source: string, file: string): number | null {
  const rest = source.slice(file.length);
  const match = /^:(\d+)$/.exec(rest);
  return match ? Number(match[1]) : null;
}

export function ImportDialog({ onClose, onImported }: ImportDialogProps) {
  const { t, formatNumber, formatDigits } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [chosen, setChosen] = useState<ChosenFiles | null>(null);
  const [dragging, setDragging] = useState(false);
  const job = useImportJob(onImported);
  const { state } = job;

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  const busy = state.kind === 'sending' || state.kind === 'running';
  const size = (bytes: number) => formatDigits(bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
  const totalBytes = chosen?.files.reduce((sum, { file }) => sum + file.size, 0) ?? 0;

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) setChosen(await fromDrop(event.dataTransfer));
  };

  const close = () => {
    if (busy) return;
    dialogRef.current?.close();
    onClose();
  };

  let percent = 0;
  let phase = '';
  let current = '';
  if (state.kind === 'sending') {
    percent = percentOf(state);
    phase = t('import.sending');
    current = state.current;
  } else if (state.kind === 'running') {
    const { phase: step, current: file } = state.status.progress;
    percent = percentOf(state.status.progress);
    phase = state.cancelling ? t('import.cancelling') : step === 'preparing' ? t('import.preparing') : step === 'merging' ? t('import.merging') : t('import.importing');
    current = step === 'preparing' ? '' : (file ?? '');
  }

  const report = state.kind === 'finished' ? state.report : undefined;
  const totals = report && {
    imported: report.files.reduce((sum, file) => sum + file.imported + (file.merged?.added ?? 0), 0),
    skipped: report.files.reduce((sum, file) => sum + file.skipped, 0),
    failed: report.files.reduce((sum, file) => sum + file.problems.length, 0),
  };

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog import-dialog"
      aria-labelledby={titleId}
      data-testid="import-dialog"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <h2 id={titleId} className="modal-dialog__title">
        {t('import.title')}
      </h2>

      {(state.kind === 'idle' || state.kind === 'failed') && (
        <>
          <p className="import-dialog__intro">{t('import.intro')}</p>
          <div
            className={dragging ? 'import-dialog__drop import-dialog__drop--over' : 'import-dialog__drop'}
            data-testid="import-drop"
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(event) => void onDrop(event)}
          >
            <span>{t('import.drop')}</span>
            <div className="import-dialog__choose">
              <label className="button button--small">
                {t('import.chooseFiles')}
                <input
                  type="file"
                  multiple
                  hidden
                  accept={IMPORT_EXTENSIONS.join(',')}
                  data-testid="import-files-input"
                  onChange={(event) => event.target.files && setChosen(fromInput(event.target.files))}
                />
              </label>
              <label className="button button--small">
                {t('import.chooseFolder')}
                <input
                  type="file"
                  hidden
                  data-testid="import-folder-input"
                  ref={(input) => input?.setAttribute('webkitdirectory', '')}
                  onChange={(event) => event.target.files && setChosen(fromInput(event.target.files))}
                />
              </label>
            </div>
          </div>
          <p className="import-dialog__chosen" data-testid="import-chosen" aria-live="polite">
            {chosen && chosen.files.length > 0 ? t('import.chosen', { count: formatNumber(chosen.files.length), size: size(totalBytes) }) : t('import.nothingChosen')}
          </p>
          {chosen && chosen.ignored > 0 && <p className="muted">{t('import.ignored', { count: formatNumber(chosen.ignored) })}</p>}
          {state.kind === 'failed' && (
            <p className="panel-error" role="alert" data-testid="import-error">
              {t('import.failed', { reason: t(errorKey(state.error.code)) })}
            </p>
          )}
          <div className="import-dialog__actions">
            <button
              type="button"
              className="button button--primary"
              data-testid="import-start"
              disabled={!chosen || chosen.files.length === 0}
              onClick={() => chosen && void job.start(chosen.files)}
            >
              {t('import.start')}
            </button>
            <button type="button" className="button" data-testid="import-close" onClick={close}>
              {t('import.close')}
            </button>
          </div>
        </>
      )}

      {busy && (
        <div className="import-dialog__progress" aria-live="polite">
          <JobProgress
            testId="import-progress"
            label={`${phase} ${t('import.percent', { percent: formatNumber(percent) })}`}
            percent={percent}
            onCancel={() => void job.cancel()}
            cancelling={state.kind === 'running' && state.cancelling}
          />
          <p className="import-dialog__current" data-testid="import-current">
            <bdi>{current}</bdi>
          </p>
        </div>
      )}

      {state.kind === 'finished' && report && totals && (
        <>
          <p className="import-dialog__summary" role="status" data-testid="import-summary">
            {state.cancelled
              ? t('import.cancelled')
              : t('import.done', { imported: formatNumber(totals.imported), skipped: formatNumber(totals.skipped), failed: formatNumber(totals.failed) })}
          </p>
          <ul className="import-dialog__report" aria-label={t('import.reportLabel')} data-testid="import-report">
            {report.files.map(reportRow)}
          </ul>
          <div className="import-dialog__actions">
            <button
              type="button"
              className="button"
              data-testid="import-again"
              onClick={() => {
                setChosen(null);
                job.reset();
              }}
            >
              {t('import.again')}
            </button>
            <button type="button" className="button button--primary" data-testid="import-close" onClick={close}>
              {t('import.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );

  function reportRow(file: ImportFileOutcome) {
    const notes: string[] = [];
    if (file.merged) {
      notes.push(t('import.fileMerged', { added: formatNumber(file.merged.added), updated: formatNumber(file.merged.updated), unchanged: formatNumber(file.merged.unchanged) }));
      if (file.merged.needsReview > 0) notes.push(t('import.fileNeedsReview', { count: formatNumber(file.merged.needsReview) }));
    } else {
      if (file.imported > 0) notes.push(t('import.fileImported', { count: formatNumber(file.imported) }));
      if (file.skipped > 0) notes.push(t('import.fileSkipped', { count: formatNumber(file.skipped) }));
      if (notes.length === 0 && file.problems.length === 0) notes.push(t('import.fileNothing'));
    }
    const failed = file.problems.length > 0 && file.imported === 0 && !file.merged;
    return (
      <li key={file.file} className={failed ? 'import-report-row import-report-row--failed' : 'import-report-row'} data-testid="import-report-row" data-outcome={failed ? 'failed' : 'ok'}>
        {/* The row runs right to left; the name inside is isolated, so a Latin name keeps its order. */}
        <span className="import-report-row__file">
          <bdi>{file.file}</bdi>
        </span>
        {notes.length > 0 && <span className="import-report-row__outcome">{notes.join('؛ ')}</span>}
        {file.problems.slice(0, 5).map((problem) => {
          const line = lineOf(problem.source, file.file);
          const reason = t(importProblemKey(problem.code));
          return (
            <span key={`${problem.source}:${problem.code}`} className="import-report-row__problem" title={problem.message} data-code={problem.code}>
              {line === null ? reason : t('import.problemLine', { line: formatNumber(line), reason })}
            </span>
          );
        })}
      </li>
    );
  }
}
