/**
 * Digits follow the reader's preference, not the locale: a Persian desk may want Latin digits
 * for figures copied into wire copy, an English UI may still show Persian ones.
 */
import type { Preferences } from '../../common/contract';
import { toPersianDigits } from '../../common/persian-digits';

export { toPersianDigits };

export type DigitStyle = Preferences['digits'];

const PERSIAN_THOUSANDS_SEPARATOR = '٬';

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII. */
export function toLatinDigits(text: string): string {
  return text
    .replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
}

export function localizeDigits(text: string, style: DigitStyle): string {
  return style === 'persian' ? toPersianDigits(text) : toLatinDigits(text);
}

/**
 * One formatter for every count on screen: `toLocaleString` with options builds a new one on
 * each call (about 0.05 ms), and a save re-renders the list, the panels and their counts.
 */
const GROUPED_INTEGER = new Intl.NumberFormat('en-US', { useGrouping: true, maximumFractionDigits: 0 });

/** An integer with thousands grouped: «۱۲٬۳۴۵» or "12,345". */
export function formatInteger(value: number, style: DigitStyle): string {
  const grouped = GROUPED_INTEGER.format(Math.trunc(value));
  return style === 'persian' ? toPersianDigits(grouped).replace(/,/g, PERSIAN_THOUSANDS_SEPARATOR) : grouped;
}
