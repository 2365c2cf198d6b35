/**
 * The dateline as exports write it: the place, then the day in Solar Hijri with Persian digits
 * («۱۶ آذر ۱۳۹۶») and the Gregorian day beside it ("7 Dec 2017") for wire copy, as the app
 * shows dates.
 */
import { formatGregorianDay, isoDayToSolarHijri, PERSIAN_MONTH_NAMES } from '../../common/calendar';
import { toPersianDigits } from '../../common/persian-digits';

export interface DatelineParts {
  place: string;
  /** The stored Gregorian day, `YYYY-MM-DD`, for `<time datetime>`; null when undated. */
  isoDay: string | null;
  solarHijri: string | null;
  gregorian: string | null;
}

export function datelineParts(place: string, isoDay: string | null): DatelineParts | null {
  const trimmedPlace = place.trim();
  const day = isoDay === null ? null : isoDayToSolarHijri(isoDay);
  if (trimmedPlace === '' && day === null) return null;
  return {
    place: trimmedPlace,
    isoDay: day ? isoDay : null,
    solarHijri: day ? toPersianDigits(`${day.day} ${PERSIAN_MONTH_NAMES[day.month - 1]} ${day.year}`) : null,
    gregorian: day && isoDay ? formatGregorianDay(isoDay) : null,
  };
}

/** Left-to-right isolate and its end: a Latin date inside Persian keeps its parentheses in place. */
const LRI = '\u2066';
const PDI = '\u2069';

/** «تهران، ۱۶ آذر ۱۳۹۶ (7 Dec 2017)» as plain text, the Gregorian day isolated left-to-right. */
export function datelineText(parts: DatelineParts): string {
  const date = parts.solarHijri ? `${parts.solarHijri} (${LRI}${parts.gregorian}${PDI})` : '';
  return [parts.place, date].filter(Boolean).join('، ');
}
