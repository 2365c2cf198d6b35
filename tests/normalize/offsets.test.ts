/** Key tokens map back to the original text, for snippets that highlight what was typed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findHighlightRanges } from '../../db/search/highlight';
import { normalizeSearchKey, tokenizeWithOffsets } from '../../db/search/normalize';
import { highlightTermsOf, parseSearchQuery } from '../../db/search/query';

const ZWNJ = '\u200c';
const SAMPLE = readFileSync(new URL('./fixtures/sample-article.txt', import.meta.url), 'utf8');

function highlighted(original: string, query: string): string[] {
  const ranges = findHighlightRanges(tokenizeWithOffsets(original), highlightTermsOf(parseSearchQuery(query)));
  return ranges.map(({ start, end }) => original.slice(start, end));
}

describe('tokenizeWithOffsets', () => {
  it('gives the same tokens, in the same order, as normalizeSearchKey', () => {
    for (const text of [SAMPLE, `آژانس بین${ZWNJ}المللی، می شود؛ کشورهای بعنوان ۱٬۰۰۰`]) {
      const { spaced, joined } = tokenizeWithOffsets(text);
      const key = normalizeSearchKey(text);
      expect(spaced.map((t) => t.key).join(' ')).toBe(key.spaced);
      expect(joined.map((t) => t.key).join(' ')).toBe(key.joined);
    }
  });

  it('maps each token to the original word, marks and tatweel included', () => {
    const original = 'وزیر  ایــــران مُذاکِرات';
    const { spaced } = tokenizeWithOffsets(original);
    expect(spaced.map((t) => original.slice(t.start, t.end))).toEqual(['وزیر', 'ایــــران', 'مُذاکِرات']);
  });

  it('maps a joined prefix and a dropped suffix to the span of both words', () => {
    const original = `این می شود و تحریم${ZWNJ}ها`;
    const { spaced } = tokenizeWithOffsets(original);
    expect(spaced.map((t) => [t.key, original.slice(t.start, t.end)])).toEqual([
      ['این', 'این'],
      ['میشود', 'می شود'],
      ['و', 'و'],
      ['تحریم', `تحریم${ZWNJ}ها`],
    ]);
  });

  it('maps both halves of a ZWNJ word in the spaced form, and the whole word in the joined form', () => {
    const original = `آژانس بین${ZWNJ}المللی`;
    const { spaced, joined } = tokenizeWithOffsets(original);
    expect(spaced.map((t) => original.slice(t.start, t.end))).toEqual(['آژانس', 'بین', 'المللی']);
    expect(joined.map((t) => original.slice(t.start, t.end))).toEqual(['آژانس', `بین${ZWNJ}المللی`]);
  });

  it('keeps UTF-16 offsets right after astral characters and presentation forms', () => {
    const original = '😀 ﻻ ایران';
    const { spaced } = tokenizeWithOffsets(original);
    expect(spaced.map((t) => original.slice(t.start, t.end))).toEqual(['ﻻ', 'ایران']);
  });
});

describe('findHighlightRanges', () => {
  it('highlights what the writer typed when the user typed a variant', () => {
    expect(highlighted('وزیر امور خارجه ايران', 'ایران')).toEqual(['ايران']);
    expect(highlighted(`این توافق اجرا می${ZWNJ}شود`, 'می شود')).toEqual([`می${ZWNJ}شود`]);
    expect(highlighted('آژانس بین المللی', `بین${ZWNJ}المللی`)).toEqual(['بین المللی']);
    expect(highlighted('سال ۱۳۷۶', '1376')).toEqual(['۱۳۷۶']);
  });

  it('highlights prefix matches and phrases', () => {
    expect(highlighted('تحریم‌های تازه و تحریک', 'تحری*')).toEqual(['تحریم‌های', 'تحریک']);
    expect(highlighted('رئیس جمهور و رئیس مجلس', '"رییس جمهور"')).toEqual(['رئیس جمهور']);
  });

  it('marks whole words only: «ای» inside «بیانیه‌ای» is no hit for «هسته ای» (issue 14)', () => {
    const original = `این بیانیه${ZWNJ}ای درباره برنامه هسته${ZWNJ}ای ایران است.`;
    expect(highlighted(original, 'هسته ای')).toEqual([`هسته${ZWNJ}ای`]);
    expect(highlighted(`صدور بیانیه${ZWNJ}ای تازه`, 'ای')).toEqual([]);
    // A half of a ZWNJ word is not the word; the whole word typed apart is.
    expect(highlighted(`آژانس بین${ZWNJ}المللی`, 'المللی')).toEqual([]);
    expect(highlighted(`آژانس بین${ZWNJ}المللی`, 'بین المللی')).toEqual([`بین${ZWNJ}المللی`]);
    // A prefix search may end inside a word, as typed.
    expect(highlighted(`آژانس بین${ZWNJ}المللی`, 'بین*')).toEqual([`بین${ZWNJ}المللی`]);
  });

  it('does not highlight excluded terms', () => {
    expect(highlighted('ایران و عراق', 'ایران -عراق')).toEqual(['ایران']);
  });

  it('finds the sample article’s spellings from the standard ones', () => {
    expect(highlighted(SAMPLE, '"رئیس جمهوری"')).toEqual(['رییس جمهوری', 'رییس جمهوری']);
    expect(highlighted(SAMPLE, `بین${ZWNJ}المللی`)).toEqual(['بین المللی', 'بین المللی']);
    expect(highlighted(SAMPLE, 'نماینده')).toEqual(['نمایندگان']);
  });
});
