/**
 * The list column: the search box and its filters on top, and below them either the archive
 * (nothing asked) or the search results (a word or a filter). Owns what the reader asked for
 * and the keyboard walk through the results; opening a result goes through the same
 * `onOpen` as an archive row, so the open article's pending save is flushed first. Rows of
 * either list can be picked with Ctrl/Shift+click for the bulk bar; a tag clicked in the
 * open article's panel arrives here as a tag filter.
 */
import { useCallback, useEffect, useId, useMemo, useRef, type MouseEvent } from 'react';
import type { ArticleSummary } from '../../../common/contract';
import { hasQuery } from '../../search/criteria';
import { useDesks } from '../../search/useDesks';
import { useFocusReturn } from '../../search/useFocusReturn';
import { useIndexProgress } from '../../search/useIndexProgress';
import { useResultWalk } from '../../search/useResultWalk';
import { useSearch } from '../../search/useSearch';
import { useSearchCriteria } from '../../search/useSearchCriteria';
import { useSearchShortcut } from '../../search/useSearchShortcut';
import { useI18n } from '../../i18n/I18nProvider';
import { useMultiSelect } from '../../workbench/useMultiSelect';
import { useWorkbenchEvents } from '../../workbench/workbenchEvents';
import { ArchiveList } from '../ArchiveList/ArchiveList';
import { SearchBox } from '../SearchBox/SearchBox';
import { SearchFilters } from '../SearchFilters/SearchFilters';
import { SearchResults } from '../SearchResults/SearchResults';
import { BulkBar } from '../workbench/BulkBar';
import { ExportControl } from '../ExportControl/ExportControl';
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
  /** Focuses the open article's first field, where Escape sends the writer after opening a result; false when none is open. */
  focusOpenArticle: () => boolean;
}

export function DeskSidebar(props: DeskSidebarProps) {
  const { openedId, onOpen, archiveVersion, focusOpenArticle } = props;
  const { t } = useI18n();
  const asked = useSearchCriteria();
  const { criteria, filterCount } = asked;
  const search = useSearch(criteria);
  const { refresh: refreshSearch } = search;
  const desks = useDesks(asked.filtersOpen, archiveVersion);
  const indexRebuild = useIndexProgress(search.notices.includes('index_rebuilding'), refreshSearch);

  const sidebarRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focus = useFocusReturn(sidebarRef, inputRef, focusOpenArticle);
  const { noteOpenedFromSearch } = focus;
  const openFromResults = useCallback(
    (id: string) => {
      noteOpenedFromSearch();
      onOpen(id);
    },
    [noteOpenedFromSearch, onOpen],
  );
  const walk = useResultWalk(search, openFromResults);
  const listboxId = useId();
  const filtersId = useId();
  const optionPrefix = useId();
  const optionId = useCallback((articleId: string) => `${optionPrefix}-${articleId}`, [optionPrefix]);

  const rowOrder = useMemo(() => (search.active ? search.hits.map((hit) => hit.id) : props.items.map((item) => item.id)), [search.active, search.hits, props.items]);
  const selection = useMultiSelect(rowOrder, openedId, sidebarRef);
  const picked = useMemo(() => (selection.multiple ? new Set(selection.ids) : null), [selection.multiple, selection.ids]);
  const clearSelection = selection.clear;

  // A different list (the archive, or the answer to another question) starts a new selection.
  useEffect(() => clearSelection(), [search.active, search.key, clearSelection]);

  useWorkbenchEvents((event) => {
    if (event.kind === 'filter-by-tag') {
      walk.cancelPendingOpen();
      asked.showTag(event.name);
    } else if (event.kind === 'tags-changed' && event.change.kind !== 'retagged') {
      asked.followTagChange(event.change);
      refreshSearch();
    }
  });

  const bulkChanged = () => {
    props.onReload();
    refreshSearch();
  };

  useSearchShortcut(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  });

  // A save can change what matches and how a hit reads; ask again, keeping what is loaded.
  useEffect(() => {
    if (archiveVersion > 0) refreshSearch();
  }, [archiveVersion, refreshSearch]);

  // A click with Ctrl/Cmd or Shift picks rows; a plain one opens, as it always did.
  const clickHit = (id: string, event?: MouseEvent) => {
    if (event && selection.click(id, event)) return;
    walk.openHit(id);
  };
  const clickRow = (id: string, event: MouseEvent) => {
    if (!selection.click(id, event)) onOpen(id);
  };

  const setQuery = (query: string) => {
    walk.cancelPendingOpen();
    asked.setQuery(query);
  };

  // Escape empties the box first; with filters still set the results stay and so does focus,
  // and a second Escape clears the filters too. Once nothing is asked, focus goes back.
  const escape = () => {
    walk.reset();
    if (criteria.query !== '') {
      asked.setQuery('');
      if (filterCount > 0) return;
    } else if (filterCount > 0) {
      asked.clearFilters();
    }
    asked.closeFilters();
    focus.giveFocusBack();
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
          activeDescendant={walk.activeHit ? optionId(walk.activeHit) : undefined}
          busy={search.active && !search.settled}
          onMove={walk.move}
          onEnter={walk.enter}
          onEscape={escape}
          onFocus={focus.noteFocus}
          filterCount={filterCount}
          filtersOpen={asked.filtersOpen}
          filtersId={filtersId}
          onToggleFilters={asked.toggleFilters}
        />
        {asked.filtersOpen && (
          <SearchFilters
            id={filtersId}
            filters={criteria.filters}
            desks={desks}
            onChange={asked.changeFilters}
            onClear={asked.clearFilters}
            generation={asked.filterGeneration}
          />
        )}
      </div>
      {selection.multiple && <BulkBar ids={selection.ids} onCancel={clearSelection} onChanged={bulkChanged} />}
      {search.active && !selection.multiple && (
        <ExportControl
          selection={{ query: criteria.query.trim() || undefined, ...criteria.filters }}
          label="export.results"
          testId="search-export"
        />
      )}
      {search.active ? (
        <SearchResults
          search={search}
          listboxId={listboxId}
          optionId={optionId}
          activeId={walk.activeHit}
          openedId={openedId}
          hasQuery={hasQuery(criteria)}
          hasFilters={filterCount > 0}
          order={criteria.order}
          onOrder={asked.setOrder}
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
