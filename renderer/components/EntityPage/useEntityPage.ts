/**
 * One entity's page as the archive has it, asked again whenever the archive changes (an article
 * saved with a new @mention belongs on the timeline) and after every edit. An older answer
 * never overwrites a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entity, EntityPage } from '../../../common/contract';
import type { ApiError } from '../../../common/result';
import { useApi } from '../../api/ApiContext';

export type EntityPageState =
  | { kind: 'loading' }
  | { kind: 'ready'; page: EntityPage }
  | { kind: 'failed'; error: ApiError };

export function useEntityPage(id: string, archiveVersion: number) {
  const api = useApi();
  const [state, setState] = useState<EntityPageState>({ kind: 'loading' });
  const request = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++request.current;
    const result = await api.getEntity({ id });
    if (mine !== request.current) return;
    setState((current) =>
      result.ok
        ? { kind: 'ready', page: result.value }
        : // A failed refresh keeps the page on screen; only a first load shows the failure.
          current.kind === 'ready' && result.error.code !== 'not_found'
          ? current
          : { kind: 'failed', error: result.error },
    );
  }, [api, id]);

  useEffect(() => {
    void reload();
  }, [reload, archiveVersion]);

  /** Shows an edit's answer at once (the timeline and co-mentions do not change with it). */
  const showEntity = useCallback((entity: Entity) => {
    request.current += 1;
    setState((current) => (current.kind === 'ready' ? { kind: 'ready', page: { ...current.page, entity } } : current));
  }, []);

  return { state, reload, showEntity };
}
