/**
 * Asks before a backup replaces the archive, saying exactly what will happen (what is kept,
 * what is lost), then runs the restore with its progress and reloads the app on the restored
 * archive. Nothing changes until «بازگردانی» is pressed; a restore that fails leaves the
 * archive as it was, and says why.
 */
import { useEffect, useId, useRef } from 'react';
import type { BackupInfo } from '../../../common/contract';
import { flushPendingSave, hasUnsavedChanges } from '../../autosave/activeSaver';
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';
import { percentOf } from '../../jobs/watchJob';
import { useJob } from '../../jobs/useJob';
import { JobProgress } from '../JobProgress/JobProgress';
import { OWN_ESCAPE_ATTRIBUTE } from '../../workbench/useMultiSelect';

interface RestoreDialogProps {
  backup: BackupInfo;
  /** The archive is damaged: it is set aside rather than backed up. */
  damaged: boolean;
  onCancel: () => void;
}

export function RestoreDialog({ backup, damaged, onCancel }: RestoreDialogProps) {
  const { t, formatTimestamp, formatNumber, formatDigits } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const unsaved = useRef(hasUnsavedChanges()).current;
  const job = useJob();

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  const running = job.running;
  const succeeded = job.status?.state === 'done';
  const failure = job.error ?? (job.status && (job.status.state === 'failed' || job.status.state === 'cancelled') ? job.status.error : null);
  const percent = percentOf(job.status?.progress);
  const time = formatTimestamp(backup.createdAt);
  const count = backup.articles === null ? t('backups.unknownCount') : formatNumber(backup.articles);

  const restore = async () => {
    // What was just typed belongs in the archive that is kept before it is replaced.
    if (!damaged) await flushPendingSave();
    const ended = await job.start({ kind: 'restoreBackup', input: { name: backup.name } });
    // The window starts again on the restored archive.
    if (ended?.state === 'done') window.location.reload();
  };

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog restore-dialog"
      data-testid="restore-dialog"
      aria-labelledby={titleId}
      {...{ [OWN_ESCAPE_ATTRIBUTE]: '' }}
      onCancel={(event) => running && event.preventDefault()}
      onClose={onCancel}
    >
      <h2 id={titleId} className="modal-dialog__title">
        {t('restore.title', { time })}
      </h2>
      <p className="restore-dialog__explain" data-testid="restore-explain">
        {t(damaged ? 'restore.explainDamaged' : 'restore.explain', { count, time })}
      </p>
      {unsaved && <p className="restore-dialog__warning">{t('restore.unsaved')}</p>}
      {running && <JobProgress testId="restore-progress" label={t('restore.phase', { percent: formatDigits(String(percent)) })} percent={percent} />}
      {succeeded && (
        <p role="status" data-testid="restore-done">
          {t('restore.done')}
        </p>
      )}
      {failure && (
        <p className="panel-error" role="alert" data-testid="restore-failed">
          {t('restore.failed', { reason: t(errorKey(failure.code)) })}
        </p>
      )}
      <div className="restore-dialog__actions">
        <button type="button" className="button" data-testid="restore-cancel" disabled={running || succeeded} onClick={() => dialogRef.current?.close()}>
          {t('restore.cancel')}
        </button>
        <button type="button" className="button button--danger" data-testid="restore-confirm" disabled={running || succeeded} onClick={() => void restore()}>
          {t('restore.confirm')}
        </button>
      </div>
    </dialog>
  );
}
