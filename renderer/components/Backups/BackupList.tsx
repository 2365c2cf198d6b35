/** The archive's backups, newest first: when, why, how big, how many articles, checked or not. */
import type { BackupInfo } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { DualDate } from '../DualDate/DualDate';
import { backupReasonKey, formatSize } from './backupText';

interface BackupListProps {
  backups: BackupInfo[];
  onRestore?: (backup: BackupInfo) => void;
}

export function BackupList({ backups, onRestore }: BackupListProps) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  if (backups.length === 0) return <p className="muted">{t('backups.empty')}</p>;
  return (
    <table className="backup-list" data-testid="backup-list">
      <thead>
        <tr>
          <th scope="col">{t('backups.column.time')}</th>
          <th scope="col">{t('backups.column.reason')}</th>
          <th scope="col">{t('backups.column.size')}</th>
          <th scope="col">{t('backups.column.articles')}</th>
          <th scope="col">{t('backups.column.verified')}</th>
          {onRestore && <th scope="col" aria-label={t('backups.restore')} />}
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.name} data-testid="backup-row" data-name={backup.name}>
            <td>
              <DualDate timestamp={backup.createdAt} />
            </td>
            <td>{t(backupReasonKey(backup.reason))}</td>
            <td>{formatSize(i18n, backup.bytes)}</td>
            <td>{backup.articles === null ? t('backups.unknownCount') : formatNumber(backup.articles)}</td>
            <td className={backup.verified ? 'backup-list__verified' : 'backup-list__unverified'}>
              {t(backup.verified ? 'backups.verified' : 'backups.unverified')}
            </td>
            {onRestore && (
              <td>
                <button type="button" className="button button--small" data-testid="backup-restore" onClick={() => onRestore(backup)}>
                  {t('backups.restore')}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
