/**
 * Opening, creating and closing the desk's article. Every switch first flushes the open
 * article's unsaved changes; if that fails the switch waits for the writer's word (stay, or
 * leave without saving), so text that is not in the archive never leaves the screen unasked.
 */
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import type { ApiError } from '../../common/result';
import { useApi } from '../api/ApiContext';
import { flushPendingSave } from '../autosave/activeSaver';
import { clearArticleIdFromHash, readArticleIdFromHash, writeArticleIdToHash } from '../navigation';
import { NOTHING_OPEN, openArticleReducer, shownArticleId, type LeaveTarget, type ShownArticle } from './openArticleState';

export interface OpenArticle {
  shown: ShownArticle;
  openedId: string | null;
  blockedLeave: LeaveTarget | null;
  /** Opens an article (or shows it again when it is already open under a page). */
  openArticle: (id: string) => Promise<void>;
  createArticle: () => Promise<void>;
  creating: boolean;
  createError: ApiError | null;
  dismissCreateError: () => void;
  /** «Stay»: the blocked leave is dropped and the article stays as it is. */
  stay: () => void;
  /** «Leave without saving»: the blocked leave goes ahead. */
  leaveAnyway: () => void;
  /** The open article was deleted from the archive. */
  closeDeleted: () => void;
  /** Shows the open article as the archive now has it, after a write to it from elsewhere. */
  reloadOpen: () => Promise<void>;
}

interface OpenArticleOptions {
  /** The article column is about to show an article: any page over it closes. */
  showArticle: () => void;
  /** An article was created or removed: the list and shown results are asked again. */
  onArchiveChanged: () => void;
}

export function useOpenArticle({ showArticle, onArchiveChanged }: OpenArticleOptions): OpenArticle {
  const api = useApi();
  const [state, dispatch] = useReducer(openArticleReducer, NOTHING_OPEN);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<ApiError | null>(null);
  // Answers to an older open request are dropped when the writer has already moved on.
  const openRequest = useRef(0);
  // A second Ctrl+N while the first is on its way creates nothing more.
  const creatingNow = useRef(false);
  const openedId = shownArticleId(state.shown);
  // Read by the open path, which stays one stable function: the hash listener and the
  // start-up open subscribe to it once rather than again on every article opened.
  const openedIdRef = useRef(openedId);
  useLayoutEffect(() => {
    openedIdRef.current = openedId;
  }, [openedId]);

  const open = useCallback(
    /** `underPage`: opened beneath the page the address names (a reload), which stays shown. */
    async (id: string, discardUnsaved: boolean, underPage = false) => {
      if (id === openedIdRef.current) {
        // Already open under a page (a timeline row, a [[link]] to itself): show it.
        showArticle();
        writeArticleIdToHash(id);
        return;
      }
      if (!discardUnsaved && !(await flushPendingSave())) {
        dispatch({ type: 'leave-blocked', target: { kind: 'open', id } });
        return;
      }
      if (!underPage) {
        showArticle();
        writeArticleIdToHash(id);
      }
      const request = ++openRequest.current;
      dispatch({ type: 'loading', id });
      const result = await api.getArticle({ id });
      if (request !== openRequest.current) return;
      dispatch(result.ok ? { type: 'loaded', id, article: result.value } : { type: 'load-failed', id, error: result.error });
    },
    [api, showArticle],
  );

  const create = useCallback(
    async (discardUnsaved: boolean) => {
      if (creatingNow.current) return;
      creatingNow.current = true;
      setCreating(true);
      try {
        if (!discardUnsaved && !(await flushPendingSave())) {
          dispatch({ type: 'leave-blocked', target: { kind: 'create' } });
          return;
        }
        dispatch({ type: 'leave-settled' });
        const request = ++openRequest.current;
        const result = await api.createArticle({});
        setCreateError(result.ok ? null : result.error);
        if (!result.ok || request !== openRequest.current) return;
        showArticle();
        writeArticleIdToHash(result.value.id);
        dispatch({ type: 'created', article: result.value });
        onArchiveChanged();
      } finally {
        creatingNow.current = false;
        setCreating(false);
      }
    },
    [api, showArticle, onArchiveChanged],
  );

  const openArticle = useCallback((id: string) => open(id, false), [open]);
  const createArticle = useCallback(() => create(false), [create]);
  const stay = useCallback(() => dispatch({ type: 'leave-settled' }), []);
  const dismissCreateError = useCallback(() => setCreateError(null), []);

  const { blockedLeave } = state;
  const leaveAnyway = useCallback(() => {
    if (blockedLeave?.kind === 'open') void open(blockedLeave.id, true);
    else if (blockedLeave?.kind === 'create') void create(true);
  }, [blockedLeave, open, create]);

  const closeDeleted = useCallback(() => {
    // A request still loading another article must not reopen the desk behind this.
    openRequest.current += 1;
    dispatch({ type: 'closed' });
    clearArticleIdFromHash();
    onArchiveChanged();
  }, [onArchiveChanged]);

  const openArticleId = state.shown.kind === 'open' ? state.shown.article.id : null;
  const reloadOpen = useCallback(async () => {
    if (openArticleId === null) return;
    const fresh = await api.getArticle({ id: openArticleId });
    if (fresh.ok && readArticleIdFromHash() === openArticleId) dispatch({ type: 'reloaded', article: fresh.value });
  }, [api, openArticleId]);

  // The article named in the address when the window opened (a reload, the shell reopening it),
  // under the page the address names over it, if any: a reload lands where the writer was.
  useEffect(() => {
    const id = readArticleIdFromHash();
    if (id) void open(id, false, true);
  }, [open]);

  return {
    shown: state.shown,
    openedId,
    blockedLeave,
    openArticle,
    createArticle,
    creating,
    createError,
    dismissCreateError,
    stay,
    leaveAnyway,
    closeDeleted,
    reloadOpen,
  };
}
