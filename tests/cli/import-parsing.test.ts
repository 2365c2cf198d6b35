/** The import parsers of db/import, called directly: no archive, no process. */
import { describe, expect, it } from 'vitest';
import { parseJsonl, parseJsonlLine } from '../../db/import/jsonl';
import { parsePlainText } from '../../db/import/plain-text';
import { deriveHeadline } from '../../db/import/derive-headline';
import { decodeText } from '../../db/import/decode-text';
import { splitLines } from '../../db/import/text-lines';
import type { ParsedEntry, ParsedFile } from '../../db/import/article-draft';

const utf8 = (text: string) => new TextEncoder().encode(text);
const entriesOf = (file: ParsedFile): ParsedEntry[] => {
  if (!file.ok) throw new Error(`file refused: ${file.message}`);
  return [...file.entries];
};
const draftOf = (entry: ParsedEntry) => {
  if (!entry.ok) throw new Error(`line ${entry.line} refused: ${entry.message}`);
  return entry.draft;
};
const messageOf = (entry: ParsedEntry) => (entry.ok ? undefined : entry.message);

describe('splitLines and decodeText', () => {
  it('accepts LF, CRLF and CR, and a final line end adds no empty line', () => {
    expect(splitLines('a\r\nb\nc\rd\n')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
    expect(splitLines('')).toEqual(['']);
  });

  it('strips a BOM, reads UTF-16 by its BOM and Persian Windows-1256 by its letters, and refuses other bytes naming the line', () => {
    expect(decodeText(utf8('\uFEFFسلام'))).toEqual({ text: 'سلام', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toEqual({ text: 'A', encoding: 'utf-16le' });
    expect(decodeText(Uint8Array.from([0x41, 0x0a, 0xd3, 0xe1, 0xc7, 0xe3, 0x0a]))).toEqual({ text: 'A\nسلام\n', encoding: 'windows-1256' });
    // Windows-1256 bytes after UTF-8 Persian: a file mixing the two is neither, and is refused at line 2.
    expect(() => decodeText(Uint8Array.from([...utf8('خط اول\n'), 0xd3, 0xe1, 0x0a]))).toThrow('invalid bytes on line 2');
    expect(() => decodeText(Uint8Array.from([0x41, 0x00, 0x42, 0x00]))).toThrow(/binary data/);
  });
});

describe('deriveHeadline', () => {
  it('keeps a short text whole, with its spaces tidied', () => {
    expect(deriveHeadline('  دیدار   ظریف و مرسودی ')).toBe('دیدار ظریف و مرسودی');
  });

  it('cuts a long text between words, at most 80 characters with the ellipsis', () => {
    const text = `${'واژه '.repeat(40)}پایان`;
    const headline = deriveHeadline(text);
    expect(Array.from(headline).length).toBeLessThanOrEqual(80);
    expect(headline.endsWith('واژه…')).toBe(true);
  });

  it('never splits a word joined by a ZWNJ', () => {
    // 18 short words fill 71 characters; the next word would end past 79 if whole, and its
    // first half (before the ZWNJ) would still fit if a ZWNJ were a place to cut.
    const shortWords = Array(18).fill('الف').join(' ');
    const headline = deriveHeadline(`${shortWords} می\u200Cخواهیم ${'ب '.repeat(30)}`);
    expect(headline).toBe(`${shortWords}…`);
  });

  it('drops punctuation left before the ellipsis', () => {
    expect(deriveHeadline(`${'کلمه '.repeat(15)}آخر، ${'بعدی '.repeat(10)}`, 82)).toMatch(/آخر…$/);
  });

  it('cuts a single overlong word by characters rather than returning nothing', () => {
    const headline = deriveHeadline('x'.repeat(200));
    expect(headline).toBe(`${'x'.repeat(79)}…`);
  });
});

describe('parsePlainText', () => {
  it('takes a short first line as the headline and drops blank lines before the body', () => {
    expect(parsePlainText(utf8('\uFEFFتیتر\r\n\r\nبند یک\r\n\r\nبند سه\r\n'))).toEqual({ fields: { headline: 'تیتر' }, bodyText: 'بند یک\n\nبند سه' });
  });

  it('keeps every line in the body when the first line is longer than 120 characters', () => {
    const opening = `${'کلمه '.repeat(30)}پایان.`;
    const text = `${opening}\nبند دوم`;
    const draft = parsePlainText(utf8(`${text}\n`));
    expect(draft.bodyText).toBe(text);
    expect(draft.fields.headline.endsWith('…')).toBe(true);
  });

  it('accepts a first line of exactly 120 characters as a headline', () => {
    const headline = 'ب'.repeat(120);
    expect(parsePlainText(utf8(`${headline}\nمتن`)).fields.headline).toBe(headline);
  });

  it('refuses an empty or blank file, and bytes that are neither UTF-8 nor Windows-1256 Persian', () => {
    expect(() => parsePlainText(utf8(' \n\r\n'))).toThrow('the file is empty');
    // Latin-1 "café", not Persian in any code page.
    expect(() => parsePlainText(Uint8Array.from([...utf8('خط اول\n'), 0x63, 0x61, 0x66, 0xe9, 0x0a]))).toThrow(/not UTF-8 text \(invalid bytes on line 2\)/);
  });

  it('reads «سلام» saved in Windows-1256', () => {
    expect(parsePlainText(Uint8Array.from([0xd3, 0xe1, 0xc7, 0xe3]))).toEqual({ fields: { headline: 'سلام' }, bodyText: '' });
  });
});

describe('parseJsonl', () => {
  it('reads every field into a draft, tags and links included', () => {
    const id = '3f2b8c1e-8d4a-4c2e-9b1f-0a6c5d7e8f90';
    const other = '7c9d0e1f-2a3b-4c5d-8e6f-708192a3b4c5';
    const third = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
    const draft = draftOf(
      parseJsonlLine(
        JSON.stringify({
          id: id.toUpperCase(),
          headline: ' تیتر ',
          kicker: 'روتیتر',
          lead: 'لید',
          byline: 'نویسنده',
          desk: 'میز',
          status: 'approved',
          dateline: ' تهران ',
          date: '2017-12-07T23:30:00+03:30',
          body: 'یک\r\nدو\n',
          tags: ['a', ' ب '],
          // An id is a link of type related; the same link twice is one.
          links: [other.toUpperCase(), { id: third, type: 'follow_up' }, { id: other }, { id: third, type: null }],
        }),
        1,
      ),
    );
    expect(draft).toEqual({
      id,
      at: '2017-12-07T20:00:00.000Z',
      bodyText: 'یک\nدو',
      fields: {
        headline: 'تیتر',
        kicker: 'روتیتر',
        lead: 'لید',
        byline: 'نویسنده',
        desk: 'میز',
        status: 'approved',
        datelinePlace: 'تهران',
        datelineDate: '2017-12-07',
        tags: ['a', 'ب'],
      },
      links: [
        { id: other, type: 'related' },
        { id: third, type: 'follow_up' },
        { id: third, type: 'related' },
      ],
    });
  });

  it('treats null as a field not given', () => {
    expect(draftOf(parseJsonlLine('{"headline":"h","kicker":null,"tags":null,"date":null}', 1))).toEqual({
      fields: { headline: 'h' },
      bodyText: '',
    });
  });

  it.each([
    ['{"headline": 5}', 'headline must be text'],
    ['{"headline": "   "}', 'headline is required'],
    ['{"headline": "h", "status": "live"}', 'status must be one of draft, edited, approved, published, archived, not "live"'],
    ['{"headline": "h", "date": "07/12/2017"}', 'date "07/12/2017" is not an ISO 8601 date or date-time'],
    ['{"headline": "h", "date": "2017-12-07T10:30:00"}', 'a date-time needs its time zone'],
    ['{"headline": "h", "tags": ["a", 3]}', 'tags must hold only text values (item 2)'],
    ['{"headline": "h", "links": "https://x"}', 'links must be a list of article ids or {"id", "type"} objects'],
    ['{"headline": "h", "links": ["https://example.org/story"]}', 'a link must be an article\'s id (a UUID), not the web address "https://example.org/story" (item 1)'],
    ['{"headline": "h", "links": [42]}', 'a link must be an article id or {"id": …, "type": …}, not a number (item 1)'],
    [
      '{"headline": "h", "links": [{"id": "3f2b8c1e-8d4a-4c2e-9b1f-0a6c5d7e8f90", "type": "sequel"}]}',
      'a link\'s "type" must be one of follow_up, background, correction, related, not "sequel" (item 1)',
    ],
    ['{"headline": "h", "links": [{"id": "3f2b8c1e-8d4a-4c2e-9b1f-0a6c5d7e8f90", "typ": "related"}]}', 'a link has only "id" and "type", not "typ"'],
    ['{"headline": "h", "links": [{"type": "related"}]}', 'a link needs the "id" of the article it points to'],
    ['{"headline": "h", "tags": ["-"]}', 'the tag "-" has no letters or digits (item 1)'],
    ['{"headline": "h", "id": "42"}', 'id must be a UUID'],
    ['{"headline": "h", "kiker": "x"}', 'unknown field "kiker"'],
    ['{"headline": "h", "body": ["p"]}', 'body must be text'],
    ['{"headline": "h", "desk": 1}', 'desk must be text'],
    ['"just a string"', 'each line must be a JSON object like {"headline": "…"}, not a string'],
    ['null', 'not null'],
    ['{"headline": "h",}', 'the line is not valid JSON'],
  ])('refuses %s', (line, message) => {
    expect(messageOf(parseJsonlLine(line, 7))).toContain(message);
  });

  it('numbers lines as an editor does, skipping blank lines and judging each line alone', () => {
    const file = parseJsonl(utf8('\uFEFF{"headline":"a"}\r\n\r\n{oops}\r\n{"headline":"b"}\r\n'));
    expect(entriesOf(file).map((entry) => [entry.line, entry.ok])).toEqual([
      [1, true],
      [3, false],
      [4, true],
    ]);
  });

  it('refuses only the lines that are not UTF-8', () => {
    const bytes = Uint8Array.from([...utf8('{"headline":"a"}\n{"headline":"'), 0xd3, 0xe1, ...utf8('"}\n{"headline":"c"}')]);
    expect(entriesOf(parseJsonl(bytes)).map((entry) => messageOf(entry) ?? 'ok')).toEqual(['ok', 'the line is not UTF-8 text', 'ok']);
  });

  it('refuses a file with no article lines as empty', () => {
    expect(parseJsonl(utf8('\n  \n'))).toEqual({ ok: false, message: 'the file is empty' });
  });
});
