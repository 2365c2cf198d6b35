/**
 * The open article's history, shown over it: the kept revisions on one side, on the other
 * what differs between two of them, word by word, and a way back to any of them. A revert is
 * itself a new revision; the desk then shows the article as the revert made it.
 */
import { useId, useState } from 'react';
import type { ArticleHistory } from '../../../common/contract';
import type { ApiError } from '../../../common/result';
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey, type MessageKey } from '../../i18n/messages';
import { pairFor, useArticleHistory, type RevisionPair } from '../../history/useArticleHistory';
import { BackButton } from '../EntityPage/BackButton';
import { RevertDialog } from './RevertDialog';
import { RevisionDiff } from './RevisionDiff';
import { RevisionList } from './RevisionList';
import './HistoryPage.css';

interface HistoryPageProps {
  articleId: string;
  /** A revert was written: the desk shows the article as it now is. */
  onReverted: () => void;
}

const historyErrorKey = (error: ApiError): MessageKey => (error.code === 'conflict' ? 'history.error.conflict' : errorKey(error.code));

function PairPicker({ history, pair, onChange }: { history: ArticleHistory; pair: RevisionPair; onChange: (pair: RevisionPair) => void }) {
  const { t, formatNumber } = useI18n();
  const fromId = useId();
  const toId = useId();
  const options = history.revisions.map((revision) => (
    <option key={revision.revision} value={revision.revision}>
      {t('history.revision', { number: formatNumber(revision.revision) })}
    </option>
  ));
  return (
    <div className="history-page__picker" role="group" aria-label={t('history.compare')}>
      <label htmlFor={fromId}>{t('history.compareFrom')}</label>
      <select id={fromId} data-testid="history-from" value={pair.from} onChange={(event) => onChange({ ...pair, from: Number(event.target.value) })}>
        {options}
      </select>
      <label htmlFor={toId}>{t('history.compareTo')}</label>
      <select id={toId} data-testid="history-to" value={pair.to} onChange={(event) => onChange({ ...pair, to: Number(event.target.value) })}>
        {options}
      </select>
    </div>
  );
}

export function HistoryPage({ articleId, onReverted }: HistoryPageProps) {
  const { t, formatNumber } = useI18n();
  const { history, pair, setPair, choose, comparison, revert } = useArticleHistory(articleId);
  const [chosen, setChosen] = useState<number | null>(null);
  const [asking, setAsking] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [revertError, setRevertError] = useState<string | null>(null);

  if (history.kind !== 'ready') {
    return (
      <section className="history-page" data-testid="history-page">
        <div className="history-page__bar">
          <BackButton />
        </div>
        <p className={history.kind === 'failed' ? 'history-page__problem' : 'muted'} role={history.kind === 'failed' ? 'alert' : undefined}>
          {history.kind === 'failed' ? t('history.loadFailed', { reason: t(errorKey(history.error.code)) }) : t('history.loading')}
        </p>
      </section>
    );
  }

  const value = history.value;
  const selected = chosen ?? value.revision;
  const confirmRevert = async () => {
    if (asking === null) return;
    setBusy(true);
    const result = await revert(asking);
    setBusy(false);
    if (!result.ok) {
      setRevertError(t('history.revertFailed', { reason: t(historyErrorKey(result.error)) }));
      return;
    }
    setAsking(null);
    onReverted();
  };

  return (
    <section className="history-page" data-testid="history-page" aria-labelledby="history-page-title">
      <div className="history-page__bar">
        <BackButton />
      </div>
      <header className="history-page__head">
        <h2 id="history-page-title" className="history-page__title">
          {t('history.title')}
        </h2>
        <p className="history-page__headline" dir="auto">
          {value.headline || t('archive.untitled')}
        </p>
        <p className="history-page__note">{t('history.thinning')}</p>
      </header>
      <div className="history-page__columns">
        <section className="history-page__revisions" aria-labelledby="history-list-heading">
          <h3 id="history-list-heading" className="history-page__section-title">
            {t('history.listLabel')}
            <span className="history-page__section-count">{t('history.count', { count: formatNumber(value.revisions.length) })}</span>
          </h3>
          <RevisionList
            history={value}
            chosen={selected}
            onChoose={(revision) => {
              setChosen(revision);
              choose(revision);
            }}
          />
        </section>
        <section className="history-page__compare" aria-labelledby="history-compare-heading">
          <div className="history-page__compare-head">
            <h3 id="history-compare-heading" className="history-page__section-title">
              {t('history.compare')}
            </h3>
            {selected !== value.revision && (
              <button
                type="button"
                className="button button--primary button--small"
                data-testid="history-revert"
                onClick={() => {
                  setRevertError(null);
                  setAsking(selected);
                }}
              >
                {t('history.revert')} ({t('history.revision', { number: formatNumber(selected) })})
              </button>
            )}
          </div>
          {value.revisions.length < 2 ? (
            <p className="muted">{t('history.onlyOne')}</p>
          ) : (
            <>
              <PairPicker history={value} pair={pair ?? pairFor(value, value.revision)} onChange={setPair} />
              {comparison === null && <p className="muted">{t('history.noChange')}</p>}
              {comparison?.kind === 'loading' && <p className="muted">{t('history.comparing')}</p>}
              {comparison?.kind === 'failed' && (
                <p className="history-page__problem" role="alert">
                  {t('history.compareFailed', { reason: t(errorKey(comparison.error.code)) })}
                </p>
              )}
              {comparison?.kind === 'ready' && <RevisionDiff comparison={comparison.value} />}
            </>
          )}
        </section>
      </div>
      {asking !== null && (
        <RevertDialog revision={asking} busy={busy} error={revertError} onConfirm={() => void confirmRevert()} onCancel={() => setAsking(null)} />
      )}
    </section>
  );
}
