/**
 * How many pairs of names wait for the archivist's word on a merge, for the header's badge.
 * Asked on start and after an import (which may find new pairs); the review dialog reports
 * the count as it changes.
 */
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';

export function useMergeReviewCount(): { count: number; setCount: (count: number) => void; refresh: () => Promise<void> } {
  const api = useApi();
  const [count, setCount] = useState(0);

  const refresh = useCallback(async () => {
    const result = await api.listMergeReviews({ limit: 1 });
    if (result.ok) setCount(result.value.total);
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { count, setCount, refresh };
}
