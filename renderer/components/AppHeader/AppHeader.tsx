import { useI18n } from '../../i18n/I18nProvider';
import { SettingsMenu } from '../SettingsMenu/SettingsMenu';
import './AppHeader.css';

export function AppHeader({ onNewArticle, busy }: { onNewArticle: () => void; busy: boolean }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <h1 className="app-header__title">{t('app.title')}</h1>
      <div className="app-header__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="new-article"
          title={t('app.newArticleHint')}
          aria-keyshortcuts="Control+N Meta+N"
          disabled={busy}
          onClick={onNewArticle}
        >
          <span aria-hidden="true">+</span>
          {t('app.newArticle')}
        </button>
        <SettingsMenu />
      </div>
    </header>
  );
}
