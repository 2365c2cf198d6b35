/**
 * The kept revisions, newest first: when each was saved, its body's words, what it added and
 * took away, and what made it (a status set, a revert, a delete). Choosing one shows what it
 * changed.
 */
import type { ArticleHistory, RevisionSummary } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey } from '../../i18n/messages';
import { DualDate } from '../DualDate/DualDate';

interface RevisionListProps {
  history: ArticleHistory;
  chosen: number;
  onChoose: (revision: number) => void;
}

function RevisionNotes({ revision }: { revision: RevisionSummary }) {
  const { t, formatNumber } = useI18n();
  const notes: string[] = [];
  if (revision.kind === 'revert' && revision.revertedFrom !== null) notes.push(t('history.kind.revert', { number: formatNumber(revision.revertedFrom) }));
  if (revision.kind === 'delete') notes.push(t('history.kind.delete'));
  if (revision.kind === 'restore') notes.push(t('history.kind.restore'));
  if (revision.statusChanged) notes.push(t('history.statusSet', { status: t(statusKey(revision.status)) }));
  if (notes.length === 0) return null;
  return (
    <span className="history-list__notes">
      {notes.map((note) => (
        <span key={note} className="history-list__note">
          {note}
        </span>
      ))}
    </span>
  );
}

export function RevisionList({ history, chosen, onChoose }: RevisionListProps) {
  const { t, formatNumber } = useI18n();
  return (
    <ol className="history-list" data-testid="history-list" aria-label={t('history.listLabel')}>
      {history.revisions.map((revision) => {
        const change = t('history.changeLabel', { added: formatNumber(revision.wordsAdded), removed: formatNumber(revision.wordsRemoved) });
        return (
          <li key={revision.revision}>
            <button
              type="button"
              className="history-list__item"
              data-testid="history-revision"
              data-revision={revision.revision}
              aria-pressed={revision.revision === chosen}
              onClick={() => onChoose(revision.revision)}
            >
              <span className="history-list__top">
                <span className="history-list__number">{t('history.revision', { number: formatNumber(revision.revision) })}</span>
                {revision.revision === history.revision && <span className="history-list__current">{t('history.current')}</span>}
              </span>
              <DualDate timestamp={revision.savedAt} className="history-list__date" />
              <span className="history-list__counts">
                <span>{t('history.words', { count: formatNumber(revision.words) })}</span>
                <span className="history-list__change" aria-label={change} title={change}>
                  {/* Each sign stays before its number in a right-to-left line. */}
                  <bdi className="history-list__added" dir="ltr" aria-hidden="true">
                    {t('history.added', { count: formatNumber(revision.wordsAdded) })}
                  </bdi>
                  <bdi className="history-list__removed" dir="ltr" aria-hidden="true">
                    {t('history.removed', { count: formatNumber(revision.wordsRemoved) })}
                  </bdi>
                </span>
              </span>
              <RevisionNotes revision={revision} />
            </button>
          </li>
        );
      })}
    </ol>
  );
}
