/**
 * Why the archive read the query differently from how it was typed, or found nothing to look
 * for, in the reader's language; and, while the index is rebuilt, how far along it is, with
 * the way to stop it (and to start it again, while the index stays incomplete).
 */
import type { SearchNotice } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { searchNoticeKey } from '../../i18n/messages';
import { percentOf } from '../../jobs/watchJob';
import type { IndexRebuild } from '../../search/useIndexProgress';
import { JobProgress } from '../JobProgress/JobProgress';

interface SearchNoticesProps {
  notices: readonly SearchNotice[];
  rebuild: IndexRebuild;
}

// blank_input only comes with a filter-only search, which is a deliberate browse: nothing to say.
const SILENT: ReadonlySet<SearchNotice> = new Set(['blank_input', 'index_rebuilding', 'index_incomplete']);

function IndexRebuilding({ rebuild }: { rebuild: IndexRebuild }) {
  const { t, formatNumber } = useI18n();
  const percent = percentOf(rebuild.progress);
  return (
    <div className="search-notice" data-testid="search-notice" data-notice="index_rebuilding">
      <JobProgress
        testId="index-rebuild"
        label={t('search.notice.index_rebuilding', { percent: formatNumber(percent) })}
        percent={percent}
        onCancel={rebuild.progress ? rebuild.cancel : undefined}
        cancelling={rebuild.cancelling}
        hint={t('search.indexRebuildingHint')}
      />
    </div>
  );
}

function IndexIncomplete({ rebuild }: { rebuild: IndexRebuild }) {
  const { t } = useI18n();
  return (
    <div className="search-notice search-notice--action" data-testid="search-notice" data-notice="index_incomplete" role="status">
      <span>{t('search.notice.index_incomplete')}</span>
      <button type="button" className="button button--small" data-testid="index-rebuild-restart" onClick={rebuild.restart}>
        {t('search.indexRebuild')}
      </button>
    </div>
  );
}

export function SearchNotices({ notices, rebuild }: SearchNoticesProps) {
  const { t } = useI18n();
  const shown = [...new Set(notices)].filter((notice) => !SILENT.has(notice));
  const rebuilding = notices.includes('index_rebuilding');
  const incomplete = notices.includes('index_incomplete');
  if (shown.length === 0 && !rebuilding && !incomplete) return null;
  return (
    <div className="search-notices">
      {rebuilding && <IndexRebuilding rebuild={rebuild} />}
      {incomplete && <IndexIncomplete rebuild={rebuild} />}
      {shown.map((notice) => (
        <p key={notice} className="search-notice" data-testid="search-notice" data-notice={notice} role="status">
          {t(searchNoticeKey(notice))}
        </p>
      ))}
    </div>
  );
}
