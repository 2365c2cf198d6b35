/**
 * New names across the archive: people named beside a post whom the archive does not know
 * yet, article by article, each to add to the names (a person confirmed in that article, and
 * suggested in the others that name them) or to dismiss.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NameProposal } from '../../../common/contract';
import type { ApiError } from '../../../common/result';
import { useApi } from '../../api/ApiContext';
import { useI18n } from '../../i18n/I18nProvider';
import { useDeskNavigation } from '../../navigation';
import { workbenchErrorKey } from '../../workbench/workbenchErrors';
import { NameProposalItem } from '../names/NameProposalItem';

const PAGE = 50;

interface Row {
  articleId: string;
  headline: string;
  proposal: NameProposal;
}

export function ArchiveProposals({ refreshKey }: { refreshKey: string }) {
  const api = useApi();
  const { t } = useI18n();
  const navigation = useDeskNavigation();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const request = useRef(0);

  const load = useCallback(async () => {
    const mine = ++request.current;
    const result = await api.listSuggestedNames({ limit: PAGE });
    if (mine !== request.current) return;
    if (result.ok) setRows(result.value);
    setError(result.ok ? null : result.error);
  }, [api]);

  useEffect(() => {
    if (refreshKey !== 'running') void load();
  }, [load, refreshKey]);

  const decide = async (row: Row, add: boolean) => {
    const key = `${row.articleId}:${row.proposal.name}`;
    setBusy(key);
    const result = add
      ? await api.acceptNameProposal({ articleId: row.articleId, name: row.proposal.name })
      : await api.dismissNameProposal({ articleId: row.articleId, name: row.proposal.name });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    await load();
  };

  if (!rows || (rows.length === 0 && !error)) return null;
  return (
    <section className="detection-review__suggestions" aria-labelledby="detection-proposals-heading" data-testid="archive-proposals">
      <h3 id="detection-proposals-heading" className="entity-page__section-title">
        {t('names.proposals')}
      </h3>
      <p className="muted">{t('names.proposalsHint')}</p>
      {error && (
        <p className="entity-page__problem" role="alert">
          {t('names.failed', { reason: t(workbenchErrorKey(error.code)) })}
        </p>
      )}
      <ul className="mention-list">
        {rows.map((row) => (
          <li key={`${row.articleId}:${row.proposal.name}`} className="suggestion-proposal">
            <button type="button" className="suggestion-group__headline" dir="auto" onClick={() => navigation?.openArticle(row.articleId)}>
              {row.headline.trim() || t('archive.untitled')}
            </button>
            <ul className="mention-list">
              <NameProposalItem
                proposal={row.proposal}
                busy={busy === `${row.articleId}:${row.proposal.name}`}
                onAdd={() => void decide(row, true)}
                onDismiss={() => void decide(row, false)}
              />
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
