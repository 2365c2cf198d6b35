/**
 * «پشتیبان‌ها», opened from the settings: where the backups are, the list of them, a backup
 * taken now (a `backup` job in the archive worker, with its progress; typing goes on
 * meanwhile), and a restore of any one of them after a confirmation that says what will happen.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ArchiveState, BackupInfo } from '../../../common/contract';
import type { ApiError } from '../../../common/result';
import { useApi } from '../../api/ApiContext';
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';
import { percentOf } from '../../jobs/watchJob';
import { useJob } from '../../jobs/useJob';
import { BackButton } from '../EntityPage/BackButton';
import { JobProgress } from '../JobProgress/JobProgress';
import { BackupList } from './BackupList';
import { RestoreDialog } from './RestoreDialog';
import './Backups.css';

export function BackupsView({ archive }: { archive: ArchiveState | null }) {
  const api = useApi();
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
  }, [api]);

  const job = useJob();
  const backUpNow = async () => {
    await job.start({ kind: 'backup', input: { reason: 'manual' } });
    void reload();
  };

  useEffect(() => {
    void reload();
  }, [reload]);

  const status = job.status;
  const failure = job.error ?? (status && (status.state === 'failed' || status.state === 'cancelled') ? status.error : null);
  const percent = percentOf(status?.progress);
  const phaseKey = status?.progress.phase === 'verify' ? 'backups.phase.verify' : 'backups.phase.copy';

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
          disabled={job.running || archive?.access === 'damaged'}
          onClick={() => void backUpNow()}
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
      {job.running && (
        <JobProgress
          testId="backup-progress"
          label={t(phaseKey, { percent: formatDigits(String(percent)) })}
          percent={percent}
          onCancel={job.cancel}
          cancelling={job.cancelling}
        />
      )}
      {status?.state === 'done' && (
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
