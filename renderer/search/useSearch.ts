/**
 * Runs the search for the current criteria: typing waits for a ~200 ms pause, a filter or
 * order change goes at once, and only the latest request's answer is ever shown. The shown
 * results stay on screen until the next answer replaces them, so the list does not flicker
 * empty between keystrokes; `settled` says whether they answer what is in the box now.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../common/constants';
import type { SearchHit, SearchNotice, SearchTotalKind } from '../../common/contract';
import type { ApiError } from '../../common/result';
import { useApi } from '../api/ApiContext';
import { isSearchActive, requestFor, requestKey, SEARCH_PAGE_SIZE, type SearchCriteria, type SearchRequest } from './criteria';

const TYPING_DELAY_MS = 200;

export interface SearchAnswer {
  /** The request these results answer (see `requestKey`); null before the first answer. */
  key: string | null;
  hits: SearchHit[];
  total: number;
  totalKind: SearchTotalKind;
  /**
   * A page came back short: nothing more can be shown in this order, even where `total` is
   * larger (it may be an estimate, or count matches beyond the ranking window).
   */
  complete: boolean;
  notices: SearchNotice[];
  error: ApiError | null;
}

export interface SearchState extends SearchAnswer {
  /** There is a word or a filter: the list column shows results, not the archive. */
  active: boolean;
  /** The results shown answer the criteria as they are now, not an earlier query. */
  settled: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  /** Asks again for what is shown: after a save, when the index is rebuilt, or to retry. */
  refresh: () => void;
}

const NO_ANSWER: SearchAnswer = { key: null, hits: [], total: 0, totalKind: 'exact', complete: true, notices: [], error: null };

/** Nothing more to fetch: the last page came back short, or everything counted is shown. */
function isComplete(page: SearchHit[], asked: number, shown: number, total: number): boolean {
  return page.length < asked || shown >= total;
}

function appendNew(shown: SearchHit[], more: SearchHit[]): SearchHit[] {
  // A save between two pages can move a hit from page two into page one; list it once.
  const seen = new Set(shown.map((hit) => hit.id));
  return [...shown, ...more.filter((hit) => !seen.has(hit.id))];
}

export function useSearch(criteria: SearchCriteria): SearchState {
  const api = useApi();
  const active = isSearchActive(criteria);
  const request = requestFor(criteria);
  const key = active ? requestKey(request) : null;
  const [answer, setAnswer] = useState<SearchAnswer>(NO_ANSWER);
  const [loadingMore, setLoadingMore] = useState(false);

  // Every first-page request takes a ticket; an answer holding an older ticket is dropped, so
  // a slow answer to "ظر" can never replace the answer to "ظریف" that overtook it.
  const ticket = useRef(0);
  const moreInFlight = useRef(false);
  // The query text last sent: a change to it is typing (debounced), anything else is a click.
  const sentQuery = useRef('');
  const latest = useRef({ key, request, answer });
  latest.current = { key, request, answer };

  const fetchFirstPage = useCallback(async (forKey: string, sent: SearchRequest, limit: number) => {
    const mine = ++ticket.current;
    moreInFlight.current = false;
    setLoadingMore(false);
    const result = await api.searchArticles({ ...sent, limit, offset: 0 });
    if (mine !== ticket.current) return;
    setAnswer(
      result.ok
        ? {
            key: forKey,
            hits: result.value.results,
            total: result.value.total,
            totalKind: result.value.totalKind,
            complete: isComplete(result.value.results, limit, result.value.results.length, result.value.total),
            notices: result.value.notices,
            error: null,
          }
        : { ...NO_ANSWER, key: forKey, error: result.error },
    );
  }, [api]);

  useEffect(() => {
    if (key === null) {
      ticket.current += 1;
      sentQuery.current = '';
      moreInFlight.current = false;
      setLoadingMore(false);
      setAnswer(NO_ANSWER);
      return;
    }
    const sent = latest.current.request;
    const typing = sent.query !== sentQuery.current;
    const timer = setTimeout(() => {
      sentQuery.current = sent.query;
      void fetchFirstPage(key, sent, SEARCH_PAGE_SIZE);
    }, typing ? TYPING_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [key, fetchFirstPage]);

  const loadMore = useCallback(async () => {
    const { key: currentKey, request: current, answer: shown } = latest.current;
    if (currentKey === null || shown.key !== currentKey || shown.complete || moreInFlight.current) return;
    // No new ticket: a new search or a refresh takes one and so voids this page.
    const mine = ticket.current;
    moreInFlight.current = true;
    setLoadingMore(true);
    const result = await api.searchArticles({ ...current, limit: SEARCH_PAGE_SIZE, offset: shown.hits.length });
    if (mine !== ticket.current) return;
    moreInFlight.current = false;
    setLoadingMore(false);
    setAnswer((before) => {
      if (before.key !== currentKey) return before;
      if (!result.ok) return { ...before, error: result.error };
      const hits = appendNew(before.hits, result.value.results);
      const complete = isComplete(result.value.results, SEARCH_PAGE_SIZE, hits.length, result.value.total);
      return { ...before, hits, total: result.value.total, totalKind: result.value.totalKind, complete, notices: result.value.notices, error: null };
    });
  }, [api]);

  const refresh = useCallback(() => {
    const { key: currentKey, request: current, answer: shown } = latest.current;
    if (currentKey === null) return;
    // Ask for as many as are on screen, so a refresh does not take away pages already read.
    const shownCount = shown.key === currentKey ? shown.hits.length : 0;
    const limit = Math.min(LIMITS.searchPage, Math.max(SEARCH_PAGE_SIZE, shownCount));
    sentQuery.current = current.query;
    void fetchFirstPage(currentKey, current, limit);
  }, [fetchFirstPage]);

  return {
    ...answer,
    active,
    settled: key !== null && answer.key === key,
    loadingMore,
    loadMore: () => void loadMore(),
    refresh,
  };
}
