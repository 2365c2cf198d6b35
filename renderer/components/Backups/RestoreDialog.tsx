/**
 * Asks before a backup replaces the archive, saying exactly what will happen (what is kept,
 * what is lost), then runs the restore with its progress and reloads the app on the restored
 * archive. Nothing changes until «بازگردانی» is pressed; a restore that fails leaves the
 * archive as it was, and says why.
 */
import { useEffect, useId, useRef } from 'react';
import type { BackupInfo } from '../../../common/contract';
import { api } from '../../api/client';
import { flushPendingSave, hasUnsavedChanges } from '../../autosave/activeSaver';
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';
import { jobPercent, useBackupJob } from '../../safekeeping/useBackupJob';
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
  const { job, refusal, start } = useBackupJob((finished) => {
    if (finished.state === 'succeeded') window.location.reload();
  });

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  const running = job?.state === 'running';
  const succeeded = job?.state === 'succeeded';
  const failure = refusal ?? (job?.state === 'failed' ? job.error : null);
  const time = formatTimestamp(backup.createdAt);
  const count = backup.articles === null ? t('backups.unknownCount') : formatNumber(backup.articles);

  const restore = () =>
    start(async () => {
      // What was just typed belongs in the archive that is kept before it is replaced.
      if (!damaged) await flushPendingSave();
      return api.restoreBackup({ name: backup.name });
    });

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
      {running && job && (
        <div className="restore-dialog__progress" role="status">
          <progress max={100} value={jobPercent(job)} />
          <span>{t('restore.phase', { percent: formatDigits(String(jobPercent(job))) })}</span>
        </div>
      )}
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
        <button type="button" className="button button--danger" data-testid="restore-confirm" disabled={running || succeeded} onClick={restore}>
          {t('restore.confirm')}
        </button>
      </div>
    </dialog>
  );
}
