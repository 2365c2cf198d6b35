/**
 * The suggestions left by the detection pass, a page at a time, and the archivist's call on
 * one of them. The page is read again when the pass ends or stops (not on every batch: it
 * would jump about) and after each decision; a page emptied by decisions steps back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../common/result';
import { useApi } from '../../api/ApiContext';
import type { DetectionPhase } from './archiveDetection';
import { suggestionKey, type Suggestion } from './suggestions';

export const SUGGESTION_PAGE = 25;

export interface SuggestionPages {
  offset: number;
  page: { items: Suggestion[]; hasMore: boolean } | null;
  /** The last call that failed: reading the page, or a decision on one suggestion. */
  error: { during: 'list' | 'decide'; error: ApiError } | null;
  /** Whether a call on this suggestion is on its way. */
  isDeciding: (suggestion: Suggestion) => boolean;
  decide: (suggestion: Suggestion, state: 'confirmed' | 'dismissed') => Promise<void>;
  reload: () => void;
  previous: () => void;
  next: () => void;
}

export function useSuggestionPages(phase: DetectionPhase): SuggestionPages {
  const api = useApi();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<SuggestionPages['page']>(null);
  const [error, setError] = useState<SuggestionPages['error']>(null);
  const [deciding, setDeciding] = useState<ReadonlySet<string>>(new Set());
  const request = useRef(0);

  const load = useCallback(
    async (from: number) => {
      const mine = ++request.current;
      const result = await api.listSuggestedMentions({ limit: SUGGESTION_PAGE + 1, offset: from });
      if (mine !== request.current) return;
      if (!result.ok) return setError({ during: 'list', error: result.error });
      setError(null);
      if (result.value.length === 0 && from > 0) return setOffset(Math.max(0, from - SUGGESTION_PAGE));
      setPage({ items: result.value.slice(0, SUGGESTION_PAGE), hasMore: result.value.length > SUGGESTION_PAGE });
    },
    [api],
  );

  useEffect(() => {
    if (phase !== 'running') void load(offset);
  }, [load, offset, phase]);

  const decide = async (suggestion: Suggestion, state: 'confirmed' | 'dismissed') => {
    const key = suggestionKey(suggestion);
    setDeciding((current) => new Set(current).add(key));
    const result = await api.setMentionState({ articleId: suggestion.articleId, entityId: suggestion.mention.entity.id, state });
    setDeciding((current) => {
      const next = new Set(current);
      next.delete(key);
      return next;
    });
    if (!result.ok) return setError({ during: 'decide', error: result.error });
    setPage((current) => current && { ...current, items: current.items.filter((item) => suggestionKey(item) !== key) });
    void load(offset);
  };

  const reload = useCallback(() => void load(offset), [load, offset]);

  return {
    offset,
    page,
    error,
    isDeciding: (suggestion) => deciding.has(suggestionKey(suggestion)),
    decide,
    reload,
    previous: () => setOffset(Math.max(0, offset - SUGGESTION_PAGE)),
    next: () => setOffset(offset + SUGGESTION_PAGE),
  };
}
