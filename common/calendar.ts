/**
 * The calendar arithmetic every front door shares: the archive stores Gregorian days (ISO
 * `YYYY-MM-DD`), the reader sees Solar Hijri with the Gregorian day beside it. jalaali-js does
 * the arithmetic so no display depends on the ICU build's calendar data.
 */
import { toJalaali } from 'jalaali-js';

export type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

export interface SolarHijriDay {
  year: number;
  month: MonthNumber;
  day: number;
}

/** For output made outside the UI's message catalogue (exports); the UI names months from its own. */
export const PERSIAN_MONTH_NAMES = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'] as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isoDayToSolarHijri(isoDay: string): SolarHijriDay | null {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return null;
  const { jy, jm, jd } = toJalaali(Number(match[1]), Number(match[2]), Number(match[3]));
  return { year: jy, month: jm as MonthNumber, day: jd };
}

/** Made on first use: loading the locale's data costs a command's start-up tens of milliseconds. */
let gregorianDayFormat: Intl.DateTimeFormat | undefined;

/** "28 Nov 2026": a Latin-script date, so it keeps Latin digits whatever the preference. */
export function formatGregorianDay(isoDay: string): string {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return isoDay;
  gregorianDayFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return gregorianDayFormat.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
