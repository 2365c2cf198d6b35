/**
 * The editor's text rules that need no browser: find with the normaliser's folding and whole
 * words, the spellchecker's treatment of half-space words, and a paragraph's direction by its
 * script as a whole.
 */
import { describe, expect, it } from 'vitest';
import { directionOfText } from '../../common/text-direction';
import { findMatches } from '../../renderer/editor/find/findMatches';
import { isKnownPersian, languageOf } from '../../renderer/editor/spelling/spellingRules';

const Z = '\u200c';
const text = `وزیر خارجه ايران و ایران${Z}شناسان گفتند ایرانــــی‌ها در سال ۱۳۷۶ می${Z}آیند`;
const found = (query: string, fold: boolean, wholeWord: boolean) =>
  findMatches(text, query, { fold, wholeWord }).map((match) => text.slice(match.start, match.end));

describe('find in the article', () => {
  it('folds Arabic letters, digits and tatweel when asked, and maps matches back to the text as written', () => {
    expect(found('ایران', true, false)).toEqual(['ايران', 'ایران', 'ایران']);
    expect(found('ایرانی', true, false)).toEqual(['ایرانــــی']);
    expect(found('ایران', false, false)).toEqual(['ایران', 'ایران']);
    expect(found('1376', true, false)).toEqual(['۱۳۷۶']);
    expect(found('1376', false, false)).toEqual([]);
    expect(found('میآیند', true, false)).toEqual([`می${Z}آیند`]);
  });

  it('matches whole words only when asked; a half-space is inside a word', () => {
    expect(found('ایران', true, true)).toEqual(['ايران']);
    expect(found('آیند', true, true)).toEqual([]);
  });
});

describe('spelling rules', () => {
  const dictionary = new Set(['کشور', 'شود', 'کتاب']);
  const known = (word: string) => dictionary.has(word);

  it('judges a half-space word as one word: whole, closed up, or known pieces and affixes', () => {
    expect(isKnownPersian(`کشور${Z}ها`, known)).toBe(true);
    expect(isKnownPersian(`می${Z}شود`, known)).toBe(true);
    expect(isKnownPersian(`کتابب${Z}ها`, known)).toBe(false);
    expect(isKnownPersian('کتابب', known)).toBe(false);
  });

  it('checks Latin words as English, leaves acronyms, figures and single letters alone', () => {
    expect(languageOf('report')).toBe('en');
    expect(languageOf('IAEA')).toBeNull();
    expect(languageOf('ایران')).toBe('fa');
    expect(languageOf('و')).toBeNull();
  });
});

describe('paragraph direction by script', () => {
  it('keeps a Persian paragraph that starts with a Latin name right-to-left', () => {
    expect(directionOfText('IAEA در بیانیه‌ای اعلام کرد که بازرسان هفته آینده به تهران سفر می‌کنند.')).toBe('rtl');
    expect(directionOfText('OPEC، NATO و JCPOA در گزارش آمده است')).toBe('rtl');
  });

  it('keeps an English paragraph with a Persian word left-to-right, and falls back when there is no letter', () => {
    expect(directionOfText('The minister, ظریف, said the talks would resume.')).toBe('ltr');
    expect(directionOfText('۱۳۷۶ - 2015', 'ltr')).toBe('ltr');
    expect(directionOfText('')).toBe('rtl');
  });
});
