/**
 * Why the archive read the query differently from how it was typed, or found nothing to look
 * for, in the reader's language; and, while the index is rebuilt, how far along it is.
 */
import type { IndexStatus, SearchNotice } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { searchNoticeKey } from '../../i18n/messages';
import { percentDone } from '../../search/useIndexProgress';

interface SearchNoticesProps {
  notices: readonly SearchNotice[];
  indexStatus: IndexStatus | null;
}

// blank_input only comes with a filter-only search, which is a deliberate browse: nothing to say.
const SILENT: ReadonlySet<SearchNotice> = new Set(['blank_input', 'index_rebuilding']);

function IndexRebuilding({ status }: { status: IndexStatus | null }) {
  const { t, formatNumber } = useI18n();
  const percent = percentDone(status);
  const label = t('search.notice.index_rebuilding', { percent: formatNumber(percent) });
  return (
    <div className="search-notice search-notice--progress" data-testid="search-notice" data-notice="index_rebuilding" role="status">
      <span>{label}</span>
      <div className="search-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="search-progress__bar" style={{ inlineSize: `${percent}%` }} />
      </div>
      <span className="search-notice__hint">{t('search.indexRebuildingHint')}</span>
    </div>
  );
}

export function SearchNotices({ notices, indexStatus }: SearchNoticesProps) {
  const { t } = useI18n();
  const shown = [...new Set(notices)].filter((notice) => !SILENT.has(notice));
  const rebuilding = notices.includes('index_rebuilding');
  if (shown.length === 0 && !rebuilding) return null;
  return (
    <div className="search-notices">
      {rebuilding && <IndexRebuilding status={indexStatus} />}
      {shown.map((notice) => (
        <p key={notice} className="search-notice" data-testid="search-notice" data-notice={notice} role="status">
          {t(searchNoticeKey(notice))}
        </p>
      ))}
    </div>
  );
}
