/**
 * The list column while a search is on: how many were found and in what order, any notice
 * about the query, the hits as a listbox driven from the search box, and "more" when the
 * archive holds more than one page. Replaces the archive list until the search is cleared.
 */
import { useEffect, type MouseEvent } from 'react';
import type { SearchOrder, SearchTotalKind } from '../../../common/contract';
import type { IndexRebuild } from '../../search/useIndexProgress';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/I18nProvider';
import type { SearchState } from '../../search/useSearch';
import { ColumnAlert } from '../ColumnAlert/ColumnAlert';
import { OrderToggle } from './OrderToggle';
import { SearchNotices } from './SearchNotices';
import { SearchResultItem } from './SearchResultItem';
import './SearchResults.css';
import { pluralKey } from '../../i18n/plural';

interface SearchResultsProps {
  search: SearchState;
  listboxId: string;
  optionId: (articleId: string) => string;
  activeId: string | null;
  openedId: string | null;
  /** Words were typed (not only filters), so relevance order means something. */
  hasQuery: boolean;
  hasFilters: boolean;
  order: SearchOrder;
  onOrder: (order: SearchOrder) => void;
  onOpen: (id: string, event?: MouseEvent) => void;
  indexRebuild: IndexRebuild;
  /** Hits picked for the bulk bar (two or more); they show as selected instead of the active one. */
  picked?: ReadonlySet<string> | null;
}

/** «۱ نتیجه», «۲۳ نتیجه», «بیش از ۱۰٬۰۰۰ نتیجه» or «حدود ۱۴٬۰۰۰ نتیجه». */
function countMessage(locale: string, total: number, kind: SearchTotalKind): MessageKey {
  if (kind === 'more_than') return 'search.countMore';
  if (kind === 'about') return 'search.countAbout';
  return pluralKey(locale, total, 'search.count', 'search.countOne');
}

/** Notices that already say why nothing was found; "nothing found" would only repeat them. */
const EXPLAINS_EMPTY = ['nothing_searchable', 'only_exclusions'] as const;

function Summary({ search, hasQuery, order, onOrder }: Pick<SearchResultsProps, 'search' | 'hasQuery' | 'order' | 'onOrder'>) {
  const { t, formatNumber, locale } = useI18n();
  const waiting = search.key === null;
  return (
    <div className="search-summary">
      <span className="search-summary__count" data-testid="search-total" aria-live="polite">
        {waiting
          ? t('search.searching')
          : t(countMessage(locale, search.total, search.totalKind), { count: formatNumber(search.total) })}
      </span>
      {/* A filter-only browse is always newest first, so the order choice is offered with words only. */}
      {hasQuery ? <OrderToggle order={order} onChange={onOrder} /> : <span className="search-summary__note muted">{t('search.browsing')}</span>}
    </div>
  );
}

export function SearchResults(props: SearchResultsProps) {
  const { search, listboxId, optionId, activeId, openedId, hasFilters, onOpen } = props;
  const { t, formatNumber } = useI18n();

  useEffect(() => {
    if (activeId) document.getElementById(optionId(activeId))?.scrollIntoView({ block: 'nearest' });
  }, [activeId, optionId]);

  const showEmpty =
    search.settled && !search.error && search.total === 0 && !EXPLAINS_EMPTY.some((notice) => search.notices.includes(notice));
  const remaining = search.total - search.hits.length;

  return (
    <section className="search-results" data-testid="search-results" aria-label={t('search.heading')}>
      <Summary search={search} hasQuery={props.hasQuery} order={props.order} onOrder={props.onOrder} />
      <SearchNotices notices={search.notices} rebuild={props.indexRebuild} />
      {search.error && <ColumnAlert message={t('search.failed')} retryLabel={t('search.retry')} onRetry={search.refresh} />}
      {showEmpty && (
        <div className="search-empty" data-testid="search-empty" role="status">
          <p className="search-empty__title">{t('search.empty')}</p>
          <p className="search-empty__hint muted">{t(hasFilters ? 'search.emptyHintFilters' : 'search.emptyHint')}</p>
        </div>
      )}
      <div className="search-results__scroll">
        <ul
          id={listboxId}
          role="listbox"
          aria-label={t('search.heading')}
          aria-busy={!search.settled}
          aria-multiselectable={props.picked ? true : undefined}
          className="search-results__list"
          data-stale={search.settled ? undefined : 'true'}
        >
          {search.hits.map((hit) => (
            <SearchResultItem
              key={hit.id}
              hit={hit}
              optionId={optionId(hit.id)}
              active={props.picked ? props.picked.has(hit.id) : hit.id === activeId}
              opened={hit.id === openedId}
              onOpen={onOpen}
            />
          ))}
        </ul>
        {search.settled && !search.complete && (
          <button
            type="button"
            className="button search-results__more"
            data-testid="search-load-more"
            disabled={search.loadingMore}
            onMouseDown={(event) => event.preventDefault()}
            onClick={search.loadMore}
          >
            {search.loadingMore
              ? t('search.loadingMore')
              : search.totalKind === 'exact'
                ? t('search.loadMore', { count: formatNumber(remaining) })
                : t('search.loadMoreUncounted')}
          </button>
        )}
      </div>
    </section>
  );
}
