/**
 * What the reader asked for: the words in the box, the filters beside it and the order. The
 * search is "active" (the list column shows results instead of the archive) as soon as there
 * is a word or a filter; a blank query with filters browses the filtered archive.
 */
import { LIMITS } from '../../common/constants';
import type { SearchFilters, SearchOrder } from '../../common/contract';

export interface SearchCriteria {
  query: string;
  filters: SearchFilters;
  order: SearchOrder;
}

export const EMPTY_CRITERIA: SearchCriteria = { query: '', filters: {}, order: 'relevance' };

/** Results are asked for 30 at a time; "more" asks for the next 30. */
export const SEARCH_PAGE_SIZE = 30;

export function hasQuery(criteria: SearchCriteria): boolean {
  return criteria.query.trim() !== '';
}

export function activeFilterCount(filters: SearchFilters): number {
  // Each tag is a filter of its own: all of them must be on an article.
  const tags = filters.tags?.length ?? 0;
  return [filters.status, filters.desk, filters.from, filters.to].filter((value) => value !== undefined && value !== '').length + tags;
}

export function isSearchActive(criteria: SearchCriteria): boolean {
  return hasQuery(criteria) || activeFilterCount(criteria.filters) > 0;
}

/** True when «از» is after «تا»: the archive would answer with nothing, so the form says why. */
export function isRangeReversed(filters: SearchFilters): boolean {
  return Boolean(filters.from && filters.to && filters.from > filters.to);
}

export interface SearchRequest {
  query: string;
  order: SearchOrder;
  filters: SearchFilters;
}

/**
 * The request for these criteria, in a canonical form so two criteria that mean the same
 * search (a trailing space, an unset filter) compare equal and are not asked twice. The query
 * is cut to what the contract accepts; the archive's parser cuts further and says so.
 */
export function requestFor(criteria: SearchCriteria): SearchRequest {
  const filters: SearchFilters = {};
  if (criteria.filters.status) filters.status = criteria.filters.status;
  if (criteria.filters.desk) filters.desk = criteria.filters.desk;
  if (criteria.filters.from) filters.from = criteria.filters.from;
  if (criteria.filters.to) filters.to = criteria.filters.to;
  if (criteria.filters.tags?.length) filters.tags = [...criteria.filters.tags];
  return { query: criteria.query.trim().slice(0, LIMITS.queryChars), order: criteria.order, filters };
}

export function requestKey(request: SearchRequest): string {
  return JSON.stringify([request.query, request.order, request.filters.status, request.filters.desk, request.filters.from, request.filters.to, request.filters.tags ?? []]);
}
