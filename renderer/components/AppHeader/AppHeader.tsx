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
  /** «ورود خبرها»: the import dialog. */
  onImport?: () => void;
  /** Articles a merge left for review, and how to open their list; hidden while none. */
  mergeReviews?: { count: number; open: () => void };
  /** «پشتیبان‌ها», from the settings menu. */
  onOpenBackups?: () => void;
}

export function AppHeader({ onNewArticle, busy, view = null, onOpenEntities, onFindNames, onImport, mergeReviews, onOpenBackups }: AppHeaderProps) {
  const { t, formatNumber } = useI18n();
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
        {mergeReviews && mergeReviews.count > 0 && (
          <button type="button" className="button button--quiet" data-testid="open-merge-reviews" onClick={mergeReviews.open}>
            {t('header.reviews', { count: formatNumber(mergeReviews.count) })}
          </button>
        )}
        {onImport && (
          <button type="button" className="button button--quiet" data-testid="open-import" onClick={onImport}>
            {t('header.import')}
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
