/**
 * The list column: the search box and its filters on top, and below them either the archive
 * (nothing asked) or the search results (a word or a filter). Owns what the reader asked for
 * and the keyboard walk through the results; opening a result goes through the same
 * `onOpen` as an archive row, so the open article's pending save is flushed first. Rows of
 * either list can be picked with Ctrl/Shift+click for the bulk bar; a tag clicked in the
 * open article's panel arrives here as a tag filter.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FocusEvent, type MouseEvent } from 'react';
import type { ArticleSummary, SearchFilters as Filters, SearchOrder } from '../../../common/contract';
import { activeFilterCount, EMPTY_CRITERIA, hasQuery, type SearchCriteria } from '../../search/criteria';
import { useDesks } from '../../search/useDesks';
import { useIndexProgress } from '../../search/useIndexProgress';
import { useSearch } from '../../search/useSearch';
import { useSearchShortcut } from '../../search/useSearchShortcut';
import { useI18n } from '../../i18n/I18nProvider';
import { useMultiSelect } from '../../workbench/useMultiSelect';
import { useWorkbenchEvents, type TagChange } from '../../workbench/workbenchEvents';
import { ArchiveList } from '../ArchiveList/ArchiveList';
import { SearchBox } from '../SearchBox/SearchBox';
import { SearchFilters } from '../SearchFilters/SearchFilters';
import { SearchResults } from '../SearchResults/SearchResults';
import { BulkBar } from '../workbench/BulkBar';
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

/** A tag filter after a rename or merge: the same tags under their names now. */
function retagFilter(tags: string[] | undefined, change: TagChange): string[] | undefined {
  if (!tags || change.kind === 'retagged') return tags;
  const renamed = change.kind === 'renamed' ? tags.map((tag) => (tag === change.from ? change.to : tag)) : tags.map((tag) => (change.sources.includes(tag) ? change.target : tag));
  return [...new Set(renamed)];
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
  const indexRebuild = useIndexProgress(search.notices.includes('index_rebuilding'), search.refresh);

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

  const rowOrder = useMemo(() => (search.active ? search.hits.map((hit) => hit.id) : props.items.map((item) => item.id)), [search.active, search.hits, props.items]);
  const selection = useMultiSelect(rowOrder, openedId, sidebarRef);
  const picked = useMemo(() => (selection.multiple ? new Set(selection.ids) : null), [selection.multiple, selection.ids]);
  const clearSelection = selection.clear;

  // A different list (the archive, or the answer to another question) starts a new selection.
  useEffect(() => clearSelection(), [search.active, search.key, clearSelection]);

  useWorkbenchEvents((event) => {
    if (event.kind === 'filter-by-tag') {
      // «Show me everything with this tag»: the tag alone, not narrowed by what was asked before.
      openWhenSettled.current = false;
      setCriteria((current) => ({ ...EMPTY_CRITERIA, order: current.order, filters: { tags: [event.name] } }));
      setFilterGeneration((generation) => generation + 1);
      setFiltersOpen(true);
    } else if (event.kind === 'tags-changed' && event.change.kind !== 'retagged') {
      const change = event.change;
      setCriteria((current) => ({ ...current, filters: { ...current.filters, tags: retagFilter(current.filters.tags, change) } }));
      search.refresh();
    }
  });

  const bulkChanged = () => {
    props.onReload();
    search.refresh();
  };

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

  // A click with Ctrl/Cmd or Shift picks rows; a plain one opens, as it always did.
  const clickHit = (id: string, event?: MouseEvent) => {
    if (event && selection.click(id, event)) return;
    openHit(id);
  };
  const clickRow = (id: string, event: MouseEvent) => {
    if (!selection.click(id, event)) onOpen(id);
  };

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
      {selection.multiple && <BulkBar ids={selection.ids} onCancel={clearSelection} onChanged={bulkChanged} />}
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
          onOpen={clickHit}
          indexRebuild={indexRebuild}
          picked={picked}
        />
      ) : (
        <ArchiveList
          items={props.items}
          total={props.total}
          loaded={props.loaded}
          selectedId={openedId}
          error={props.listError}
          onOpen={clickRow}
          onReload={props.onReload}
          isPicked={selection.isSelected}
          multiple={selection.multiple}
        />
      )}
    </div>
  );
}
