/** The archive, newest-changed first as listArticles returns it; the open article is marked. */
import type { ArticleSummary } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey } from '../../i18n/messages';
import { directionOfText } from '../../text/direction';
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
  const { t, formatDay, formatTimestamp } = useI18n();
  const headline = item.headline.trim();
  return (
    <li className="archive-list__row">
      <button
        type="button"
        className="archive-item"
        data-testid="article-item"
        data-article-id={item.id}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(item.id)}
      >
        {headline ? (
          <span className="archive-item__headline" dir={directionOfText(headline)}>
            {headline}
          </span>
        ) : (
          <span className="archive-item__headline archive-item__headline--empty">{t('archive.untitled')}</span>
        )}
        <span className="archive-item__meta">
          {item.desk.trim() && <span className="archive-item__desk">{item.desk}</span>}
          <span className={`archive-item__status archive-item__status--${item.status}`}>{t(statusKey(item.status))}</span>
          <span className="archive-item__date">
            {item.datelineDate ? formatDay(item.datelineDate) : formatTimestamp(item.updatedAt)}
          </span>
        </span>
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
      {error && (
        <div className="archive-list__error" role="alert">
          <span>{t('archive.loadFailed', { reason: error })}</span>
          <button type="button" className="button button--small" onClick={onReload}>
            {t('archive.reload')}
          </button>
        </div>
      )}
      {loaded && !error && items.length === 0 && <p className="archive-list__empty muted">{t('archive.empty')}</p>}
      <ul className="archive-list__items" data-testid="article-list">
        {items.map((item) => (
          <ArchiveRow key={item.id} item={item} selected={item.id === selectedId} onOpen={onOpen} />
        ))}
      </ul>
    </nav>
  );
}
