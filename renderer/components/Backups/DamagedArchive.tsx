/**
 * What the desk shows when the archive file is damaged: what happened, in plain Persian, that
 * nothing was written to or deleted from the file, and the newest verified backup to restore
 * (the damaged file is set aside under a new name, never overwritten). Every backup is listed
 * too, for a writer who wants an older one.
 */
import { useEffect, useState } from 'react';
import type { ArchiveState, BackupInfo } from '../../../common/contract';
import { useApi } from '../../api/ApiContext';
import { useI18n } from '../../i18n/I18nProvider';
import { BackupList } from './BackupList';
import { RestoreDialog } from './RestoreDialog';
import './Backups.css';

export function DamagedArchive({ archive }: { archive: ArchiveState }) {
  const api = useApi();
  const { t, formatTimestamp, formatNumber } = useI18n();
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const newest = archive.newestBackup;

  useEffect(() => {
    void api.listBackups({}).then((result) => result.ok && setBackups(result.value));
  }, [api]);

  return (
    <section className="damaged-archive" data-testid="damaged-archive" aria-labelledby="damaged-title">
      <h2 id="damaged-title" className="damaged-archive__title">
        {t('damaged.heading')}
      </h2>
      <p>{t('damaged.explain')}</p>
      <p className="muted damaged-archive__path">
        {t('damaged.path')} <bdi dir="ltr">{archive.path}</bdi>
      </p>
      {newest ? (
        <div className="damaged-archive__offer">
          <p data-testid="damaged-offer">
            {t('damaged.offer', {
              time: formatTimestamp(newest.createdAt),
              count: newest.articles === null ? t('backups.unknownCount') : formatNumber(newest.articles),
            })}
          </p>
          <button type="button" className="button button--primary" data-testid="restore-newest" onClick={() => setRestoring(newest)}>
            {t('damaged.restoreNewest')}
          </button>
        </div>
      ) : (
        <p data-testid="damaged-no-backup">{t('damaged.noBackup')}</p>
      )}
      {backups.length > 1 && (
        <details className="damaged-archive__all">
          <summary>{t('damaged.otherBackups')}</summary>
          <BackupList backups={backups} onRestore={setRestoring} />
        </details>
      )}
      {archive.damage && (
        <details className="damaged-archive__detail">
          <summary>{t('damaged.detail')}</summary>
          <pre dir="ltr" lang="en">
            {archive.damage}
          </pre>
        </details>
      )}
      {restoring && <RestoreDialog backup={restoring} damaged onCancel={() => setRestoring(null)} />}
    </section>
  );
}
