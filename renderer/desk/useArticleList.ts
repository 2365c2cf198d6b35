/**
 * The archive's newest articles for the list column, and the count that says how many there
 * are in all. Read on start and again after every change the desk makes to the archive; a
 * failed read keeps the rows already shown and says why.
 */
import { useCallback, useEffect, useState } from 'react';
import { LIMITS } from '../../common/constants';
import type { ArticleSummary } from '../../common/contract';
import type { ApiError } from '../../common/result';
import { useApi } from '../api/ApiContext';

export interface ArticleList {
  items: ArticleSummary[];
  total: number;
  /** False until the first answer, so an empty archive is not announced before it is known. */
  loaded: boolean;
  error: ApiError | null;
  refresh: () => Promise<void>;
}

export function useArticleList(): ArticleList {
  const api = useApi();
  const [items, setItems] = useState<ArticleSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const refresh = useCallback(async () => {
    const result = await api.listArticles({ limit: LIMITS.listPage });
    if (result.ok) {
      setItems(result.value.items);
      setTotal(result.value.total);
      setError(null);
    } else {
      setError(result.error);
    }
    setLoaded(true);
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { items, total, loaded, error, refresh };
}
