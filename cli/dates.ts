/**
 * The days `--from` and `--to` accept: a Gregorian ISO date (`2017-12-07`) or a Solar Hijri
 * one (`1396-09-16`, `۱۳۹۶/۰۹/۱۶`), in Persian, Arabic-Indic or Latin digits. A year below
 * 1700 can only be Solar Hijri in a news archive, so that is how the calendar is told apart.
 * The archive stores Gregorian days, so a Solar Hijri day is converted here.
 */
import { jalaaliMonthLength, toGregorian } from 'jalaali-js';
import { UsageError } from './io';

/** Years below this are Solar Hijri (1700 SH is 2321 AD; 1700 AD is 1078 SH). */
export const FIRST_GREGORIAN_YEAR = 1700;

const SOLAR_HIJRI_MONTHS = [
  'Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar',
  'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand',
];
const GREGORIAN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const DAY_PATTERN = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const HOW_TO_WRITE = 'write YYYY-MM-DD, a Gregorian date like 2017-12-07 or a Solar Hijri one like 1396-09-16';

export interface ParsedDay {
  /** The Gregorian day as ISO 8601 `YYYY-MM-DD`, what the archive compares with. */
  iso: string;
  calendar: 'gregorian' | 'solar-hijri';
}

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII. */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** `option` names the option in messages (`--from`); throws a UsageError for anything but a real day. */
export function parseDay(value: string, option: string): ParsedDay {
  const typed = value.trim();
  const match = DAY_PATTERN.exec(toLatinDigits(typed));
  const problem = (reason: string) => new UsageError(`${option} "${typed}" is not a date: ${reason}`);
  if (!match) throw problem(HOW_TO_WRITE);
  const [, yearText, , monthText, dayText] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (year === 0) throw problem(`there is no year 0 (${HOW_TO_WRITE})`);
  if (month < 1 || month > 12) throw problem(`there is no month ${month}; months run from 1 to 12`);

  if (year < FIRST_GREGORIAN_YEAR) {
    const length = jalaaliMonthLength(year, month);
    if (day < 1 || day > length) {
      throw problem(`${SOLAR_HIJRI_MONTHS[month - 1]} ${year} (Solar Hijri) has ${length} days`);
    }
    const { gy, gm, gd } = toGregorian(year, month, day);
    return { iso: isoDay(gy, gm, gd), calendar: 'solar-hijri' };
  }
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > length) throw problem(`${GREGORIAN_MONTHS[month - 1]} ${year} has ${length} days`);
  return { iso: isoDay(year, month, day), calendar: 'gregorian' };
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
