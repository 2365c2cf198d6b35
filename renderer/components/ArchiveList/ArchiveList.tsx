/**
 * The archive, newest-changed first as listArticles returns it; the open article is marked.
 * Rows are options of a multi-select listbox: a plain click opens, Ctrl/Cmd or Shift+click
 * picks several for the bulk bar (the owner decides which; see useMultiSelect).
 */
import type { MouseEvent } from 'react';
import type { ArticleSummary } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOfText } from '../../text/direction';
import { ArticleMeta } from '../ArticleRow/ArticleMeta';
import { ColumnAlert } from '../ColumnAlert/ColumnAlert';
import './ArchiveList.css';
import { counted } from '../../i18n/plural';

interface ArchiveListProps {
  items: ArticleSummary[];
  total: number;
  /** False until the first answer, so an archive still loading does not look empty. */
  loaded: boolean;
  selectedId: string | null;
  error: string | null;
  /** A row was clicked; the event carries the modifier keys. */
  onOpen: (id: string, event: MouseEvent) => void;
  onReload: () => void;
  isPicked: (id: string) => boolean;
  /** Two or more rows are picked: they are marked as such. */
  multiple: boolean;
}

interface ArchiveRowProps {
  item: ArticleSummary;
  opened: boolean;
  picked: boolean;
  onOpen: (id: string, event: MouseEvent) => void;
}

function ArchiveRow({ item, opened, picked, onOpen }: ArchiveRowProps) {
  const { t } = useI18n();
  const headline = item.headline.trim();
  return (
    <li className="archive-list__row" role="none">
      <button
        type="button"
        role="option"
        className="article-row"
        data-testid="article-item"
        data-article-id={item.id}
        aria-current={opened ? 'true' : undefined}
        aria-selected={picked}
        // Shift+click would otherwise select the text of every row in between.
        onMouseDown={(event) => event.shiftKey && event.preventDefault()}
        onClick={(event) => onOpen(item.id, event)}
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

export function ArchiveList({ items, total, loaded, selectedId, error, onOpen, onReload, isPicked, multiple }: ArchiveListProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <nav className="archive-list" aria-labelledby="archive-heading">
      <div className="archive-list__head">
        <h2 id="archive-heading" className="archive-list__title">
          {t('archive.heading')}
        </h2>
        <span className="archive-list__count muted">{counted(i18n, 'archive.count', 'archive.countOne', total)}</span>
      </div>
      {error && <ColumnAlert message={t('archive.loadFailed', { reason: error })} retryLabel={t('archive.reload')} onRetry={onReload} />}
      {loaded && !error && items.length === 0 && <p className="archive-list__empty muted">{t('archive.empty')}</p>}
      <ul
        className="archive-list__items"
        data-testid="article-list"
        role="listbox"
        aria-labelledby="archive-heading"
        aria-multiselectable="true"
        data-multiple={multiple ? 'true' : undefined}
      >
        {items.map((item) => (
          <ArchiveRow key={item.id} item={item} opened={item.id === selectedId} picked={isPicked(item.id)} onOpen={onOpen} />
        ))}
      </ul>
    </nav>
  );
}
