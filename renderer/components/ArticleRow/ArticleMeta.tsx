/**
 * The line under a headline in a list: desk, workflow status, and the story's day in Solar
 * Hijri (or, without a dateline, when it last changed) with the Gregorian day beside it. Shared by the archive list and the search results so the two read alike.
 */
import type { ArticleStatus } from '../../../common/contract';
import { DualDate } from '../DualDate/DualDate';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey } from '../../i18n/messages';
import './ArticleRow.css';

interface ArticleMetaProps {
  desk: string;
  status: ArticleStatus;
  datelineDate: string | null;
  updatedAt: string;
}

function StoryDate({ datelineDate, updatedAt }: Pick<ArticleMetaProps, 'datelineDate' | 'updatedAt'>) {
  return datelineDate ? (
    <DualDate className="article-meta__date" isoDay={datelineDate} />
  ) : (
    <DualDate className="article-meta__date" timestamp={updatedAt} />
  );
}

export function ArticleMeta({ desk, status, datelineDate, updatedAt }: ArticleMetaProps) {
  const { t } = useI18n();
  return (
    <span className="article-meta">
      {desk.trim() && <span className="article-meta__desk">{desk}</span>}
      <span className={`article-meta__status article-meta__status--${status}`}>{t(statusKey(status))}</span>
      <StoryDate datelineDate={datelineDate} updatedAt={updatedAt} />
    </span>
  );
}
