/**
 * A date as a Persian desk reads it: Solar Hijri first, the Gregorian day beside it in a
 * quieter type for wire copy and foreign sources. Takes either a calendar day or a timestamp.
 */
import { localIsoDay, parseTimestamp } from '../../i18n/dates';
import { useI18n } from '../../i18n/I18nProvider';
import './DualDate.css';

type DualDateProps = { className?: string } & ({ isoDay: string; timestamp?: never } | { timestamp: string; isoDay?: never });

export function DualDate({ isoDay, timestamp, className }: DualDateProps) {
  const { formatDay, formatGregorianDay, formatTimestamp, calendarFirst } = useI18n();
  const parsed = timestamp === undefined ? null : parseTimestamp(timestamp);
  const gregorianDay = isoDay ?? (parsed ? localIsoDay(parsed) : null);
  return (
    <time
      className={['dual-date', calendarFirst === 'gregorian' && 'dual-date--gregorian-first', className].filter(Boolean).join(' ')}
      dateTime={isoDay ?? timestamp}
    >
      <span className="dual-date__hijri">{isoDay ? formatDay(isoDay) : formatTimestamp(timestamp!)}</span>
      {gregorianDay && (
        <span className="dual-date__gregorian" dir="ltr" lang="en">
          {formatGregorianDay(gregorianDay)}
        </span>
      )}
    </time>
  );
}
