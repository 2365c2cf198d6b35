/**
 * One article's suggestions on the review page: its headline (which opens it), the calls on
 * all its names at once, and under it each suggested name with the words that matched and
 * why, and the calls on that name here or in every article.
 */
import { useI18n } from '../../i18n/I18nProvider';
import { counted } from '../../i18n/plural';
import { useDeskNavigation } from '../../navigation';
import type { BulkDecisionState } from '../../workbench/useBulkDecision';
import { entityKindKey } from '../EntityPage/entityKinds';
import { MentionEvidence } from '../names/MentionEvidence';
import { suggestionKey, type Suggestion, type SuggestionGroup } from './suggestions';

interface SuggestionGroupItemProps {
  group: SuggestionGroup;
  bulk: BulkDecisionState;
  isDeciding: (suggestion: Suggestion) => boolean;
  onDecide: (suggestion: Suggestion, state: 'confirmed' | 'dismissed') => Promise<void>;
}

export function SuggestionGroupItem({ group, bulk, isDeciding, onDecide }: SuggestionGroupItemProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const navigation = useDeskNavigation();
  return (
    <li className="suggestion-group" data-testid="suggestion-group">
      <div className="suggestion-group__head">
        <button
          type="button"
          className="suggestion-group__headline"
          dir="auto"
          onClick={() => navigation?.openArticle(group.articleId)}
        >
          {group.headline.trim() || t('archive.untitled')}
        </button>
        <span className="suggestion-group__actions">
          <button
            type="button"
            className="button button--small"
            data-testid="suggestion-group-confirm"
            title={t('decide.confirmArticleHint')}
            disabled={bulk.busy}
            onClick={() => void bulk.decideArticle(group.articleId, group.headline.trim() || t('archive.untitled'), 'confirmed')}
          >
            {t('decide.confirmArticle')}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            data-testid="suggestion-group-dismiss"
            title={t('decide.dismissArticleHint')}
            disabled={bulk.busy}
            onClick={() => void bulk.decideArticle(group.articleId, group.headline.trim() || t('archive.untitled'), 'dismissed')}
          >
            {t('decide.dismissArticle')}
          </button>
        </span>
      </div>
      <ul className="suggestion-group__items">
        {group.items.map((suggestion) => {
          const { mention } = suggestion;
          const key = suggestionKey(suggestion);
          const busy = isDeciding(suggestion);
          return (
            <li key={key} className="suggestion" data-testid="detection-suggestion">
              <p className="suggestion__facts">
                <button
                  type="button"
                  className="suggestion__entity"
                  dir="auto"
                  onClick={() => navigation?.openView({ kind: 'entity', id: mention.entity.id })}
                >
                  {mention.entity.canonical}
                </button>
                <span className="suggestion__kind">{t(entityKindKey(mention.entity.kind))}</span>
                {mention.matchedText && (
                  <span className="suggestion__matched">
                    {t('detection.matched')} <q dir="auto">{mention.matchedText}</q>
                  </span>
                )}
                <span>{counted(i18n, 'detection.occurrences', 'detection.occurrencesOne', mention.occurrences)}</span>
                {mention.ambiguous && <span className="suggestion__ambiguous">{t('detection.ambiguous')}</span>}
                <MentionEvidence evidence={mention.evidence} matchedText={mention.matchedText} />
              </p>
              <div className="suggestion__actions">
                <button
                  type="button"
                  className="button button--small button--primary"
                  data-testid="suggestion-confirm"
                  disabled={busy}
                  onClick={() => void onDecide(suggestion, 'confirmed')}
                >
                  {t('detection.confirm')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  data-testid="suggestion-dismiss"
                  disabled={busy}
                  onClick={() => void onDecide(suggestion, 'dismissed')}
                >
                  {t('detection.dismiss')}
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  data-testid="suggestion-confirm-everywhere"
                  disabled={busy || bulk.busy}
                  onClick={() => void bulk.decideEntity(mention.entity.id, mention.entity.canonical, 'confirmed')}
                >
                  {t('decide.confirmEverywhere')}
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  data-testid="suggestion-dismiss-everywhere"
                  disabled={busy || bulk.busy}
                  onClick={() => void bulk.decideEntity(mention.entity.id, mention.entity.canonical, 'dismissed')}
                >
                  {t('decide.dismissEverywhere')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
