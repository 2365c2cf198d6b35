/**
 * Dates are stored Gregorian (ISO `YYYY-MM-DD`, timestamps in ISO 8601) and shown in the Solar
 * Hijri calendar, with the Gregorian day beside it for wire copy. jalaali-js does the calendar
 * arithmetic so the display never depends on the ICU build's calendar data.
 */
import { isValidJalaaliDate, jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';
import { isoDayToSolarHijri, type MonthNumber, type SolarHijriDay } from '../../common/calendar';
import { localizeDigits, type DigitStyle } from './digits';

export { formatGregorianDay, isoDayToSolarHijri, type SolarHijriDay } from '../../common/calendar';

/** The Solar Hijri month names in the reader's language. */
export type MonthNames = (month: MonthNumber) => string;

const pad2 = (n: number) => String(n).padStart(2, '0');

export function solarHijriToIsoDay({ year, month, day }: SolarHijriDay): string | null {
  if (!isValidJalaaliDate(year, month, day)) return null;
  const { gy, gm, gd } = toGregorian(year, month, day);
  return `${String(gy).padStart(4, '0')}-${pad2(gm)}-${pad2(gd)}`;
}

export function daysInSolarHijriMonth(year: number, month: MonthNumber): number {
  return jalaaliMonthLength(year, month);
}

export function localIsoDay(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

export function solarHijriToday(): SolarHijriDay {
  const { jy, jm, jd } = toJalaali(new Date());
  return { year: jy, month: jm as MonthNumber, day: jd };
}

/** «۷ آذر ۱۴۰۵» or "7 Azar 1405". */
export function formatSolarHijriDay(isoDay: string, monthNames: MonthNames, digits: DigitStyle): string {
  const day = isoDayToSolarHijri(isoDay);
  if (!day) return isoDay;
  return localizeDigits(`${day.day} ${monthNames(day.month)} ${day.year}`, digits);
}

/**
 * Timestamps should be ISO 8601 with a zone; SQLite's `YYYY-MM-DD HH:MM:SS` (UTC, no zone)
 * is accepted too, since `new Date()` would read that as local time.
 */
export function parseTimestamp(timestamp: string): Date | null {
  const sqliteStyle = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(timestamp);
  const date = new Date(sqliteStyle ? `${timestamp.replace(' ', 'T')}Z` : timestamp);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** «۱۴:۰۵» in the reader's local time. */
export function formatClockTime(timestamp: string | Date, digits: DigitStyle): string {
  const date = typeof timestamp === 'string' ? parseTimestamp(timestamp) : timestamp;
  if (!date) return '';
  return localizeDigits(`${pad2(date.getHours())}:${pad2(date.getMinutes())}`, digits);
}

/** «۷ آذر ۱۴۰۵، ۱۴:۰۵» in the reader's local time. */
export function formatTimestamp(
  timestamp: string,
  monthNames: MonthNames,
  digits: DigitStyle,
  separator: string,
): string {
  const date = parseTimestamp(timestamp);
  if (!date) return timestamp;
  return `${formatSolarHijriDay(localIsoDay(date), monthNames, digits)}${separator}${formatClockTime(date, digits)}`;
}
