/**
 * «نام‌ها»: the known names in the open article. Confirmed ones first (the article's record),
 * then suggestions awaiting the editor's word (each saying why it was offered, and all of them
 * confirmable or dismissable at once, undoably), then new names found beside a post, and the
 * dismissed folded away at the end.
 */
import { useCallback, useState } from 'react';
import type { ArticleMention, MentionState } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import type { MentionsState } from '../../workbench/useArticleMentions';
import { useArticleProposals } from '../../workbench/useArticleProposals';
import { useBulkDecision } from '../../workbench/useBulkDecision';
import { workbenchErrorKey } from '../../workbench/workbenchErrors';
import { BulkDecisionNotice } from '../names/BulkDecisionNotice';
import { NameProposalItem } from '../names/NameProposalItem';
import { MentionItem } from './MentionItem';
import { PanelSection } from './PanelSection';
import './Mentions.css';
import { counted } from '../../i18n/plural';

interface MentionsSectionProps {
  articleId: string;
  /** For the bulk decision's message. */
  headline: string;
  /** The article's names (useArticleMentions), shared with the quotes section. */
  state: MentionsState;
  savedAt: string;
  onDecided?: () => void;
}

function MentionList({ items, testId, pending, onState }: { items: ArticleMention[]; testId: string; pending: ReadonlySet<string>; onState: (entityId: string, state: MentionState) => void }) {
  return (
    <ul className="mention-list" data-testid={testId}>
      {items.map((mention) => (
        <MentionItem key={mention.entity.id} mention={mention} busy={pending.has(mention.entity.id)} onState={onState} />
      ))}
    </ul>
  );
}

/** A long story names dozens of places; the most frequent few are offered until asked for all. */
const SUGGESTIONS_SHOWN = 5;

export function MentionsSection({ articleId, headline, state, savedAt, onDecided }: MentionsSectionProps) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const proposals = useArticleProposals(articleId, savedAt);
  const { reload } = state;
  const changed = useCallback(() => {
    reload();
    onDecided?.();
  }, [reload, onDecided]);
  const bulk = useBulkDecision(changed);
  const [allSuggestions, setAllSuggestions] = useState(false);
  const all = state.mentions ?? [];
  const confirmed = all.filter((mention) => mention.state === 'confirmed');
  const suggested = all.filter((mention) => mention.state === 'suggested');
  const dismissed = all.filter((mention) => mention.state === 'dismissed');
  // One more than the cap is shown rather than a button that would reveal a single name.
  const folded = !allSuggestions && suggested.length > SUGGESTIONS_SHOWN + 1;

  const refind = (
    <button type="button" className="button button--small" data-testid="mention-detect" disabled={state.detecting} onClick={state.detect}>
      {state.detecting ? t('panel.mentions.detecting') : t('panel.mentions.detect')}
    </button>
  );

  return (
    <PanelSection
      name="mentions"
      title={t('panel.section.mentions')}
      badge={suggested.length > 0 ? formatNumber(suggested.length) : undefined}
      actions={refind}
    >
      <p className="visually-hidden">{t('panel.mentions.description')}</p>
      {state.error && <p className="panel-error" role="alert">{t(workbenchErrorKey(state.error.code))}</p>}
      {state.mentions === null && !state.error && <p className="panel-note">{t('panel.loading')}</p>}
      {state.mentions !== null && all.length === 0 && <p className="panel-note">{t('panel.mentions.empty')}</p>}
      <BulkDecisionNotice decision={bulk} />
      {confirmed.length > 0 && (
        <div className="mention-group">
          <h4 className="mention-group__title">{t('panel.mentions.confirmed')}</h4>
          <MentionList items={confirmed} testId="mentions-confirmed" pending={state.pending} onState={state.setState} />
        </div>
      )}
      {suggested.length > 0 && (
        <div className="mention-group">
          <h4 className="mention-group__title">{t('panel.mentions.suggested')}</h4>
          {suggested.length > 1 && (
            <div className="mention-group__bulk">
              <button
                type="button"
                className="button button--small"
                data-testid="mentions-confirm-all"
                title={t('decide.confirmArticleHint')}
                disabled={bulk.busy}
                onClick={() => void bulk.decideArticle(articleId, headline.trim() || t('archive.untitled'), 'confirmed')}
              >
                {t('decide.confirmArticle')}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                data-testid="mentions-dismiss-all"
                title={t('decide.dismissArticleHint')}
                disabled={bulk.busy}
                onClick={() => void bulk.decideArticle(articleId, headline.trim() || t('archive.untitled'), 'dismissed')}
              >
                {t('decide.dismissArticle')}
              </button>
            </div>
          )}
          <MentionList items={folded ? suggested.slice(0, SUGGESTIONS_SHOWN) : suggested} testId="mentions-suggested" pending={state.pending} onState={state.setState} />
          {folded && (
            <button type="button" className="mention-group__more" data-testid="mentions-more" onClick={() => setAllSuggestions(true)}>
              {counted(i18n, 'panel.mentions.more', 'panel.mentions.moreOne', suggested.length - SUGGESTIONS_SHOWN)}
            </button>
          )}
        </div>
      )}
      {proposals.proposals.length > 0 && (
        <div className="mention-group" data-testid="name-proposals">
          <h4 className="mention-group__title" title={t('names.proposalsHint')}>
            {t('names.proposals')}
          </h4>
          {proposals.error && <p className="panel-error" role="alert">{t(workbenchErrorKey(proposals.error.code))}</p>}
          <ul className="mention-list">
            {proposals.proposals.map((proposal) => (
              <NameProposalItem
                key={proposal.name}
                proposal={proposal}
                busy={proposals.pending === proposal.name}
                onAdd={() => void proposals.add(proposal.name).then((entity) => entity && changed())}
                onDismiss={() => void proposals.dismiss(proposal.name)}
              />
            ))}
          </ul>
        </div>
      )}
      {dismissed.length > 0 && (
        <details className="mention-group mention-group--dismissed">
          <summary className="mention-group__title">{t('panel.mentions.dismissed', { count: formatNumber(dismissed.length) })}</summary>
          <MentionList items={dismissed} testId="mentions-dismissed" pending={state.pending} onState={state.setState} />
        </details>
      )}
    </PanelSection>
  );
}
