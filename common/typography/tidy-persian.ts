/**
 * "Tidy Persian typography": the fixes a careful Persian copy editor makes by hand (the job
 * the `virastar` library does), as one pure function over a run of text. The editor applies it
 * only when asked and reports what it changed; the import path can apply it on request. It
 * never touches Latin words, URLs, codes or figures such as `5+1`, `G20` or `COVID-19`.
 *
 * Each rule counts what it changed, so the writer is told («۱۲ نیم‌فاصله، ۳ ی عربی…»)
 * instead of having the text rewritten silently. Applying it twice changes nothing more.
 */

export const TIDY_KINDS = ['halfSpace', 'arabicYeh', 'arabicKaf', 'digits', 'quotes', 'punctuation', 'spacing'] as const;
export type TidyKind = (typeof TIDY_KINDS)[number];
export type TidyCounts = Record<TidyKind, number>;

export interface TidyResult {
  text: string;
  counts: TidyCounts;
}

export const ZWNJ = '\u200C';

/** Arabic-script letters (Persian included), without digits, punctuation or marks. */
const AL = '\\u0621-\\u064A\\u066E-\\u06D3\\u06D5\\u06FA-\\u06FF';
const LATIN = 'A-Za-z\\u00C0-\\u024F';
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
/** A plain or no-break space between words; a line break is never joined across. */
const GAP = '[ \\u00A0]+';

const isArabicLetter = (ch: string) => new RegExp(`[${AL}]`).test(ch);
const isLatinLetter = (ch: string) => new RegExp(`[${LATIN}]`).test(ch);

export function emptyTidyCounts(): TidyCounts {
  return { halfSpace: 0, arabicYeh: 0, arabicKaf: 0, digits: 0, quotes: 0, punctuation: 0, spacing: 0 };
}

export function totalFixes(counts: TidyCounts): number {
  return TIDY_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}

export function addTidyCounts(into: TidyCounts, more: TidyCounts): TidyCounts {
  for (const kind of TIDY_KINDS) into[kind] += more[kind];
  return into;
}

/** Replaces every match, counting the replacements that changed something under `kind`. */
function replaceCounting(
  text: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | null,
  counts: TidyCounts,
  kind: TidyKind,
): string {
  let out = '';
  let last = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') {
      pattern.lastIndex += 1;
      continue;
    }
    const replacement = replace(match);
    if (replacement === null || replacement === match[0]) continue;
    out += text.slice(last, match.index) + replacement;
    last = match.index + match[0].length;
    counts[kind] += 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Which script the nearest letter on either side of `[start, end)` belongs to. */
function nearestScript(text: string, start: number, end: number): 'persian' | 'latin' | null {
  for (let i = start - 1; i >= 0; i -= 1) {
    if (isArabicLetter(text[i])) return 'persian';
    if (isLatinLetter(text[i])) return 'latin';
  }
  for (let i = end; i < text.length; i += 1) {
    if (isArabicLetter(text[i])) return 'persian';
    if (isLatinLetter(text[i])) return 'latin';
  }
  return null;
}

function fixArabicLetters(text: string, counts: TidyCounts): string {
  let out = replaceCounting(text, /[\u064A\u0649]/g, () => '\u06CC', counts, 'arabicYeh');
  out = replaceCounting(out, /\u0643/g, () => '\u06A9', counts, 'arabicKaf');
  return out;
}

/**
 * A figure becomes Persian only in a Persian run: a token (text between spaces) with a digit,
 * no Latin letter (G20, COVID-19, a code), none of `+ @ _ # /…://` (5+1, an address), and a
 * Persian letter as its nearest letter. Its decimal point and thousands separators follow.
 */
function fixDigits(text: string, counts: TidyCounts): string {
  return replaceCounting(
    text,
    /[^\s]*[0-9\u0660-\u0669][^\s]*/g,
    (match) => {
      const token = match[0];
      if (new RegExp(`[${LATIN}+@_#=&]|://|www\\.`).test(token)) return null;
      if (nearestScript(text, match.index, match.index + token.length) !== 'persian') return null;
      return token
        .replace(/([0-9\u0660-\u0669\u06F0-\u06F9])\.(?=[0-9\u0660-\u0669\u06F0-\u06F9])/g, '$1٫')
        .replace(/([0-9\u0660-\u0669\u06F0-\u06F9]),(?=[0-9\u0660-\u0669\u06F0-\u06F9]{3})/g, '$1٬')
        .replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)])
        .replace(/[\u0660-\u0669]/g, (digit) => PERSIAN_DIGITS[digit.charCodeAt(0) - 0x0660]);
    },
    counts,
    'digits',
  );
}

/** `,` `;` `?` after Persian (a letter, a Persian digit, a closing »), not between figures. */
function fixPunctuation(text: string, counts: TidyCounts): string {
  const afterPersian = new RegExp(`([${AL}${PERSIAN_DIGITS}»)])([ \\u00A0]*)([,;?])(?![0-9])`, 'g');
  const PERSIAN_MARK: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
  return replaceCounting(text, afterPersian, (match) => `${match[1]}${match[2]}${PERSIAN_MARK[match[3]]}`, counts, 'punctuation');
}

