/**
 * An entity's coverage as a thread: the articles it is confirmed in, newest first, under one
 * heading per Solar Hijri month («آذر ۱۴۰۵»), each with its story day in both calendars. Stories
 * imported without any date come last, apart, under «بدون تاریخ»: never under the day of the
 * import.
 */
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../common/constants';
import type { EntityTimelineItem } from '../../../common/contract';
import { isoDayToSolarHijri } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { statusKey, type MonthNumber } from '../../i18n/messages';
import { DualDate } from '../DualDate/DualDate';
import { counted } from '../../i18n/plural';

interface MonthGroup {
  key: string;
  year: number | null;
  month: MonthNumber | null;
  items: EntityTimelineItem[];
}

/** Groups keep the items' order (newest first), so the months come newest first too. */
export function groupByMonth(items: readonly EntityTimelineItem[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const item of items) {
    const day = item.day === null ? null : isoDayToSolarHijri(item.day);
    const key = day ? `${day.year}-${day.month}` : 'undated';
    let group = groups[groups.length - 1];
    if (!group || group.key !== key) {
      group = { key, year: day?.year ?? null, month: day?.month ?? null, items: [] };
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}

const isStatus = (status: string): status is ArticleStatus => (ARTICLE_STATUSES as readonly string[]).includes(status);

interface EntityTimelineProps {
  items: EntityTimelineItem[];
  onOpen: (articleId: string) => void;
}

export function EntityTimeline({ items, onOpen }: EntityTimelineProps) {
  const i18n = useI18n();
  const { t, monthNames, formatDigits } = i18n;
  const groups = groupByMonth(items);

  return (
    <ol className="entity-timeline">
      {groups.map((group) => (
        <li key={group.key} className="entity-timeline__month" data-testid="entity-timeline-month" data-undated={group.key === 'undated' || undefined}>
          <h4 className="entity-timeline__month-heading">
            <span>
              {group.year !== null && group.month !== null
                ? formatDigits(`${monthNames(group.month)} ${group.year}`)
                : t('date.none')}
            </span>
            <span className="entity-timeline__month-count">{counted(i18n, 'entity.timeline.count', 'entity.timeline.countOne', group.items.length)}</span>
          </h4>
          <ul className="entity-timeline__items">
            {group.items.map((item) => (
              <li key={item.articleId}>
                <button
                  type="button"
                  className="entity-timeline__item"
                  data-testid="entity-timeline-item"
                  onClick={() => onOpen(item.articleId)}
                >
                  <span className="entity-timeline__headline" dir="auto">
                    {item.headline.trim() || t('archive.untitled')}
                  </span>
                  <span className="entity-timeline__meta">
                    {item.day !== null && <DualDate isoDay={item.day} />}
                    {isStatus(item.status) && (
                      <span className={`article-meta__status article-meta__status--${item.status}`}>{t(statusKey(item.status))}</span>
                    )}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
