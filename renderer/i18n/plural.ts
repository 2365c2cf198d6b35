/**
 * A count in a sentence, in the grammatical number its language asks for: English says
 * "1 article" and "2 articles", Persian «۱ خبر» and «۲ خبر» alike. Which form a count takes
 * is CLDR's rule for the language (Intl.PluralRules), not a test for 1; every counted message
 * has its `…One` key beside it, the same text in Persian.
 */
import type { I18n } from './I18nProvider';
import type { MessageKey } from './messages';

const rules = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) rules.set(locale, (found = new Intl.PluralRules(locale)));
  return found;
}

/** The `one` key when the language calls `count` singular, else `many`. */
export function pluralKey(locale: string, count: number, many: MessageKey, one: MessageKey): MessageKey {
  return pluralRules(locale).select(count) === 'one' ? one : many;
}

export function counted({ t, formatNumber, locale }: Pick<I18n, 't' | 'formatNumber' | 'locale'>, many: MessageKey, one: MessageKey, count: number): string {
  return t(pluralKey(locale, count, many, one), { count: formatNumber(count) });
}
