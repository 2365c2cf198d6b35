/**
 * The dateline date: stored as ISO `YYYY-MM-DD` (Gregorian), chosen and shown in the Solar
 * Hijri calendar with the Gregorian day beside it. Three selects, so no date can be typed
 * wrong; the value changes only once day, month and year are all chosen.
 */
import { useId, useState } from 'react';
import {
  daysInSolarHijriMonth,
  isoDayToSolarHijri,
  localIsoDay,
  solarHijriToday,
  solarHijriToIsoDay,
} from '../../i18n/dates';
import { useI18n } from '../../i18n/I18nProvider';
import type { MonthNumber } from '../../i18n/messages';
import './SolarHijriDatePicker.css';

interface PartialDay {
  year: number | null;
  month: MonthNumber | null;
  day: number | null;
}

const MONTHS: MonthNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** The archive reaches back decades; a year outside this range is still shown if stored. */
const FIRST_YEAR = 1340;

function partsOf(isoDay: string | null): PartialDay {
  const day = isoDay ? isoDayToSolarHijri(isoDay) : null;
  return day ? { year: day.year, month: day.month, day: day.day } : { year: null, month: null, day: null };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}

interface SolarHijriDatePickerProps {
  value: string | null;
  onChange: (isoDay: string | null) => void;
  labelId: string;
}

export function SolarHijriDatePicker({ value, onChange, labelId }: SolarHijriDatePickerProps) {
  const { t, formatDigits, formatDay, formatGregorianDay, monthNames } = useI18n();
  const [parts, setParts] = useState<PartialDay>(() => partsOf(value));
  const dayId = useId();
  const monthId = useId();
  const yearId = useId();

  const thisYear = solarHijriToday().year;
  const years = range(Math.min(FIRST_YEAR, parts.year ?? FIRST_YEAR), Math.max(thisYear + 1, parts.year ?? 0)).reverse();
  const dayCount = parts.year && parts.month ? daysInSolarHijriMonth(parts.year, parts.month) : 31;

  const update = (changes: Partial<PartialDay>) => {
    const next = { ...parts, ...changes };
    // Esfand 30 exists only in leap years; a day past the month's end moves to its last day.
    if (next.year && next.month && next.day) {
      next.day = Math.min(next.day, daysInSolarHijriMonth(next.year, next.month));
    }
    setParts(next);
    if (next.year && next.month && next.day) {
      const isoDay = solarHijriToIsoDay({ year: next.year, month: next.month, day: next.day });
      if (isoDay && isoDay !== value) onChange(isoDay);
    }
  };

  const setFromIso = (isoDay: string | null) => {
    setParts(partsOf(isoDay));
    if (isoDay !== value) onChange(isoDay);
  };

  const numberOrNull = (text: string) => (text === '' ? null : Number(text));

  return (
    <div className="date-picker" role="group" aria-labelledby={labelId}>
      <div className="date-picker__selects">
        <label className="visually-hidden" htmlFor={dayId}>
          {t('date.day')}
        </label>
        <select id={dayId} value={parts.day ?? ''} onChange={(event) => update({ day: numberOrNull(event.target.value) })}>
          <option value="">{t('date.day')}</option>
          {range(1, dayCount).map((day) => (
            <option key={day} value={day}>
              {formatDigits(String(day))}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={monthId}>
          {t('date.month')}
        </label>
        <select
          id={monthId}
          value={parts.month ?? ''}
          onChange={(event) => update({ month: numberOrNull(event.target.value) as MonthNumber | null })}
        >
          <option value="">{t('date.month')}</option>
          {MONTHS.map((month) => (
            <option key={month} value={month}>
              {monthNames(month)}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={yearId}>
          {t('date.year')}
        </label>
        <select id={yearId} value={parts.year ?? ''} onChange={(event) => update({ year: numberOrNull(event.target.value) })}>
          <option value="">{t('date.year')}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {formatDigits(String(year))}
            </option>
          ))}
        </select>
      </div>
      <div className="date-picker__footer">
        <output className="date-picker__shown" aria-live="polite">
          {value ? (
            <>
              <span>{formatDay(value)}</span>
              <bdi className="date-picker__gregorian" dir="ltr" lang="en">
                {formatGregorianDay(value)}
              </bdi>
            </>
          ) : (
            <span className="muted">{t('date.none')}</span>
          )}
        </output>
        <span className="date-picker__actions">
          <button type="button" className="button button--small" onClick={() => setFromIso(localIsoDay())}>
            {t('date.today')}
          </button>
          {value && (
            <button type="button" className="button button--small" onClick={() => setFromIso(null)}>
              {t('date.clear')}
            </button>
          )}
        </span>
      </div>
    </div>
  );
}
