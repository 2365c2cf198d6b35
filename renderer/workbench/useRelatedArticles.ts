/**
 * Related coverage for the open article, asked when it opens and a quiet moment after saves.
 * What is shown stays while a new answer is on its way (`refreshing`), so the list does not
 * blink away under the writer's eyes.
 */
import { useCallback, useRef, useState } from 'react';
import type { RelatedArticle } from '../../common/contract';
import type { ApiError } from '../../common/result';
import { useApi } from '../api/ApiContext';
import { useAfterSaves } from './useAfterSaves';

const SHOWN = 8;

export interface RelatedState {
  items: RelatedArticle[] | null;
  refreshing: boolean;
  error: ApiError | null;
}

export function useRelatedArticles(articleId: string, savedAt: string): RelatedState {
  const api = useApi();
  const [items, setItems] = useState<RelatedArticle[] | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const ticket = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++ticket.current;
    setRefreshing(true);
    const result = await api.relatedArticles({ id: articleId, limit: SHOWN });
    if (mine !== ticket.current) return;
    setRefreshing(false);
    if (result.ok) {
      setItems(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, [api, articleId]);

  useAfterSaves(savedAt, () => void refresh());
  return { items, refreshing, error };
}
