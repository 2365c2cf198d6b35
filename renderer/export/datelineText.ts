/**
 * The dateline the newsroom way for the renderer's documents: the place, then the day in Solar
 * Hijri («۱۶ آذر ۱۳۹۶»), then optionally the Gregorian day in parentheses, isolated
 * left-to-right so its parentheses stay in place inside a Persian line.
 */
import type { I18n } from '../i18n/I18nProvider';

const LRI = '\u2066';
const PDI = '\u2069';

export function datelineText(
  place: string,
  isoDay: string | null,
  i18n: Pick<I18n, 'formatDay' | 'formatGregorianDay' | 'locale'>,
  withGregorian: boolean,
): string {
  const parts: string[] = [];
  if (place.trim()) parts.push(place.trim());
  if (isoDay) {
    const gregorian = withGregorian ? ` (${LRI}${i18n.formatGregorianDay(isoDay)}${PDI})` : '';
    parts.push(`${i18n.formatDay(isoDay)}${gregorian}`);
  }
  return parts.join(i18n.locale === 'fa' ? '، ' : ', ');
}
