/**
 * «حذف خبر» for the open article. Its unsaved edits are saved first (an undo brings back what
 * was on screen); then the archive deletes it, or names the articles that refer to it and
 * the writer decides in a dialog.
 */
import { useCallback } from 'react';
import type { DeleteReport } from '../../../common/contract';
import { useApi } from '../../api/ApiContext';
import { flushPendingSave } from '../../autosave/activeSaver';
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';
import { useReferenceAwareDelete, type ReferencePolicy } from '../../workbench/useReferenceAwareDelete';
import { emitWorkbenchEvent, rewrittenBy } from '../../workbench/workbenchEvents';
import { DeleteControl } from '../DeleteDialog/DeleteControl';

interface DeleteArticleButtonProps {
  articleId: string;
  headline: string;
  onDeleted: () => void;
}

export function DeleteArticleButton({ articleId, headline, onDeleted }: DeleteArticleButtonProps) {
  const api = useApi();
  const { t } = useI18n();
  const remove = useCallback(
    async (references: ReferencePolicy) => {
      await flushPendingSave();
      return api.deleteArticle({ id: articleId, references });
    },
    [api, articleId],
  );
  const deleted = useCallback((report: DeleteReport) => {
    onDeleted();
    emitWorkbenchEvent({ kind: 'deleted', what: 'article', id: articleId, name: headline, rewrote: rewrittenBy(report) });
  }, [onDeleted, articleId, headline]);
  const deletion = useReferenceAwareDelete(remove, deleted);
  const error = deletion.error ? t('delete.failed', { reason: t(errorKey(deletion.error.code)) }) : null;

  return (
    <DeleteControl
      deletion={deletion}
      label={t('delete.article')}
      testId="delete-article"
      error={error}
      errorClassName="workspace-main__delete-error"
      dialog={{
        title: t('delete.articleTitle', { headline: headline || t('archive.untitled') }),
        intro: t('delete.articleIntro'),
        confirmLabel: t('delete.articleConfirm'),
      }}
    />
  );
}
