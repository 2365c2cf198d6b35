/** The archive, newest-changed first as listArticles returns it; the open article is marked. */
import type { ArticleSummary } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOfText } from '../../text/direction';
import { ArticleMeta } from '../ArticleRow/ArticleMeta';
import { ColumnAlert } from '../ColumnAlert/ColumnAlert';
import './ArchiveList.css';

interface ArchiveListProps {
  items: ArticleSummary[];
  total: number;
  /** False until the first answer, so an archive still loading does not look empty. */
  loaded: boolean;
  selectedId: string | null;
  error: string | null;
  onOpen: (id: string) => void;
  onReload: () => void;
}

function ArchiveRow({ item, selected, onOpen }: { item: ArticleSummary; selected: boolean; onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const headline = item.headline.trim();
  return (
    <li className="archive-list__row">
      <button
        type="button"
        className="article-row"
        data-testid="article-item"
        data-article-id={item.id}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(item.id)}
      >
        {headline ? (
          <span className="article-row__headline" dir={directionOfText(headline)}>
            {headline}
          </span>
        ) : (
          <span className="article-row__headline article-row__headline--empty">{t('archive.untitled')}</span>
        )}
        <ArticleMeta desk={item.desk} status={item.status} datelineDate={item.datelineDate} updatedAt={item.updatedAt} />
      </button>
    </li>
  );
}

export function ArchiveList({ items, total, loaded, selectedId, error, onOpen, onReload }: ArchiveListProps) {
  const { t, formatNumber } = useI18n();
  return (
    <nav className="archive-list" aria-labelledby="archive-heading">
      <div className="archive-list__head">
        <h2 id="archive-heading" className="archive-list__title">
          {t('archive.heading')}
        </h2>
        <span className="archive-list__count muted">{t('archive.count', { count: formatNumber(total) })}</span>
      </div>
      {error && <ColumnAlert message={t('archive.loadFailed', { reason: error })} retryLabel={t('archive.reload')} onRetry={onReload} />}
      {loaded && !error && items.length === 0 && <p className="archive-list__empty muted">{t('archive.empty')}</p>}
      <ul className="archive-list__items" data-testid="article-list">
        {items.map((item) => (
          <ArchiveRow key={item.id} item={item} selected={item.id === selectedId} onOpen={onOpen} />
        ))}
      </ul>
    </nav>
  );
}
