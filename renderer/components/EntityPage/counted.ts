/** A count in a sentence: Persian says «۱ خبر» and «۲ خبر» alike, English needs "1 article". */
import type { I18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';

export function counted({ t, formatNumber }: Pick<I18n, 't' | 'formatNumber'>, many: MessageKey, one: MessageKey, count: number): string {
  return t(count === 1 ? one : many, { count: formatNumber(count) });
}
