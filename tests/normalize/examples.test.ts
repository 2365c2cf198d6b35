/** The rulebook's examples table, row by row and both ways, decided on key tokens. */
import { describe, expect, it } from 'vitest';
import { SHOULD_FIND, SHOULD_NOT_FIND } from './rulebook-examples';
import { findsIt } from './support';

const ZWNJ = '\u200c';

describe('rulebook examples that must match', () => {
  for (const row of SHOULD_FIND) {
    it(`${row.article} ← ${row.query}`, () => {
      expect(findsIt(row.article, row.query)).toBe(true);
      expect(findsIt(row.swapped.article, row.swapped.query)).toBe(true);
    });
  }
});

describe('rulebook examples that must not match', () => {
  for (const row of SHOULD_NOT_FIND) {
    it(`${row.article} ↚ ${row.query}`, () => {
      expect(findsIt(row.article, row.query)).toBe(false);
      expect(findsIt(row.swapped.article, row.swapped.query)).toBe(false);
    });
  }
});

describe('the rulebook prose', () => {
  it('بین‌المللی, بین المللی and بینالمللی all meet the half-space spelling', () => {
    const halfSpace = `بین${ZWNJ}المللی`;
    for (const variant of ['بین المللی', 'بینالمللی', halfSpace]) {
      expect(findsIt(halfSpace, variant)).toBe(true);
      expect(findsIt(variant, halfSpace)).toBe(true);
    }
  });

  it('رئیس‌جمهور finds رئیس جمهور', () => {
    expect(findsIt('رئیس جمهور', `رئیس${ZWNJ}جمهور`)).toBe(true);
  });

  it('می‌شود, می شود and میشود are one word', () => {
    const spellings = [`می${ZWNJ}شود`, 'می شود', 'میشود'];
    for (const article of spellings) for (const query of spellings) expect(findsIt(article, query)).toBe(true);
  });

  it('Latin names are case-insensitive', () => {
    expect(findsIt('دیدار با Zarif و IAEA', 'zarif')).toBe(true);
    expect(findsIt('دیدار با zarif و iaea', 'IAEA')).toBe(true);
  });

  it('the Persian stemmers’ mistakes are not made', () => {
    expect(findsIt('ایر فرانس', 'ایران')).toBe(false);
    expect(findsIt('رئیس', 'رئیسی')).toBe(false);
    expect(findsIt('آمار', 'امارات')).toBe(false);
    expect(findsIt('دف', 'دفتر')).toBe(false);
    expect(findsIt('تن', 'تنها')).toBe(false);
  });
});
