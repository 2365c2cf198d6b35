/**
 * Names across the archive («یافتن نام‌ها در بایگانی»): the detection pass with its progress,
 * which can be stopped and resumed, and the suggestions it left for review, a page at a time:
 * which article, which entity, the words that matched and why, and the archivist's call: on
 * one article, on a name in every article at once, or on every name of one article at once
 * (each bulk call one undoable action). Below them, the new names found beside a post, to add
 * to the names or dismiss.
 */
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';
import { useBulkDecision } from '../../workbench/useBulkDecision';
import { BackButton } from '../EntityPage/BackButton';
import { BulkDecisionNotice } from '../names/BulkDecisionNotice';
import { ArchiveProposals } from './ArchiveProposals';
import { DetectionRun } from './DetectionRun';
import { SuggestionGroupItem } from './SuggestionGroupItem';
import { groupByArticle } from './suggestions';
import { useArchiveDetection } from './useArchiveDetection';
import { useSuggestionPages } from './useSuggestionPages';
import './DetectionReview.css';

export function DetectionReview() {
  const { t, formatNumber } = useI18n();
  const { phase } = useArchiveDetection();
  const suggestions = useSuggestionPages(phase);
  const { page, offset, error } = suggestions;
  const bulk = useBulkDecision(suggestions.reload);

  return (
    <section className="detection-review" data-testid="detection-review" aria-labelledby="detection-title">
      <div className="entity-page__bar">
        <BackButton />
      </div>
      <h2 id="detection-title" className="detection-review__title">
        {t('detection.heading')}
      </h2>
      <p className="detection-review__intro muted">{t('detection.intro')}</p>

      <DetectionRun />

      <section className="detection-review__suggestions" aria-labelledby="detection-suggestions-heading">
        <h3 id="detection-suggestions-heading" className="entity-page__section-title">
          {t('detection.suggestions')}
        </h3>
        {error && (
          <p className="entity-page__problem" role="alert">
            {t(error.during === 'list' ? 'detection.listFailed' : 'detection.decideFailed', { reason: t(errorKey(error.error.code)) })}
          </p>
        )}
        <BulkDecisionNotice decision={bulk} />
        {page && page.items.length === 0 && <p className="muted">{t('detection.none')}</p>}
        {page && page.items.length > 0 && (
          <ul className="suggestion-list">
            {groupByArticle(page.items).map((group) => (
              <SuggestionGroupItem key={group.articleId} group={group} bulk={bulk} isDeciding={suggestions.isDeciding} onDecide={suggestions.decide} />
            ))}
          </ul>
        )}
        {page && (offset > 0 || page.hasMore) && (
          <nav className="suggestion-pager" aria-label={t('detection.pages')}>
            <button type="button" className="button button--small" disabled={offset === 0} onClick={suggestions.previous}>
              {t('detection.previous')}
            </button>
            <span className="muted">
              {t('detection.range', { from: formatNumber(offset + 1), to: formatNumber(offset + page.items.length) })}
            </span>
            <button type="button" className="button button--small" disabled={!page.hasMore} onClick={suggestions.next}>
              {t('detection.next')}
            </button>
          </nav>
        )}
      </section>

      <ArchiveProposals refreshKey={phase} />
    </section>
  );
}
