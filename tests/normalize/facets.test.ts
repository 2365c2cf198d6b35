import { describe, expect, it } from 'vitest';
import { dayRangeIsWholeMonths, dayRangeTokens, deskToken, facetMatch, facetText } from '../../db/search/facets';
import { FACET_MARK } from '../../db/search/facet-mark';
import { parseSearchQuery } from '../../db/search/query';

const visible = (tokens: string[] | null) => tokens?.map((token) => token.slice(1));

describe('search facets', () => {
  it('covers a date range with whole years and the months of partial ones', () => {
    expect(visible(dayRangeTokens('2018-01-01', '2019-12-31'))).toEqual(['y2018', 'y2019']);
    expect(visible(dayRangeTokens('2018-11-20', '2019-02-03'))).toEqual(['m201811', 'm201812', 'm201901', 'm201902']);
    expect(visible(dayRangeTokens('2020-05-05', '2020-05-06'))).toEqual(['m202005']);
  });

  it('knows when the tokens select exactly the days asked for, so no SQL condition is needed beside them', () => {
    expect(dayRangeIsWholeMonths('2018-01-01', '2019-12-31')).toBe(true);
    expect(dayRangeIsWholeMonths('2024-02-01', '2024-02-29')).toBe(true); // a leap year's February
    expect(dayRangeIsWholeMonths('2023-02-01', '2023-02-28')).toBe(true);
    expect(dayRangeIsWholeMonths('2023-02-01', '2023-02-27')).toBe(false);
    expect(dayRangeIsWholeMonths('2018-03-15', '2018-03-31')).toBe(false);
    expect(dayRangeIsWholeMonths('2018-01-01', undefined)).toBe(false);
    expect(dayRangeIsWholeMonths('1950-02-01', '2010-11-30')).toBe(false); // too long for tokens
  });

  it('leaves open, reversed or very long ranges to the SQL condition', () => {
    expect(dayRangeTokens('2018-01-01', undefined)).toBeNull();
    expect(dayRangeTokens(undefined, '2018-01-01')).toBeNull();
    expect(dayRangeTokens('2019-01-01', '2018-01-01')).toBeNull();
    expect(dayRangeTokens('1990-02-01', '2024-11-30')?.length ?? null).toBeLessThanOrEqual(64);
    expect(dayRangeTokens('1950-02-15', '2010-11-30')).toBeNull();
  });

  it('writes one token per facet, each beyond the reach of anything typed', () => {
    const text = facetText({ desk: 'سیاسی', status: 'published', day: '2017-12-13' });
    expect(text.split(' ')).toHaveLength(4);
    expect(text).toContain(deskToken('سیاسی'));
    expect(deskToken('سیاسی')).not.toBe(deskToken('سیاسی '));
    // The query parser drops the mark, so a typed token never equals a facet.
    for (const token of text.split(' ')) {
      expect(token.startsWith(FACET_MARK)).toBe(true);
      expect(parseSearchQuery(token).terms.flatMap((term) => term.spaced)).toEqual([token.slice(1)]);
    }
  });

  it('adds nothing to the match without filters it can apply', () => {
    expect(facetMatch()).toBeNull();
    expect(facetMatch({ tags: ['اوپک'], from: '2018-01-01' })).toBeNull();
    expect(facetMatch({ desk: '', status: undefined })).toBeNull();
    expect(facetMatch({ status: 'draft', from: '2018-01-01', to: '2018-12-31' })).toBe(
      `facets : ("${FACET_MARK}sdraft" AND ("${FACET_MARK}y2018"))`,
    );
  });
});
