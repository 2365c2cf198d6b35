/**
 * What the reader asked the list column for: the words in the box, the filters (and whether
 * their panel is open) and the order. `filterGeneration` changes when the filters are reset
 * from outside the form (cleared, or a tag clicked elsewhere), so the form drops what it holds.
 */
import { useCallback, useState } from 'react';
import type { SearchFilters, SearchOrder } from '../../common/contract';
import type { TagChange } from '../workbench/workbenchEvents';
import { activeFilterCount, EMPTY_CRITERIA, type SearchCriteria } from './criteria';

export interface SearchCriteriaState {
  criteria: SearchCriteria;
  filterCount: number;
  filtersOpen: boolean;
  filterGeneration: number;
  setQuery: (query: string) => void;
  changeFilters: (changes: Partial<SearchFilters>) => void;
  clearFilters: () => void;
  setOrder: (order: SearchOrder) => void;
  toggleFilters: () => void;
  closeFilters: () => void;
  /** «Show me everything with this tag»: the tag alone, not narrowed by what was asked before. */
  showTag: (name: string) => void;
  /** A tag filter follows a rename or merge: the same tags under their names now. */
  followTagChange: (change: TagChange) => void;
}

/** A tag filter after a rename or merge: the same tags under their names now. */
export function retagFilter(tags: string[] | undefined, change: TagChange): string[] | undefined {
  if (!tags || change.kind === 'retagged') return tags;
  const renamed = change.kind === 'renamed' ? tags.map((tag) => (tag === change.from ? change.to : tag)) : tags.map((tag) => (change.sources.includes(tag) ? change.target : tag));
  return [...new Set(renamed)];
}

export function useSearchCriteria(): SearchCriteriaState {
  const [criteria, setCriteria] = useState<SearchCriteria>(EMPTY_CRITERIA);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [filterGeneration, setFilterGeneration] = useState(0);

  const setQuery = useCallback((query: string) => setCriteria((current) => ({ ...current, query })), []);
  const changeFilters = useCallback(
    (changes: Partial<SearchFilters>) => setCriteria((current) => ({ ...current, filters: { ...current.filters, ...changes } })),
    [],
  );
  const clearFilters = useCallback(() => {
    setCriteria((current) => ({ ...current, filters: {} }));
    setFilterGeneration((generation) => generation + 1);
  }, []);
  const setOrder = useCallback((order: SearchOrder) => setCriteria((current) => ({ ...current, order })), []);
  const toggleFilters = useCallback(() => setFiltersOpen((open) => !open), []);
  const closeFilters = useCallback(() => setFiltersOpen(false), []);

  const showTag = useCallback((name: string) => {
    setCriteria((current) => ({ ...EMPTY_CRITERIA, order: current.order, filters: { tags: [name] } }));
    setFilterGeneration((generation) => generation + 1);
    setFiltersOpen(true);
  }, []);

  const followTagChange = useCallback((change: TagChange) => {
    setCriteria((current) => ({ ...current, filters: { ...current.filters, tags: retagFilter(current.filters.tags, change) } }));
  }, []);

  return {
    criteria,
    filterCount: activeFilterCount(criteria.filters),
    filtersOpen,
    filterGeneration,
    setQuery,
    changeFilters,
    clearFilters,
    setOrder,
    toggleFilters,
    closeFilters,
    showTag,
    followTagChange,
  };
}
