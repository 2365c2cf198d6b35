/**
 * A story's date from the dateline at its start, for an import that carried no date: the place,
 * the day (Solar Hijri or Gregorian, in any digits) and often the agency, closed by a dash, as
 * the agencies open their copy:
 *
 *   «تهران - ۱۶ آذر ۱۳۹۵ (ایرنا) -»     «تهران، دوشنبه ۱۶ آذرماه ۱۳۹۵ -»
 *   «جاکارتا - ۷ دسامبر ۲۰۱۷ -»          «۱۳۹۵/۰۹/۱۶ - …»
 *
 * Only the very start counts, and only with the closing dash: a date later in the story is
 * history, not the story's date («در شانزدهم آذرماه 1376 برگزار شد» is an earlier summit), and
 * a sentence that merely begins with a date («۱۶ آذر ۱۳۷۶ هشتمین اجلاس …») has no dateline.
 */
import { jalaaliMonthLength, toGregorian } from 'jalaali-js';

export interface DatelineFound {
  /** The Gregorian day, `YYYY-MM-DD`. */
  day: string;
  /** The place before the date, when the dateline names one. */
  place: string | null;
}

const SOLAR_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const GREGORIAN_MONTHS: ReadonlyArray<readonly string[]> = [
  ['ژانویه', 'ژانویهٔ', 'ژانویۀ'],
  ['فوریه', 'فوریهٔ'],
  ['مارس'],
  ['آوریل'],
  ['مه', 'می'],
  ['ژوئن'],
  ['ژوئیه', 'جولای'],
  ['اوت', 'آگوست'],
  ['سپتامبر'],
  ['اکتبر'],
  ['نوامبر'],
  ['دسامبر'],
];
const WEEKDAYS = ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'سه شنبه', 'چهارشنبه', 'پنجشنبه', 'پنج‌شنبه', 'پنج شنبه', 'جمعه'];

/** Years below this are Solar Hijri (as the command line reads them: 1700 SH is 2321 AD). */
const FIRST_GREGORIAN_YEAR = 1700;
/** A dateline is short: its closing dash comes within this many characters of the start. */
const MAX_DATELINE = 90;

const alternatives = (words: readonly string[]) => words.map((word) => word.replace(/ /g, '\\s+').replace(/\u200c/g, '[\\u200c\\s]?')).join('|');
const MONTH_NAMES = [...SOLAR_MONTHS, ...GREGORIAN_MONTHS.flat()];
const DASH = '[-–—]';
const PLACE = `(?<place>[\\p{L}\\u200c]+(?:\\s+[\\p{L}\\u200c]+){0,2})\\s*(?:${DASH}|[،,])\\s*`;
const AGENCY_FIRST = `(?:[\\p{L}\\u200c]+(?:\\s+[\\p{L}\\u200c]+)?\\s*${DASH}\\s*)?`;
const WEEKDAY = `(?:(?:${alternatives(WEEKDAYS)})\\s*[،,]?\\s*)?`;
const NAMED_DATE = `(?<day>\\d{1,2})\\s+(?<month>${alternatives(MONTH_NAMES)})(?:\\s*ماه)?\\s*[،,]?\\s+(?<year>\\d{4})`;
const NUMERIC_DATE = `(?<ny>\\d{4})[/\\-.](?<nm>\\d{1,2})[/\\-.](?<nd>\\d{1,2})`;
const AGENCY_AFTER = `(?:\\s*[(（][^()（）]{1,30}[)）])?`;
const DATELINE = new RegExp(`^\\s*(?:${PLACE})?${AGENCY_FIRST}${WEEKDAY}(?:${NAMED_DATE}|${NUMERIC_DATE})${AGENCY_AFTER}\\s*${DASH}`, 'u');

/** Persian and Arabic-Indic digits to ASCII. */
function latinDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

export function datelineInText(text: string): DatelineFound | null {
  const opening = latinDigits(text.slice(0, MAX_DATELINE + 20)).replace(/\u0640/g, '');
  const match = DATELINE.exec(opening);
  if (!match || match[0].length > MAX_DATELINE) return null;
  const groups = match.groups ?? {};
  const place = groups.place?.trim() || null;
  if (groups.month !== undefined) {
    const month = monthNumber(groups.month);
    if (month === null) return null;
    const day = toIsoDay(Number(groups.year), month.number, Number(groups.day), month.calendar);
    return day === null ? null : { day, place };
  }
  const year = Number(groups.ny);
  const day = toIsoDay(year, Number(groups.nm), Number(groups.nd), year < FIRST_GREGORIAN_YEAR ? 'solar-hijri' : 'gregorian');
  return day === null ? null : { day, place };
}

function monthNumber(name: string): { number: number; calendar: 'solar-hijri' | 'gregorian' } | null {
  const solar = SOLAR_MONTHS.indexOf(name);
  if (solar !== -1) return { number: solar + 1, calendar: 'solar-hijri' };
  const gregorian = GREGORIAN_MONTHS.findIndex((names) => names.includes(name));
  return gregorian === -1 ? null : { number: gregorian + 1, calendar: 'gregorian' };
}

/** Null for a day that does not exist (a dateline typo is no date). */
function toIsoDay(year: number, month: number, day: number, calendar: 'solar-hijri' | 'gregorian'): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (calendar === 'solar-hijri') {
    if (year < 1200 || year >= FIRST_GREGORIAN_YEAR || day > jalaaliMonthLength(year, month)) return null;
    const { gy, gm, gd } = toGregorian(year, month, day);
    return iso(gy, gm, gd);
  }
  if (year < FIRST_GREGORIAN_YEAR || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return iso(year, month, day);
}

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