/** "…" and “…” around Persian words become «…», with no space inside the marks. */
function fixQuotes(text: string, counts: TidyCounts): string {
  const quoted = /"([^"\n]*)"|“([^”\n]*)”/g;
  return replaceCounting(
    text,
    quoted,
    (match) => {
      const inner = match[1] ?? match[2];
      if (!new RegExp(`[${AL}]`).test(inner)) return null;
      return `«${inner.trim()}»`;
    },
    counts,
    'quotes',
  );
}

const NOT_BEFORE_MAY = new Set(['سال', 'ماه', 'میلادی']);
/** Short words ending in ه that are never a noun taking ‌ای/‌ام («که ای کاش»). */
const NOT_EZAFE_HOSTS = new Set(['که', 'چه', 'نه', 'به', 'ته', 'زه']);

/**
 * Half-spaces by the rulebook: a separated می/نمی prefix joins its verb (not «می» the month
 * before a year, سال, ماه or میلادی, nor after ماه); a separated ها/های/هایی/تر/تری/ترین joins
 * its word; ‌ای/‌ام/‌ایم/‌اید/‌اند join a word ending in ه («هسته ای» → «هسته‌ای»). An attached
 * «میزبان» is never split. Stray half-spaces beside a space or doubled are cleaned up.
 */
function fixHalfSpaces(text: string, counts: TidyCounts): string {
  let out = replaceCounting(text, /\u200C{2,}/g, () => ZWNJ, counts, 'halfSpace');
  out = replaceCounting(out, /[ \u00A0]*\u200C[ \u00A0]+|[ \u00A0]+\u200C/g, () => ' ', counts, 'halfSpace');

  const prefix = new RegExp(`(^|[^${AL}\\u200C])(ن?می)${GAP}(?=([${AL}][${AL}\\u200C]*))`, 'g');
  out = replaceCounting(
    out,
    prefix,
    (match) => {
      const next = match[3];
      if (NOT_BEFORE_MAY.has(next)) return null;
      const before = out.slice(0, match.index + match[1].length).trimEnd();
      if (match[2] === 'می' && before.endsWith('ماه')) return null;
      return `${match[1]}${match[2]}${ZWNJ}`;
    },
    counts,
    'halfSpace',
  );

  const suffix = new RegExp(`([${AL}])${GAP}(هایی|های|ها|ترین|تری|تر)(?![${AL}\\u200C])`, 'g');
  out = replaceCounting(out, suffix, (match) => `${match[1]}${ZWNJ}${match[2]}`, counts, 'halfSpace');

  const ezafe = new RegExp(`(^|[^${AL}\\u200C])([${AL}\\u200C]*ه)${GAP}(ای|ام|ایم|اید|اند)(?![${AL}\\u200C])`, 'g');
  out = replaceCounting(
    out,
    ezafe,
    (match) => (match[2].length < 3 || NOT_EZAFE_HOSTS.has(match[2]) ? null : `${match[1]}${match[2]}${ZWNJ}${match[3]}`),
    counts,
    'halfSpace',
  );
  return out;
}

/**
 * No space before a closing mark, none inside «» and (), one after a mark that is followed by
 * a Persian word, and runs of spaces collapsed. Latin text keeps its own spacing after `.`/`:`.
 */
function fixSpacing(text: string, counts: TidyCounts): string {
  let out = replaceCounting(text, / {2,}/g, () => ' ', counts, 'spacing');
  out = replaceCounting(out, /(\S)[ \u00A0]+([.,،؛:!?؟»)\]])/g, (match) => `${match[1]}${match[2]}`, counts, 'spacing');
  out = replaceCounting(out, /([«([])[ \u00A0]+/g, (match) => match[1], counts, 'spacing');
  out = replaceCounting(out, new RegExp(`([،؛؟»])(?=[${AL}${PERSIAN_DIGITS}«])`, 'g'), (match) => `${match[1]} `, counts, 'spacing');
  out = replaceCounting(out, new RegExp(`([${AL}][.:!)])(?=[${AL}«])`, 'g'), (match) => `${match[1]} `, counts, 'spacing');
  out = replaceCounting(out, new RegExp(`([${AL}${PERSIAN_DIGITS}])([«(])`, 'g'), (match) => `${match[1]} ${match[2]}`, counts, 'spacing');
  return out;
}

export function tidyPersianText(text: string): TidyResult {
  const counts = emptyTidyCounts();
  let out = fixArabicLetters(text, counts);
  out = fixDigits(out, counts);
  out = fixPunctuation(out, counts);
  out = fixQuotes(out, counts);
  out = fixHalfSpaces(out, counts);
  out = fixSpacing(out, counts);
  return { text: out, counts };
}
