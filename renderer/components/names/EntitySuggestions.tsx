/**
 * On an entity's page, the articles where detection offers it and nobody has decided: each
 * can be confirmed or dismissed right there, or all of them at once (one undoable action), so
 * a name nobody has curated yet shows its coverage instead of none.
 */
import { useCallback, useState } from 'react';
import type { EntityPage, MentionState } from '../../../common/contract';
import { useApi } from '../../api/ApiContext';
import { useI18n } from '../../i18n/I18nProvider';
import { useDeskNavigation } from '../../navigation';
import { useBulkDecision } from '../../workbench/useBulkDecision';
import { workbenchErrorKey } from '../../workbench/workbenchErrors';
import { DualDate } from '../DualDate/DualDate';
import { BulkDecisionNotice } from './BulkDecisionNotice';
import './names.css';

interface EntitySuggestionsProps {
  page: EntityPage;
  /** Read the page again after a decision. */
  onChanged: () => void;
}

export function EntitySuggestions({ page, onChanged }: EntitySuggestionsProps) {
  const api = useApi();
  const { t, formatNumber } = useI18n();
  const navigation = useDeskNavigation();
  const bulk = useBulkDecision(onChanged);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { entity, suggestions, suggestionCount } = page;

  const decide = useCallback(
    async (articleId: string, state: MentionState) => {
      setBusy(articleId);
      const result = await api.setMentionState({ articleId, entityId: entity.id, state });
      setBusy(null);
      setProblem(result.ok ? null : t('decide.failed', { reason: t(workbenchErrorKey(result.error.code)) }));
      if (result.ok) onChanged();
    },
    [api, entity.id, onChanged, t],
  );

  if (suggestionCount === 0 && !bulk.notice) return null;
  return (
    <section className="entity-page__suggestions" aria-labelledby="entity-suggestions-heading" data-testid="entity-suggestions">
      <h3 id="entity-suggestions-heading" className="entity-page__section-title">
        {t('entity.suggestions.heading')}
        <span className="entity-page__section-count">{formatNumber(suggestionCount)}</span>
      </h3>
      <BulkDecisionNotice decision={bulk} />
      {problem && (
        <p className="entity-page__problem" role="alert">
          {problem}
        </p>
      )}
      {suggestionCount > 0 && (
        <>
          <p className="muted">{t('entity.suggestions.intro')}</p>
          <div className="mention-group__bulk">
            <button
              type="button"
              className="button button--small button--primary"
              data-testid="entity-confirm-all"
              disabled={bulk.busy}
              onClick={() => void bulk.decideEntity(entity.id, entity.canonical, 'confirmed')}
            >
              {t('entity.suggestions.confirmAll', { count: formatNumber(suggestionCount) })}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              data-testid="entity-dismiss-all"
              disabled={bulk.busy}
              onClick={() => void bulk.decideEntity(entity.id, entity.canonical, 'dismissed')}
            >
              {t('decide.dismissEverywhere')}
            </button>
          </div>
          <ul className="mention-list">
            {suggestions.map((item) => (
              <li key={item.articleId} className="mention-item entity-suggestion" data-state="suggested" data-testid="entity-suggestion" aria-busy={busy === item.articleId}>
                <span />
                <div className="mention-item__main">
                  <button type="button" className="panel-link" dir="auto" onClick={() => navigation?.openArticle(item.articleId)}>
                    {item.headline.trim() || t('archive.untitled')}
                  </button>
                  <span className="mention-item__meta">
                    {item.day !== null ? <DualDate isoDay={item.day} /> : <span>{t('date.none')}</span>}
                    {item.matchedText && item.matchedText !== entity.canonical && <span>{t('panel.mentions.matched', { text: item.matchedText })}</span>}
                    {item.ambiguous && <span className="suggestion__ambiguous">{t('detection.ambiguous')}</span>}
                  </span>
                </div>
                <div className="mention-item__actions">
                  <button
                    type="button"
                    className="button button--small mention-item__confirm"
                    data-testid="entity-suggestion-confirm"
                    disabled={busy !== null}
                    onClick={() => void decide(item.articleId, 'confirmed')}
                  >
                    {t('detection.confirm')}
                  </button>
                  <button
                    type="button"
                    className="button button--small mention-item__dismiss"
                    data-testid="entity-suggestion-dismiss"
                    disabled={busy !== null}
                    onClick={() => void decide(item.articleId, 'dismissed')}
                  >
                    {t('detection.dismiss')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {suggestionCount > suggestions.length && <p className="muted">{t('entity.suggestions.more', { count: formatNumber(suggestionCount - suggestions.length) })}</p>}
        </>
      )}
    </section>
  );
}
