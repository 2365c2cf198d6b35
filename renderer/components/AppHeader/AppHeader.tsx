import type { DeskView } from '../../navigation';
import { useI18n } from '../../i18n/I18nProvider';
import { ThemeToggle } from '../../settings/ThemeToggle';
import { SettingsMenu } from '../SettingsMenu/SettingsMenu';
import './AppHeader.css';

interface AppHeaderProps {
  onNewArticle: () => void;
  busy: boolean;
  /** The page shown over the article, so its entry reads as the current one. */
  view?: DeskView | null;
  /** «نام‌ها»: the archive's entities. */
  onOpenEntities?: () => void;
  /** «یافتن نام‌ها در بایگانی»: detection over the whole archive, then review. */
  onFindNames?: () => void;
  /** «پشتیبان‌ها», from the settings menu. */
  onOpenBackups?: () => void;
}

export function AppHeader({ onNewArticle, busy, view = null, onOpenEntities, onFindNames, onOpenBackups }: AppHeaderProps) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <h1 className="app-header__title">{t('app.title')}</h1>
      <div className="app-header__actions">
        {onOpenEntities && (
          <button
            type="button"
            className="button button--quiet"
            data-testid="open-entities"
            aria-current={view?.kind === 'entities' || view?.kind === 'entity' ? 'page' : undefined}
            onClick={onOpenEntities}
          >
            {t('header.entities')}
          </button>
        )}
        {onFindNames && (
          <button
            type="button"
            className="button button--quiet"
            data-testid="find-names"
            aria-current={view?.kind === 'review' ? 'page' : undefined}
            onClick={onFindNames}
          >
            {t('header.findNames')}
          </button>
        )}
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
        <ThemeToggle />
        <SettingsMenu onOpenBackups={onOpenBackups} />
      </div>
    </header>
  );
}
