/**
 * «پشتیبان‌ها», opened from the settings: where the backups are, the list of them, a backup
 * taken now (in the background, with its progress; typing goes on meanwhile), and a restore
 * of any one of them after a confirmation that says what will happen.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ArchiveState, BackupInfo } from '../../../common/contract';
import type { ApiError } from '../../../common/result';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';
import { jobPercent, useBackupJob } from '../../safekeeping/useBackupJob';
import { BackButton } from '../EntityPage/BackButton';
import { BackupList } from './BackupList';
import { RestoreDialog } from './RestoreDialog';
import './Backups.css';

export function BackupsView({ archive }: { archive: ArchiveState | null }) {
  const { t, formatDigits } = useI18n();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const reload = useCallback(async () => {
    const result = await api.listBackups({});
    if (result.ok) {
      setBackups(result.value);
      setLoadError(null);
    } else setLoadError(result.error);
  }, []);

  const { job, refusal, start } = useBackupJob(() => void reload());

  useEffect(() => {
    void reload();
  }, [reload]);

  const running = job?.kind === 'backup' && job.state === 'running';
  const failure = refusal ?? (job?.kind === 'backup' && job.state === 'failed' ? job.error : null);
  const phaseKey = job?.phase === 'verify' ? 'backups.phase.verify' : 'backups.phase.copy';

  return (
    <section className="entity-page backups-view" data-testid="backups-view" aria-labelledby="backups-title">
      <div className="entity-page__bar">
        <BackButton />
      </div>
      <header className="backups-view__head">
        <h2 id="backups-title" className="entity-page__title">
          {t('backups.heading')}
        </h2>
        <button
          type="button"
          className="button button--primary"
          data-testid="backup-now"
          disabled={running || archive?.access === 'damaged'}
          onClick={() => start(() => api.startBackup({}))}
        >
          {t('backups.now')}
        </button>
      </header>
      <p className="backups-view__intro">{t('backups.intro')}</p>
      {archive && (
        <p className="backups-view__folder muted">
          {t('backups.folder')} <bdi dir="ltr">{archive.backupsFolder}</bdi>
        </p>
      )}
      {running && job && (
        <div className="backups-view__progress" role="status" data-testid="backup-progress">
          <progress max={100} value={jobPercent(job)} />
          <span>{t(phaseKey, { percent: formatDigits(String(jobPercent(job))) })}</span>
        </div>
      )}
      {job?.kind === 'backup' && job.state === 'succeeded' && (
        <p role="status" data-testid="backup-done">
          {t('backups.done')}
        </p>
      )}
      {failure && (
        <p className="panel-error" role="alert" data-testid="backup-failed">
          {t('backups.failed', { reason: t(errorKey(failure.code)) })}
        </p>
      )}
      {loadError && (
        <p className="panel-error" role="alert">
          {t('backups.loadFailed', { reason: t(errorKey(loadError.code)) })}
        </p>
      )}
      {backups && <BackupList backups={backups} onRestore={archive?.access === 'read-only' ? undefined : setRestoring} />}
      {restoring && <RestoreDialog backup={restoring} damaged={archive?.access === 'damaged'} onCancel={() => setRestoring(null)} />}
    </section>
  );
}
