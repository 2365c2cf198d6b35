/** The search box's parser and the MATCH expressions it produces, without SQLite. */
import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_TERMS,
  MAX_TOKENS_PER_TERM,
  buildFts5Match,
  highlightTermsOf,
  parseSearchQuery,
  type ParsedQuery,
} from '../../db/search/query';
import { HOSTILE_QUERIES, randomQueries } from './fuzz';

const ZWNJ = '\u200c';
const COLUMNS = { spaced: ['headline_spaced', 'body_spaced'], joined: ['headline_joined', 'body_joined'] };

const termKeys = (parsed: ParsedQuery): string[][] => parsed.terms.map((term) => term.spaced);

describe('parseSearchQuery', () => {
  it('reads bare words as separate required terms', () => {
    const parsed = parseSearchQuery('ایران آمریکا');
    expect(parsed.empty).toBe(false);
    expect(termKeys(parsed)).toEqual([['ایران'], ['امریکا']]);
    expect(parsed.terms.every((term) => !term.exclude && !term.quoted)).toBe(true);
  });

  it('applies the affix rules across the bare words the user typed', () => {
    expect(termKeys(parseSearchQuery('می شود'))).toEqual([['میشود']]);
    expect(termKeys(parseSearchQuery('تحریم ها ایران'))).toEqual([['تحریم'], ['ایران']]);
    expect(parseSearchQuery('تحریم ها').terms[0].source).toBe('تحریم ها');
  });

  it('keeps the tokens of one typed word together as a phrase', () => {
    expect(termKeys(parseSearchQuery('5+1 ایران'))).toEqual([['5', '1'], ['ایران']]);
    expect(termKeys(parseSearchQuery('بعنوان'))).toEqual([['به', 'عنوان']]);
  });

  it('reads quoted phrases', () => {
    const parsed = parseSearchQuery('"رئیس جمهور" ایران');
    expect(termKeys(parsed)).toEqual([['رییس', 'جمهور'], ['ایران']]);
    expect(parsed.terms[0].quoted).toBe(true);
    expect(termKeys(parseSearchQuery('«خانه ملت»'))).toEqual([['خانه', 'ملت']]);
  });

  it('reads a trailing * as a prefix search, on words and phrases', () => {
    const word = parseSearchQuery('تحری*');
    expect(word.terms[0]).toMatchObject({ spaced: ['تحری'], prefix: true });
    const phrase = parseSearchQuery('"رئیس جم"*');
    expect(phrase.terms[0]).toMatchObject({ spaced: ['رییس', 'جم'], prefix: true, quoted: true });
    expect(parseSearchQuery('می شو*').terms[0]).toMatchObject({ spaced: ['میشو'], prefix: true });
  });

  it('reads -word and -"phrase" as exclusions', () => {
    const parsed = parseSearchQuery('رئیس -رئیسی -"رئیس جمهور"');
    expect(parsed.terms.map((term) => [term.spaced, term.exclude])).toEqual([
      [['رییس'], false],
      [['رییسی'], true],
      [['رییس', 'جمهور'], true],
    ]);
  });

  it('gives a term with a kept ZWNJ both forms', () => {
    const [term] = parseSearchQuery(`بین${ZWNJ}المللی`).terms;
    expect(term.spaced).toEqual(['بین', 'المللی']);
    expect(term.joined).toEqual(['بینالمللی']);
  });

  it('reads the rest of the input as the phrase when a quote is not closed', () => {
    const parsed = parseSearchQuery('ایران "رئیس جمهور');
    expect(termKeys(parsed)).toEqual([['ایران'], ['رییس', 'جمهور']]);
    expect(parsed.notes).toContain('unbalanced_quote');
  });

  it('ignores AND, OR and NEAR, and reads NOT as an exclusion', () => {
    const parsed = parseSearchQuery('ایران AND آمریکا OR عراق NOT سوریه NEAR');
    expect(parsed.terms.map((term) => [term.spaced[0], term.exclude])).toEqual([
      ['ایران', false],
      ['امریکا', false],
      ['عراق', false],
      ['سوریه', true],
    ]);
    expect(parsed.notes).toContain('operator_ignored');
  });

  it('treats lower-case and quoted operator words as words', () => {
    expect(termKeys(parseSearchQuery('and'))).toEqual([['and']]);
    expect(termKeys(parseSearchQuery('"AND"'))).toEqual([['and']]);
  });

  it('reports an empty query with a reason instead of failing', () => {
    expect(parseSearchQuery('')).toMatchObject({ empty: true, reason: 'blank_input', terms: [] });
    expect(parseSearchQuery('   \n')).toMatchObject({ empty: true, reason: 'blank_input' });
    for (const lone of ['*', '-', ':', '^', '(', ')', 'AND', 'OR', 'NOT', '"', '""', '- * :']) {
      expect(parseSearchQuery(lone), lone).toMatchObject({ empty: true, reason: 'nothing_searchable' });
    }
    expect(parseSearchQuery('-ایران -"رئیس جمهور"')).toMatchObject({ empty: true, reason: 'only_exclusions' });
  });

  it('drops terms with nothing searchable and says so', () => {
    const parsed = parseSearchQuery('ایران * : ^');
    expect(termKeys(parsed)).toEqual([['ایران']]);
    expect(parsed.notes).toContain('unsearchable_term_dropped');
  });

  it('caps the number of terms and tokens, and reports the truncation', () => {
    const many = parseSearchQuery(Array.from({ length: 100 }, (_, i) => `word${i}`).join(' '));
    expect(many.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(many.truncated).toBe(true);
    const long = parseSearchQuery('a+'.repeat(5_000));
    expect(long.terms[0].spaced.length).toBeLessThanOrEqual(MAX_TOKENS_PER_TERM);
    expect(long.truncated).toBe(true);
    expect(parseSearchQuery('ایران').truncated).toBe(false);
  });

  it('never throws, on hostile and on random input', () => {
    for (const input of [...HOSTILE_QUERIES, ...randomQueries(3_000, 20240601)]) {
      let parsed: ParsedQuery | undefined;
      expect(() => (parsed = parseSearchQuery(input)), JSON.stringify(input.slice(0, 80))).not.toThrow();
      expect(parsed!.terms.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
      expect(() => buildFts5Match(parsed!, COLUMNS)).not.toThrow();
    }
  });

  it('survives input that is not a string', () => {
    expect(parseSearchQuery(undefined as unknown as string)).toMatchObject({ empty: true });
    expect(parseSearchQuery(42 as unknown as string)).toMatchObject({ empty: true });
  });
});

describe('buildFts5Match', () => {
  it('searches a term without a kept ZWNJ in every column', () => {
    expect(buildFts5Match(parseSearchQuery('ایران'), COLUMNS)).toBe(
      '{headline_spaced body_spaced headline_joined body_joined} : ("ایران")',
    );
  });

  it('searches a ZWNJ term as a phrase or as one token, each in every column', () => {
    const all = '{headline_spaced body_spaced headline_joined body_joined}';
    expect(buildFts5Match(parseSearchQuery(`بین${ZWNJ}المللی`), COLUMNS)).toBe(
      `(${all} : ("بین" + "المللی") OR ${all} : ("بینالمللی"))`,
    );
  });

  it('writes phrases, prefixes, conjunctions and exclusions', () => {
    expect(buildFts5Match(parseSearchQuery('"رئیس جم"* ایران -عراق -"خلیج فارس"'), COLUMNS)).toBe(
      '({headline_spaced body_spaced headline_joined body_joined} : ("رییس" + "جم" *) AND ' +
        '{headline_spaced body_spaced headline_joined body_joined} : ("ایران")) NOT (' +
        '{headline_spaced body_spaced headline_joined body_joined} : ("عراق") OR ' +
        '{headline_spaced body_spaced headline_joined body_joined} : ("خلیج" + "فارس"))',
    );
  });

  it('doubles quotes inside a token', () => {
    const parsed: ParsedQuery = {
      terms: [{ source: 'x', quoted: false, exclude: false, prefix: false, spaced: ['a"b'], joined: ['a"b'] }],
      empty: false,
      truncated: false,
      notes: [],
    };
    expect(buildFts5Match(parsed, { spaced: ['s'], joined: ['j'] })).toBe('{s j} : ("a""b")');
  });

  it('returns null when there is nothing positive to search', () => {
    expect(buildFts5Match(parseSearchQuery(''), COLUMNS)).toBeNull();
    expect(buildFts5Match(parseSearchQuery('*'), COLUMNS)).toBeNull();
    expect(buildFts5Match(parseSearchQuery('-ایران'), COLUMNS)).toBeNull();
  });

  it('refuses column names that are not plain identifiers (a programming error)', () => {
    expect(() => buildFts5Match(parseSearchQuery('x'), { spaced: ['a b'], joined: ['c'] })).toThrow();
    expect(() => buildFts5Match(parseSearchQuery('x'), { spaced: ['a'], joined: [] })).toThrow();
  });
});

describe('highlightTermsOf', () => {
  it('lists the positive terms with both forms', () => {
    expect(highlightTermsOf(parseSearchQuery(`بین${ZWNJ}المللی تحری* -عراق`))).toEqual([
      { spaced: ['بین', 'المللی'], joined: ['بینالمللی'], prefix: false },
      { spaced: ['تحری'], joined: ['تحری'], prefix: true },
    ]);
  });
});
