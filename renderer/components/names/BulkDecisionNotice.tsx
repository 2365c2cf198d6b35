/** What a bulk decision did, with «بازگرداندن» while it can still be undone. */
import { useI18n } from '../../i18n/I18nProvider';
import type { BulkDecisionState } from '../../workbench/useBulkDecision';
import { DeskNotice } from '../DeskNotice/DeskNotice';

export function BulkDecisionNotice({ decision }: { decision: BulkDecisionState }) {
  const { t } = useI18n();
  const { notice } = decision;
  if (!notice) return null;
  const actions = [
    ...(notice.batchId ? [{ label: t('decide.undo'), onClick: () => void decision.undo(), testId: 'bulk-undo' }] : []),
    { label: t('notice.dismiss'), onClick: decision.close },
  ];
  return <DeskNotice tone={notice.failed ? 'alert' : 'info'} testId="bulk-notice" message={notice.message} actions={actions} />;
}
