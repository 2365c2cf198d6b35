/**
 * One name found in the article: the entity's canonical name (which opens its page), its kind,
 * the words as written in the text and how often. A suggestion asks for «تأیید» or «رد»; one
 * matched only through an ambiguous alias says «نیاز به بررسی» and is drawn as a question,
 * never with the confirmed look.
 */
import type { ArticleMention, MentionState } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { useWorkbenchNavigation } from '../../workbench/navigate';
import { MentionEvidence } from '../names/MentionEvidence';
import { EntityKindIcon } from './EntityKindIcon';

/** The editor's two answers; a mention offers the one it does not already have (or both). */
const DECISIONS = [
  { state: 'confirmed', testId: 'mention-confirm', className: 'mention-item__confirm', label: 'panel.mentions.confirm' },
  { state: 'dismissed', testId: 'mention-dismiss', className: 'mention-item__dismiss', label: 'panel.mentions.dismiss' },
] as const satisfies ReadonlyArray<{ state: MentionState; testId: string; className: string; label: MessageKey }>;

interface MentionItemProps {
  mention: ArticleMention;
  busy: boolean;
  onState: (entityId: string, state: MentionState) => void;
}

export function MentionItem({ mention, busy, onState }: MentionItemProps) {
  const { t, formatNumber } = useI18n();
  const { openEntity } = useWorkbenchNavigation();
  const { entity, state } = mention;
  const needsReview = state === 'suggested' && mention.ambiguous;
  const matched = mention.matchedText && mention.matchedText !== entity.canonical ? mention.matchedText : null;

  return (
    <li
      className="mention-item"
      data-testid="mention-item"
      data-state={state}
      data-entity-id={entity.id}
      data-review={needsReview ? 'true' : undefined}
      aria-busy={busy}
    >
      <span className="mention-item__kind" title={t(`panel.kind.${entity.kind}`)}>
        <EntityKindIcon kind={entity.kind} />
      </span>
      <div className="mention-item__main">
        <button type="button" className="panel-link mention-item__name" data-testid="mention-entity" onClick={() => openEntity(entity.id)}>
          <bdi>{entity.canonical}</bdi>
        </button>
        <span className="mention-item__meta">
          <span className="mention-item__kind-label">{t(`panel.kind.${entity.kind}`)}</span>
          {matched && <span className="mention-item__matched">{t('panel.mentions.matched', { text: matched })}</span>}
          {mention.occurrences > 0 && <span>{t('panel.mentions.occurrences', { count: formatNumber(mention.occurrences) })}</span>}
          {state === 'suggested' && <MentionEvidence evidence={mention.evidence} matchedText={mention.matchedText} />}
          {needsReview && (
            <span className="mention-item__review" title={t('panel.mentions.reviewHint')}>
              {t('panel.mentions.review')}
            </span>
          )}
        </span>
      </div>
      <div className="mention-item__actions">
        {DECISIONS.filter((decision) => decision.state !== state).map((decision) => (
          <button
            key={decision.state}
            type="button"
            className={`button button--small ${decision.className}`}
            data-testid={decision.testId}
            disabled={busy}
            onClick={() => onState(entity.id, decision.state)}
          >
            {t(decision.label)}
          </button>
        ))}
      </div>
    </li>
  );
}
