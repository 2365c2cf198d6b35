/** Opens the open article's history over it (its pending changes are saved on the way). */
import { useI18n } from '../../i18n/I18nProvider';
import { useDeskNavigation } from '../../navigation';

export function HistoryButton() {
  const { t } = useI18n();
  const navigation = useDeskNavigation();
  if (!navigation) return null;
  return (
    <button
      type="button"
      className="button button--small button--quiet"
      data-testid="history-open"
      title={t('history.openHint')}
      onClick={() => navigation.openView({ kind: 'history' })}
    >
      {t('history.open')}
    </button>
  );
}
