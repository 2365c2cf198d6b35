/**
 * Hostile query strings for the robustness tests: fixed ones from the rulebook and the brief,
 * and a seeded generator of random mixes of FTS5 syntax, quotes and Unicode oddities (seeded
 * so a failure names a reproducible input).
 */
import { seededRandom } from '../support/seeded-random';

export const HOSTILE_QUERIES: readonly string[] = [
  '',
  ' ',
  '"',
  '""',
  '"""',
  '*',
  '**',
  '-',
  '--',
  '- -',
  '-*',
  '-"',
  'AND',
  'OR',
  'NOT',
  'NEAR',
  'NEAR(',
  'NEAR(a b, 2)',
  'a AND',
  'OR b',
  'NOT NOT',
  ':',
  'a:b',
  '{a b}: c',
  'body_spaced: x',
  '^',
  '^ایران',
  '(',
  ')',
  '(ایران',
  '+',
  'a + b',
  "'",
  "'); DROP TABLE x; --",
  '"); DROP TABLE article_search; --',
  '\\',
  '\u0000',
  '\ud800',
  '\u200c',
  '\u200f',
  '\u202e',
  'ـــ',
  '\u064e\u0650',
  '«ایران',
  'ایران»',
  '"رئیس جمهور',
  'رئیس جمهور"',
  '-"رئیس جمهور"',
  'تحری*',
  '*تحریم',
  'a*b',
  '😀',
  'x'.repeat(10_000),
  'ایران '.repeat(2_000),
  '"a" '.repeat(3_000),
  '-'.repeat(10_000),
  '('.repeat(10_000),
  'a+'.repeat(5_000),
];

const PARTS = [
  '"', '*', '-', ':', '^', '(', ')', '{', '}', '+', ',', ';', "'", '\\', '.', '%', '_',
  'AND', 'OR', 'NOT', 'NEAR', 'NEAR(', ' ', ' ', ' ', '\t', '\n',
  '\u200c', '\u200f', '\u200d', '\u202e', '\u00a0', '\u0000', '\ud800', '\udc00', '😀', '𝐁',
  'ی', 'ي', 'ک', 'ك', 'می', 'ها', 'تر', 'ایران', 'رئیس', 'مسأله', 'بعنوان', 'ﻻ', 'ـ', '\u064e', 'ء', '٬', '٫',
  '۵', '1', 'a', 'Z', '«', '»', '“', '”',
];


export function randomQueries(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const queries: string[] = [];
  for (let q = 0; q < count; q++) {
    const length = Math.floor(random() * 12);
    let text = '';
    for (let k = 0; k < length; k++) text += PARTS[Math.floor(random() * PARTS.length)];
    queries.push(text);
  }
  return queries;
}
