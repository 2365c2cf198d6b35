/**
 * Long text is keyed a chunk at a time (db/search/text-chunks.ts); cut at line breaks and at
 * spaces after sentence punctuation, the chunks' keys joined must be the whole text's key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSearchKey } from '../../db/search/normalize';
import { chunkRanges, searchKeyInChunks } from '../../db/search/text-chunks';

const ZWNJ = '\u200c';
// Words and pieces the affix rules join or drop across a space or a half-space.
const PIECES = ['می', 'نمی', 'بی', 'شود', 'ها', 'های', 'تر', 'ترین', 'ه ی', 'کشور', 'بین', 'المللی', 'خانهء', 'ايران', '۱۳۹۶', 'IAEA', 'U.S.', 'سازمان همکاری اسلامی'];
const GAPS = [' ', ZWNJ, '. ', '، ', '؟ ', '\n', ': ', '\u200f'];

const text = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 120 })
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(''));

describe('keying long text in chunks', () => {
  it('gives the same key as keying it whole, where it is cut at line breaks and after punctuation', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 8, max: 60 }), (value, maxChars) => {
        // Only texts that can be cut where the rules allow: every chunk ends at one of those places.
        const cuts = chunkRanges(value, maxChars).slice(0, -1).map(([, end]) => end);
        fc.pre(cuts.every((end) => value[end - 1] === '\n' || (value[end] === ' ' && /[.،؟:]/.test(value[end - 1]))));
        const whole = normalizeSearchKey(value);
        expect(searchKeyInChunks(value, maxChars)).toEqual({ spaced: whole.spaced, joined: whole.joined });
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a long line at a space after sentence punctuation, else at a space', () => {
    const line = `${'وزیر گفت '.repeat(4)}پایان. آغاز ${'و '.repeat(40)}`;
    const ranges = chunkRanges(line, 70);
    expect(line.slice(ranges[0][1] - 6, ranges[0][1] + 1)).toBe('پایان. ');
    // No sentence end in the rest: cut at a space.
    expect(line[ranges[1][1]]).toBe(' ');
    // The chunks cover the line, in order, with nothing left out.
    expect(ranges[0][0]).toBe(0);
    expect(ranges[ranges.length - 1][1]).toBe(line.length);
    ranges.slice(1).forEach(([start], index) => expect(start).toBe(ranges[index][1]));
  });
});
