/** The back control of a page shown over the open article. */
import { useI18n } from '../../i18n/I18nProvider';
import { useDeskNavigation } from '../../navigation';

export function BackButton() {
  const { t, dir } = useI18n();
  const navigation = useDeskNavigation();
  return (
    <button type="button" className="button button--small" data-testid="view-back" onClick={() => navigation?.closeView()}>
      {/* Back points to where reading came from: the right in a right-to-left page. */}
      <span aria-hidden="true">{dir === 'rtl' ? '→' : '←'}</span>
      {t('view.back')}
    </button>
  );
}
