/**
 * A bulk decision on names (one name in every article, every name of one article) and the
 * way back: the archive records each as one batch, the desk shows what was done with «بازگرداندن»
 * beside it until the next decision or until it is closed.
 */
import { useCallback, useState } from 'react';
import type { BulkDecision, MentionBatch } from '../../common/contract';
import type { Result } from '../../common/result';
import { useApi } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nProvider';
import { workbenchErrorKey } from './workbenchErrors';

export interface BulkDecisionState {
  /** What the last decision did, or why it failed; null when there is nothing to say. */
  notice: { message: string; batchId: string | null; failed: boolean } | null;
  busy: boolean;
  /** One name, in every article that suggests it. */
  decideEntity: (entityId: string, name: string, state: BulkDecision) => Promise<boolean>;
  /** Every suggested name of one article. */
  decideArticle: (articleId: string, headline: string, state: BulkDecision) => Promise<boolean>;
  undo: () => Promise<void>;
  close: () => void;
}

/** `onChanged` runs after a decision or its undo is stored, so lists can be read again. */
export function useBulkDecision(onChanged: () => void): BulkDecisionState {
  const api = useApi();
  const { t, formatNumber } = useI18n();
  const [notice, setNotice] = useState<BulkDecisionState['notice']>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (call: () => Promise<Result<MentionBatch>>, message: (changed: string) => string): Promise<boolean> => {
      setBusy(true);
      const result = await call();
      setBusy(false);
      if (!result.ok) {
        setNotice({ message: t('decide.failed', { reason: t(workbenchErrorKey(result.error.code)) }), batchId: null, failed: true });
        return false;
      }
      setNotice({ message: message(formatNumber(result.value.changed)), batchId: result.value.batchId, failed: false });
      onChanged();
      return true;
    },
    [t, formatNumber, onChanged],
  );

  const decideEntity = useCallback(
    (entityId: string, name: string, state: BulkDecision) =>
      run(
        () => api.decideEntityEverywhere({ entityId, state }),
        (count) => t(state === 'confirmed' ? 'decide.entityConfirmed' : 'decide.entityDismissed', { name, count }),
      ),
    [api, run, t],
  );

  const decideArticle = useCallback(
    (articleId: string, headline: string, state: BulkDecision) =>
      run(
        () => api.decideArticleNames({ articleId, state }),
        (count) => t(state === 'confirmed' ? 'decide.articleConfirmed' : 'decide.articleDismissed', { headline, count }),
      ),
    [api, run, t],
  );

  const undo = useCallback(async () => {
    if (!notice?.batchId || busy) return;
    setBusy(true);
    const result = await api.undoMentionBatch({ batchId: notice.batchId });
    setBusy(false);
    if (!result.ok) {
      setNotice({ message: t('decide.failed', { reason: t(workbenchErrorKey(result.error.code)) }), batchId: null, failed: true });
      return;
    }
    setNotice({ message: t('decide.undone', { count: formatNumber(result.value.restored) }), batchId: null, failed: false });
    onChanged();
  }, [api, notice, busy, t, formatNumber, onChanged]);

  const close = useCallback(() => setNotice(null), []);
  return { notice, busy, decideEntity, decideArticle, undo, close };
}
