/**
 * Names across the archive («یافتن نام‌ها در بایگانی»): the detection pass with its progress
 * («۴۵٪ — ۴۵۰ از ۱۰۰۰ خبر»), which can be stopped and resumed, and the suggestions it left for
 * review, a page at a time: which article, which entity, the words that matched and why, and
 * the archivist's call: on one article, on a name in every article at once, or on every name
 * of one article at once (each bulk call one undoable action). Below them, the new names found
 * beside a post, to add to the names or dismiss.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleMention } from '../../../common/contract';
import type { ApiError } from '../../../common/result';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';
import { useDeskNavigation } from '../../navigation';
import { BackButton } from '../EntityPage/BackButton';
import { counted } from '../../i18n/plural';
import { entityKindKey } from '../EntityPage/entityKinds';
import { useBulkDecision } from '../../workbench/useBulkDecision';
import { BulkDecisionNotice } from '../names/BulkDecisionNotice';
import { MentionEvidence } from '../names/MentionEvidence';
import { ArchiveProposals } from './ArchiveProposals';
import { archiveDetection, useArchiveDetection } from './useArchiveDetection';
import './DetectionReview.css';

const PAGE = 25;

interface Suggestion {
  articleId: string;
  headline: string;
  mention: ArticleMention;
}

const keyOf = (suggestion: Suggestion) => `${suggestion.articleId}:${suggestion.mention.entity.id}`;

/** The list comes article by article; each article is shown once, its suggestions under it. */
function groupByArticle(items: readonly Suggestion[]): Array<{ articleId: string; headline: string; items: Suggestion[] }> {
  const groups: Array<{ articleId: string; headline: string; items: Suggestion[] }> = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.articleId === item.articleId) last.items.push(item);
    else groups.push({ articleId: item.articleId, headline: item.headline, items: [item] });
  }
  return groups;
}

export function DetectionReview() {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const navigation = useDeskNavigation();
  const detection = useArchiveDetection();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ items: Suggestion[]; hasMore: boolean } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [deciding, setDeciding] = useState<ReadonlySet<string>>(new Set());
  const request = useRef(0);

  const load = useCallback(async (from: number) => {
    const mine = ++request.current;
    const result = await api.listSuggestedMentions({ limit: PAGE + 1, offset: from });
    if (mine !== request.current) return;
    if (!result.ok) return setError(result.error);
    setError(null);
    // A page emptied by decisions steps back to the one before it.
    if (result.value.length === 0 && from > 0) return setOffset(Math.max(0, from - PAGE));
    setPage({ items: result.value.slice(0, PAGE), hasMore: result.value.length > PAGE });
  }, []);

  // The list is read again when a pass ends or stops (not on every batch: it would jump about).
  useEffect(() => {
    if (detection.phase !== 'running') void load(offset);
  }, [load, offset, detection.phase]);

  const decide = async (suggestion: Suggestion, state: 'confirmed' | 'dismissed') => {
    const key = keyOf(suggestion);
    setDeciding((current) => new Set(current).add(key));
    const result = await api.setMentionState({ articleId: suggestion.articleId, entityId: suggestion.mention.entity.id, state });
    setDeciding((current) => {
      const next = new Set(current);
      next.delete(key);
      return next;
    });
    if (!result.ok) return setError(result.error);
    setPage((current) => current && { ...current, items: current.items.filter((item) => keyOf(item) !== key) });
    void load(offset);
  };

  const reload = useCallback(() => void load(offset), [load, offset]);
  const bulk = useBulkDecision(reload);

  const percent = detection.total === 0 ? (detection.phase === 'done' ? 100 : 0) : Math.floor((detection.done / detection.total) * 100);

  return (
    <section className="detection-review" data-testid="detection-review" aria-labelledby="detection-title">
      <div className="entity-page__bar">
        <BackButton />
      </div>
      <h2 id="detection-title" className="detection-review__title">
        {t('detection.heading')}
      </h2>
      <p className="detection-review__intro muted">{t('detection.intro')}</p>

      <div className="detection-run" data-testid="detection-progress" data-phase={detection.phase}>
        {detection.phase !== 'idle' && (
          <>
            <div
              className="detection-run__bar"
              role="progressbar"
              aria-label={t('detection.heading')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
            >
              <div className="detection-run__fill" style={{ inlineSize: `${percent}%` }} />
            </div>
            <p className="detection-run__text" data-testid="detection-progress-text">
              {t('detection.progress', {
                percent: formatNumber(percent),
                done: formatNumber(detection.done),
                total: formatNumber(detection.total),
              })}
            </p>
          </>
        )}
        <p className="detection-run__status" role="status">
          {detection.phase === 'running' && t('detection.running', { count: formatNumber(detection.suggested) })}
          {detection.phase === 'done' && t('detection.done', { count: formatNumber(detection.suggested) })}
          {detection.phase === 'stopped' && t('detection.stopped')}
          {detection.phase === 'failed' && detection.error && t('detection.failed', { reason: t(errorKey(detection.error.code)) })}
        </p>
        <div className="detection-run__actions">
          {detection.phase === 'running' ? (
            <button type="button" className="button" data-testid="detection-stop" onClick={() => archiveDetection.stop()}>
              {t('detection.stop')}
            </button>
          ) : (
            <>
              {(detection.phase === 'stopped' || detection.phase === 'failed') && (
                <button type="button" className="button button--primary" onClick={() => archiveDetection.start(true)}>
                  {t('detection.resume')}
                </button>
              )}
              <button
                type="button"
                className={detection.phase === 'idle' || detection.phase === 'done' ? 'button button--primary' : 'button'}
                data-testid="detection-start"
                onClick={() => archiveDetection.start()}
              >
                {detection.phase === 'idle' ? t('detection.start') : t('detection.again')}
              </button>
            </>
          )}
        </div>
      </div>

      <section className="detection-review__suggestions" aria-labelledby="detection-suggestions-heading">
        <h3 id="detection-suggestions-heading" className="entity-page__section-title">
          {t('detection.suggestions')}
        </h3>
        {error && (
          <p className="entity-page__problem" role="alert">
            {t('detection.listFailed', { reason: t(errorKey(error.code)) })}
          </p>
        )}
        <BulkDecisionNotice decision={bulk} />
        {page && page.items.length === 0 && <p className="muted">{t('detection.none')}</p>}
        {page && page.items.length > 0 && (
          <ul className="suggestion-list">
            {groupByArticle(page.items).map((group) => (
              <li key={group.articleId} className="suggestion-group" data-testid="suggestion-group">
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
                    const key = keyOf(suggestion);
                    const busy = deciding.has(key);
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
                            onClick={() => void decide(suggestion, 'confirmed')}
                          >
                            {t('detection.confirm')}
                          </button>
                          <button
                            type="button"
                            className="button button--small"
                            data-testid="suggestion-dismiss"
                            disabled={busy}
                            onClick={() => void decide(suggestion, 'dismissed')}
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
            ))}
          </ul>
        )}
        {page && (offset > 0 || page.hasMore) && (
          <nav className="suggestion-pager" aria-label={t('detection.pages')}>
            <button type="button" className="button button--small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {t('detection.previous')}
            </button>
            <span className="muted">
              {t('detection.range', { from: formatNumber(offset + 1), to: formatNumber(offset + page.items.length) })}
            </span>
            <button type="button" className="button button--small" disabled={!page.hasMore} onClick={() => setOffset(offset + PAGE)}>
              {t('detection.next')}
            </button>
          </nav>
        )}
      </section>

      <ArchiveProposals refreshKey={detection.phase} />
    </section>
  );
}
