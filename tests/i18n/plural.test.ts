/**
 * Counts in sentences take the grammatical number of the window's language: "1 article" in
 * English, not "1 articles"; Persian says «۱ خبر» and «۲ خبر» alike.
 */
import { describe, expect, it } from 'vitest';
import { formatInteger } from '../../renderer/i18n/digits';
import { formatMessage, MESSAGES, type MessageKey } from '../../renderer/i18n/messages';
import { counted } from '../../renderer/i18n/plural';

function i18nFor(locale: 'fa' | 'en') {
  return {
    locale,
    t: (key: MessageKey, params?: Record<string, string | number>) => formatMessage(MESSAGES[locale][key], params),
    formatNumber: (value: number) => formatInteger(value, locale === 'fa' ? 'persian' : 'latin'),
  };
}

/** Every counted message the window shows, with its singular key. */
const COUNTED: Array<[MessageKey, MessageKey]> = [
  ['archive.count', 'archive.countOne'],
  ['search.count', 'search.countOne'],
  ['bulk.count', 'bulk.countOne'],
  ['tagManager.count', 'tagManager.countOne'],
  ['panel.mentions.more', 'panel.mentions.moreOne'],
  ['entity.browser.more', 'entity.browser.moreOne'],
  ['entity.browser.count', 'entity.browser.countOne'],
  ['entity.timeline.count', 'entity.timeline.countOne'],
];

describe('counted messages', () => {
  it('say one article in English, and more than one in the plural', () => {
    const en = i18nFor('en');
    expect(counted(en, 'archive.count', 'archive.countOne', 1)).toBe('1 article');
    expect(counted(en, 'archive.count', 'archive.countOne', 2)).toBe('2 articles');
    expect(counted(en, 'archive.count', 'archive.countOne', 0)).toBe('0 articles');
    expect(counted(en, 'bulk.count', 'bulk.countOne', 1)).toBe('1 article selected');
    expect(counted(en, 'tagManager.count', 'tagManager.countOne', 1_250)).toBe('1,250 articles');
  });

  it('say the same thing in Persian for one and for many, in Persian digits', () => {
    const fa = i18nFor('fa');
    expect(counted(fa, 'archive.count', 'archive.countOne', 1)).toBe('۱ خبر');
    expect(counted(fa, 'archive.count', 'archive.countOne', 23)).toBe('۲۳ خبر');
    for (const [many, one] of COUNTED) expect(MESSAGES.fa[one], one).toBe(MESSAGES.fa[many]);
  });

  it('have an English singular for each of them that is not the plural', () => {
    for (const [many, one] of COUNTED) expect(MESSAGES.en[one], one).not.toBe(MESSAGES.en[many]);
  });
});
