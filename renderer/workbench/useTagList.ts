/** Every tag of the archive with its count, for the tag manager; asked again after each change. */
import { useCallback, useEffect, useState } from 'react';
import type { TagSummary } from '../../common/contract';
import type { ApiError } from '../../common/result';
import { useApi } from '../api/ApiContext';

/** The contract's ceiling for one listTags call. */
const ALL_TAGS = 1000;

export function useTagList() {
  const api = useApi();
  const [tags, setTags] = useState<TagSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    const result = await api.listTags({ limit: ALL_TAGS });
    if (result.ok) {
      setTags(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { tags, error, reload };
}
