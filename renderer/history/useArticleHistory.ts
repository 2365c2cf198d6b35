/**
 * The history page's state: the article's kept revisions, the two being compared and their
 * comparison, and the revert. Choosing a revision in the list compares it with the revision
 * listed before it (what that save changed); either end can then be set to any revision.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleHistory, RevisionComparison, SaveReceipt } from '../../common/contract';
import type { ApiError, Result } from '../../common/result';
import { useApi } from '../api/ApiContext';
import { flushPendingSave, openArticleRevision } from '../autosave/activeSaver';

export type Loaded<T> = { kind: 'loading' } | { kind: 'failed'; error: ApiError } | { kind: 'ready'; value: T };

export interface RevisionPair {
  from: number;
  to: number;
}

/** A revision and the one kept before it; the oldest is compared with the article as it stands. */
export function pairFor(history: ArticleHistory, revision: number): RevisionPair {
  const index = history.revisions.findIndex((item) => item.revision === revision);
  const older = history.revisions[index + 1];
  return older ? { from: older.revision, to: revision } : { from: revision, to: history.revision };
}

export function useArticleHistory(articleId: string) {
  const api = useApi();
  const [history, setHistory] = useState<Loaded<ArticleHistory>>({ kind: 'loading' });
  const [pair, setPair] = useState<RevisionPair | null>(null);
  const [comparison, setComparison] = useState<Loaded<RevisionComparison> | null>(null);
  // An answer to an older comparison is dropped once another pair has been chosen.
  const ticket = useRef(0);

  useEffect(() => {
    let live = true;
    void (async () => {
      // What was typed last belongs in the history about to be read.
      await flushPendingSave();
      const result = await api.getArticleHistory({ id: articleId });
      if (!live) return;
      if (!result.ok) {
        setHistory({ kind: 'failed', error: result.error });
        return;
      }
      setHistory({ kind: 'ready', value: result.value });
      setPair(pairFor(result.value, result.value.revision));
    })();
    return () => {
      live = false;
    };
  }, [api, articleId]);

  useEffect(() => {
    if (pair === null || pair.from === pair.to) {
      setComparison(null);
      return;
    }
    const mine = ++ticket.current;
    setComparison({ kind: 'loading' });
    void api.compareRevisions({ id: articleId, ...pair }).then((result) => {
      if (mine !== ticket.current) return;
      setComparison(result.ok ? { kind: 'ready', value: result.value } : { kind: 'failed', error: result.error });
    });
  }, [api, articleId, pair]);

  const choose = useCallback(
    (revision: number) => {
      if (history.kind === 'ready') setPair(pairFor(history.value, revision));
    },
    [history],
  );

  /**
   * Writes a new revision equal to `revision`, on the revision the open article's editor holds
   * (its pending changes saved first), so a stale window gets a conflict, not an overwrite.
   */
  const revert = useCallback(
    async (revision: number): Promise<Result<SaveReceipt>> => {
      await flushPendingSave();
      const open = openArticleRevision();
      const current = history.kind === 'ready' ? history.value.revision : 0;
      const baseRevision = open?.id === articleId ? open.revision : current;
      return api.revertArticle({ id: articleId, revision, baseRevision });
    },
    [api, articleId, history],
  );

  return { history, pair, setPair, choose, comparison, revert };
}
