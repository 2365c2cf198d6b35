/** How a backup's size and reason read in the UI's language. */
import type { BackupInfo } from '../../../common/contract';
import type { I18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';

export function backupReasonKey(reason: BackupInfo['reason']): MessageKey {
  return `backups.reason.${reason}`;
}

/** «۱۲٫۳ مگابایت»: one decimal, in the reader's digits. */
export function formatSize({ t, formatDigits, locale }: I18n, bytes: number): string {
  const [key, value] =
    bytes >= 1e9 ? (['backups.sizeGB', bytes / 1e9] as const) : bytes >= 1e6 ? (['backups.sizeMB', bytes / 1e6] as const) : (['backups.sizeKB', bytes / 1e3] as const);
  const number = value.toFixed(1).replace('.', locale === 'fa' ? '٫' : '.');
  return t(key, { size: formatDigits(number) });
}
