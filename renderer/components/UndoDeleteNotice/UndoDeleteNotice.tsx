/**
 * «خبر … حذف شد. [بازگرداندن]»: the last delete on the desk, with a way back. A delete asks
 * no question when nothing else refers to what goes, so this bar is the safety net; it stays
 * until the writer closes it or deletes something else.
 */
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';
import { useDeskNavigation } from '../../navigation';
import { useWorkbenchEvents, type WorkbenchEvent } from '../../workbench/workbenchEvents';
import { DeskNotice } from '../DeskNotice/DeskNotice';

type Deleted = Extract<WorkbenchEvent, { kind: 'deleted' }>;

export function UndoDeleteNotice({ onRestored }: { onRestored: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const navigation = useDeskNavigation();
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useWorkbenchEvents((event) => {
    if (event.kind !== 'deleted') return;
    setDeleted(event);
    setProblem(null);
  });

  if (!deleted) return null;

  const undo = async () => {
    if (busy) return;
    setBusy(true);
    const result = deleted.what === 'article' ? await api.restoreArticle({ id: deleted.id }) : await api.restoreEntity({ id: deleted.id });
    setBusy(false);
    if (!result.ok) {
      setProblem(t('delete.undoFailed', { reason: t(errorKey(result.error.code)) }));
      return;
    }
    setDeleted(null);
    onRestored();
    if (deleted.what === 'article') navigation?.openArticle(deleted.id);
    else navigation?.openView({ kind: 'entity', id: deleted.id });
  };

  const message =
    problem ?? (deleted.what === 'article' ? t('delete.articleDone', { headline: deleted.name || t('archive.untitled') }) : t('delete.entityDone', { name: deleted.name }));
  return (
    <DeskNotice
      tone={problem ? 'alert' : 'info'}
      testId="undo-delete"
      message={message}
      actions={[
        { label: t('delete.undo'), onClick: () => void undo(), testId: 'undo-delete-action' },
        { label: t('notice.dismiss'), onClick: () => setDeleted(null) },
      ]}
    />
  );
}
