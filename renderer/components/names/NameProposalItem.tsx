/**
 * A name found beside a post that the archive does not know («اسماعیل بقائی — سخنگوی وزارت
 * امور خارجه»): «افزودن به نام‌ها» makes it a person confirmed in the article; «رد» stops
 * offering it there.
 */
import type { NameProposal } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { EntityKindIcon } from '../workbench/EntityKindIcon';
import './names.css';

interface NameProposalItemProps {
  proposal: NameProposal;
  busy: boolean;
  onAdd: () => void;
  onDismiss: () => void;
}

export function NameProposalItem({ proposal, busy, onAdd, onDismiss }: NameProposalItemProps) {
  const { t, formatNumber } = useI18n();
  return (
    <li className="mention-item name-proposal" data-testid="name-proposal" aria-busy={busy}>
      <span className="mention-item__kind" title={t('panel.kind.person')}>
        <EntityKindIcon kind="person" />
      </span>
      <div className="mention-item__main">
        <bdi className="mention-item__name name-proposal__name">{proposal.name}</bdi>
        <span className="mention-item__meta">
          {proposal.role && (
            <span className="mention-evidence__role" dir="auto">
              {proposal.role}
            </span>
          )}
          {proposal.occurrences > 1 && <span>{t('panel.mentions.occurrences', { count: formatNumber(proposal.occurrences) })}</span>}
        </span>
      </div>
      <div className="mention-item__actions">
        <button type="button" className="button button--small mention-item__confirm" data-testid="name-proposal-add" disabled={busy} onClick={onAdd}>
          {t('names.add')}
        </button>
        <button type="button" className="button button--small mention-item__dismiss" data-testid="name-proposal-dismiss" disabled={busy} onClick={onDismiss}>
          {t('names.dismiss')}
        </button>
      </div>
    </li>
  );
}
