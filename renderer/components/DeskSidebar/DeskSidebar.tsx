/**
 * The list column: the search box and its filters on top, and below them either the archive
 * (nothing asked) or the search results (a word or a filter). Owns what the reader asked for
 * and the keyboard walk through the results; opening a result goes through the same
 * `onOpen` as an archive row, so the open article's pending save is flushed first.
 */
import { useCallback, useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import type { ArticleSummary, SearchFilters as Filters, SearchOrder } from '../../../common/contract';
import { activeFilterCount, EMPTY_CRITERIA, hasQuery, type SearchCriteria } from '../../search/criteria';
import { useDesks } from '../../search/useDesks';
import { useIndexProgress } from '../../search/useIndexProgress';
import { useSearch } from '../../search/useSearch';
import { useSearchShortcut } from '../../search/useSearchShortcut';
import { useI18n } from '../../i18n/I18nProvider';
import { ArchiveList } from '../ArchiveList/ArchiveList';
import { SearchBox } from '../SearchBox/SearchBox';
import { SearchFilters } from '../SearchFilters/SearchFilters';
import { SearchResults } from '../SearchResults/SearchResults';
import './DeskSidebar.css';

interface DeskSidebarProps {
  items: ArticleSummary[];
  total: number;
  loaded: boolean;
  listError: string | null;
  onReload: () => void;
  openedId: string | null;
  onOpen: (id: string) => void;
  /** Changes whenever an article is saved or created, so shown results can be asked again. */
  archiveVersion: number;
}

/** The open article's first field: where Escape sends the writer after opening a result. */
function openArticleField(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-testid="headline"]');
}

export function DeskSidebar(props: DeskSidebarProps) {
  const { openedId, onOpen, archiveVersion } = props;
  const { t } = useI18n();
  const [criteria, setCriteria] = useState<SearchCriteria>(EMPTY_CRITERIA);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [filterGeneration, setFilterGeneration] = useState(0);
  const [activeId, setActiveId] = useState<string | null>(null);
  const search = useSearch(criteria);
  const desks = useDesks(filtersOpen, archiveVersion);
  const indexStatus = useIndexProgress(search.notices.includes('index_rebuilding'), search.refresh);

  const sidebarRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Where focus was before the box took it, to hand it back on Escape.
  const returnTo = useRef<HTMLElement | null>(null);
  const openedFromSearch = useRef(false);
  // Enter pressed before the answer to the latest keystrokes came: open its first hit on arrival.
  const openWhenSettled = useRef(false);
  const listboxId = useId();
  const filtersId = useId();
  const optionPrefix = useId();
  const optionId = useCallback((articleId: string) => `${optionPrefix}-${articleId}`, [optionPrefix]);

  const filterCount = activeFilterCount(criteria.filters);
  const activeHit = activeId !== null && search.hits.some((hit) => hit.id === activeId) ? activeId : null;

  useSearchShortcut(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  });

  // A save can change what matches and how a hit reads; ask again, keeping what is loaded.
  useEffect(() => {
    if (archiveVersion > 0) search.refresh();
  }, [archiveVersion, search.refresh]);

  // A new question starts the walk through its answers from the box.
  useEffect(() => setActiveId(null), [search.key]);

  const openHit = useCallback(
    (id: string) => {
      openedFromSearch.current = true;
      setActiveId(id);
      onOpen(id);
    },
    [onOpen],
  );

  useEffect(() => {
    if (!openWhenSettled.current || !search.settled) return;
    openWhenSettled.current = false;
    if (search.hits[0]) openHit(search.hits[0].id);
  }, [search.settled, search.hits, openHit]);

  const setQuery = (query: string) => {
    openWhenSettled.current = false;
    setCriteria((current) => ({ ...current, query }));
  };

  const changeFilters = (changes: Partial<Filters>) =>
    setCriteria((current) => ({ ...current, filters: { ...current.filters, ...changes } }));

  const clearFilters = () => {
    setCriteria((current) => ({ ...current, filters: {} }));
    setFilterGeneration((generation) => generation + 1);
  };

  const setOrder = (order: SearchOrder) => setCriteria((current) => ({ ...current, order }));

  const move = (delta: 1 | -1) => {
    const hits = search.hits;
    if (hits.length === 0) return;
    const next = hits.findIndex((hit) => hit.id === activeHit) + delta;
    if (next < 0) return setActiveId(null);
    if (next >= hits.length) {
      // Walking past the last loaded hit fetches the next page rather than stopping short.
      search.loadMore();
      return;
    }
    setActiveId(hits[next].id);
  };

  const enter = () => {
    if (!search.active) return;
    if (!search.settled) {
      openWhenSettled.current = true;
      return;
    }
    const id = activeHit ?? search.hits[0]?.id;
    if (id) openHit(id);
  };

  const giveFocusBack = () => {
    const previous = returnTo.current;
    const field = openArticleField();
    returnTo.current = null;
    if (openedFromSearch.current && field) field.focus();
    else if (previous?.isConnected) previous.focus();
    else if (field) field.focus();
    else inputRef.current?.blur();
    openedFromSearch.current = false;
  };

  // Escape empties the box first; with filters still set the results stay and so does focus,
  // and a second Escape clears the filters too. Once nothing is asked, focus goes back.
  const escape = () => {
    openWhenSettled.current = false;
    setActiveId(null);
    if (criteria.query !== '') {
      setQuery('');
      if (filterCount > 0) return;
    } else if (filterCount > 0) {
      clearFilters();
    }
    setFiltersOpen(false);
    giveFocusBack();
  };

  const onSearchFocus = (event: FocusEvent<HTMLInputElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !sidebarRef.current?.contains(from)) {
      returnTo.current = from;
      openedFromSearch.current = false;
    }
  };

  return (
    <div className="desk-sidebar" ref={sidebarRef}>
      <div className="desk-sidebar__search" role="search" aria-label={t('search.label')}>
        <SearchBox
          value={criteria.query}
          onChange={setQuery}
          inputRef={inputRef}
          listboxId={listboxId}
          expanded={search.active && search.hits.length > 0}
          activeDescendant={activeHit ? optionId(activeHit) : undefined}
          busy={search.active && !search.settled}
          onMove={move}
          onEnter={enter}
          onEscape={escape}
          onFocus={onSearchFocus}
          filterCount={filterCount}
          filtersOpen={filtersOpen}
          filtersId={filtersId}
          onToggleFilters={() => setFiltersOpen((open) => !open)}
        />
        {filtersOpen && (
          <SearchFilters
            id={filtersId}
            filters={criteria.filters}
            desks={desks}
            onChange={changeFilters}
            onClear={clearFilters}
            generation={filterGeneration}
          />
        )}
      </div>
      {search.active ? (
        <SearchResults
          search={search}
          listboxId={listboxId}
          optionId={optionId}
          activeId={activeHit}
          openedId={openedId}
          hasQuery={hasQuery(criteria)}
          hasFilters={filterCount > 0}
          order={criteria.order}
          onOrder={setOrder}
          onOpen={openHit}
          indexStatus={indexStatus}
        />
      ) : (
        <ArchiveList
          items={props.items}
          total={props.total}
          loaded={props.loaded}
          selectedId={openedId}
          error={props.listError}
          onOpen={onOpen}
          onReload={props.onReload}
        />
      )}
    </div>
  );
}
