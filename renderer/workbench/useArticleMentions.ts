/**
 * The names the archive knows in the open article: asked when it opens and again after each
 * save completes (a save re-runs detection on the new text), or at the writer's next pause if
 * they typed on meanwhile. Confirming or dismissing answers with the whole list, which replaces
 * the shown one; an answer to an older request is dropped.
 */
import { useCallback, useRef, useState } from 'react';
import type { ArticleMention, MentionState } from '../../common/contract';
import type { ApiError, Result } from '../../common/result';
import { useApi } from '../api/ApiContext';
import type { ArticleSaver } from '../autosave/ArticleSaver';
import { RIGHT_AFTER_SAVE, useAfterSaves } from './useAfterSaves';

export interface MentionsState {
  mentions: ArticleMention[] | null;
  error: ApiError | null;
  /** «یافتن دوباره» is running. */
  detecting: boolean;
  /** Entity ids whose state change is on its way. */
  pending: ReadonlySet<string>;
  detect: () => void;
  setState: (entityId: string, state: MentionState) => void;
  /** Reads the list again (after a bulk decision or a name added elsewhere). */
  reload: () => void;
}

/** `onDecided` runs after the editor's word on a name is stored: related coverage depends on it. */
export function useArticleMentions(articleId: string, saver: ArticleSaver, savedAt: string, onDecided?: () => void): MentionsState {
  const api = useApi();
  const [mentions, setMentions] = useState<ArticleMention[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [detecting, setDetecting] = useState(false);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const ticket = useRef(0);

  const apply = useCallback((result: Result<ArticleMention[]>, mine: number) => {
    if (mine !== ticket.current) return;
    if (result.ok) {
      setMentions(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, []);

  const reload = useCallback(() => {
    const mine = ++ticket.current;
    void api.getArticleMentions({ id: articleId }).then((result) => apply(result, mine));
  }, [api, articleId, apply]);

  useAfterSaves(savedAt, reload, RIGHT_AFTER_SAVE);

  const detect = useCallback(() => {
    setDetecting(true);
    void (async () => {
      // Detection reads the article as saved: what is typed but not yet saved goes first.
      await saver.flush();
      const mine = ++ticket.current;
      apply(await api.detectMentions({ id: articleId }), mine);
      setDetecting(false);
    })();
  }, [api, articleId, saver, apply]);

  const setState = useCallback(
    (entityId: string, state: MentionState) => {
      setPending((before) => new Set(before).add(entityId));
      void (async () => {
        const mine = ++ticket.current;
        const result = await api.setMentionState({ articleId, entityId, state });
        apply(result, mine);
        if (result.ok) onDecided?.();
        setPending((before) => {
          const after = new Set(before);
          after.delete(entityId);
          return after;
        });
      })();
    },
    [api, articleId, apply, onDecided],
  );

  return { mentions, error, detecting, pending, detect, setState, reload };
}
