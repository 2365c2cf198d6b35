/**
 * Limits and hostile input: what the contract, the save path and import refuse (bodies over
 * 8 MiB or nested too deep, control characters in any text, oversized files), that a refusal
 * is a clear error that changes nothing, and that an import of the largest file accepted stays
 * within 500 MB.
 */
import { execFile } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../common/constants';
import { dispatchApiCall } from '../../api/dispatch';
import { toApiFailure } from '../../common/api/failures';
import { bodyFromPlainText } from '../../db/editor/headless';
import { importPaths } from '../../db/import/import-files';
import { dabirBin } from '../cli/run-cli';
import { makeTempDir, openTempArchive, type TempArchive } from '../support/temp-archive';

const run = promisify(execFile);
let temp: TempArchive;
afterEach(() => temp?.cleanup());

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (children: object[]) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children });
const bodyOf = (...children: object[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } });

/** Lists inside lists, `depth` deep, around one Persian word. */
function nestedBody(depth: number) {
  let node: object = text('سلام');
  for (let i = 0; i < depth; i += 1) {
    node = { type: 'list', listType: 'bullet', start: 1, tag: 'ul', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'listitem', value: 1, version: 1, direction: null, format: '', indent: 0, children: [node] }] };
  }
  return bodyOf(node);
}

function storyArchive() {
  temp = openTempArchive();
  const story = temp.archive.articles.create({ headline: 'نشست جاکارتا', body: bodyFromPlainText('متن نخست') });
  const call = (method: string, args: unknown) => dispatchApiCall(temp.archive.services, method, args);
  const unchanged = () => expect(temp.archive.articles.get(story.id)).toMatchObject({ revision: 1, headline: 'نشست جاکارتا', bodyText: 'متن نخست' });
  return { id: story.id, call, unchanged };
}

describe('the contract and the save path', () => {
  it('refuses a control character in any text field, the body’s text included, and changes nothing', () => {
    const { id, call, unchanged } = storyArchive();
    const refusals: Array<[string, unknown, RegExp]> = [
      ['saveArticle', { id, baseRevision: 1, fields: { headline: 'زنگ\u0007' } }, /fields\.headline: .*control character \(U\+0007\)/],
      ['saveArticle', { id, baseRevision: 1, fields: { lead: 'سطر\r\nدوم' } }, /fields\.lead: .*U\+000D/],
      ['saveArticle', { id, baseRevision: 1, fields: { body: bodyOf(paragraph([text('\u001b[31mقرمز')])) } }, /fields\.body\.root\.children\.0\.children\.0\.text: .*U\+001B/],
      ['saveArticle', { id, baseRevision: 1, fields: { tags: ['برچسب\u0000'] } }, /fields\.tags\.0: .*U\+0000/],
      ['createArticle', { fields: { byline: '\u0008' } }, /fields\.byline/],
      ['createEntity', { kind: 'person', canonical: 'ظریف\u001b]0;x\u0007' }, /canonical: .*U\+001B/],
      ['searchArticles', { query: 'ایران\u001b' }, /query: .*U\+001B/],
    ];
    for (const [method, args, message] of refusals) {
      const result = call(method, args);
      expect(result, `${method} ${JSON.stringify(args)}`).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    unchanged();
    expect(temp.archive.articles.list().total).toBe(1);
    expect(temp.archive.entityReads.list({ query: 'ظریف' }).items.filter((entity) => entity.canonical.includes('\u001b'))).toEqual([]);
    // Tab and line feed are text.
    expect(call('saveArticle', { id, baseRevision: 1, fields: { lead: 'ستون\tیک\nسطر دوم' } })).toMatchObject({ ok: true });
    // The save path refuses them whoever calls it, not only the contract.
    expect(() => temp.archive.articles.save(id, { kicker: '\u000c' }, { baseRevision: 2 })).toThrow(/control character \(U\+000C\)/);
  });

  it('refuses a body over 8 MiB, through the contract and the save path alike', () => {
    const { id, call, unchanged } = storyArchive();
    // About 14 MB of JSON, as the save that was once accepted.
    const huge = bodyFromPlainText('نشست سران سازمان همکاری اسلامی در جاکارتا برگزار شد. '.repeat(140_000));
    const refused = call('saveArticle', { id, baseRevision: 1, fields: { body: huge } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/fields\.body: is 1\d\.\d+ MiB; a body may be at most 8 MiB/);
    expect(() => temp.archive.articles.save(id, { body: huge }, { baseRevision: 1 })).toThrow(/body is 1\d\.\d+ MiB; a body may be at most 8 MiB/);
    unchanged();
  });

  it('answers a body too deep for SQLite’s JSON with invalid_argument, never storage or internal', () => {
    const { id, call, unchanged } = storyArchive();
    for (const depth of [600, 5_000]) {
      const result = call('saveArticle', { id, baseRevision: 1, fields: { body: nestedBody(depth) } });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_argument', message: expect.stringContaining('nests deeper than 200 levels') } });
      expect(() => temp.archive.articles.save(id, { body: nestedBody(depth) as never }, { baseRevision: 1 })).toThrow(
        expect.objectContaining({ code: 'invalid_argument' }),
      );
    }
    unchanged();
    // A list nested as deep as an editor ever would is a body like any other.
    expect(call('saveArticle', { id, baseRevision: 1, fields: { body: nestedBody(12) } })).toMatchObject({ ok: true });
  });

  it('reports a value a CHECK of the schema refuses (json_valid among them) as invalid_argument', () => {
    temp = openTempArchive();
    let failure: unknown;
    try {
      temp.archive.db.prepare("INSERT INTO preferences (key, value) VALUES ('locale', '{not json')").run();
    } catch (error) {
      failure = error;
    }
    expect((failure as { code?: string }).code).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(toApiFailure(failure)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });
});

describe('import', () => {
  async function importInto(files: string[]) {
    temp = openTempArchive();
    return (await importPaths(temp.archive, files)).files;
  }

  it('checks a file’s size before reading it', async () => {
    const dir = makeTempDir();
    // Sparse: as large as it says, written in no time; reading one would take all of it.
    const text = join(dir, 'huge.txt');
    writeFileSync(text, '');
    truncateSync(text, 50 * 1024 * 1024);
    const lines = join(dir, 'huge.jsonl');
    writeFileSync(lines, '');
    truncateSync(lines, LIMITS.importJsonlFileBytes + 1);
    const started = Date.now();
    const [txt, jsonl] = await importInto([text, lines]);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(txt.errors).toEqual([{ source: text, code: 'too_large', message: 'the file is 50 MB; a document of this kind may be at most 16 MB' }]);
    // A .jsonl is streamed: its first line is refused once it outgrows any article.
    expect(jsonl.errors).toEqual([{ source: `${lines}:1`, code: 'invalid_line', message: 'the line is longer than 9.0 MB, more than an article may hold' }]);
    expect(temp.archive.articles.list().total).toBe(0);
  });

  it('refuses control characters in a .txt by line and in a .jsonl by field, and a .jsonl line over 8 MiB', async () => {
    const dir = makeTempDir();
    const text = join(dir, 'feed.txt');
    // A form feed is a page break (a line break); a bell is no text at all.
    writeFileSync(text, 'تیتر خبر\r\nبند یک\r\n\fبند دو\r\n\u0007بند سه\r\n');
    const lines = join(dir, 'feed.jsonl');
    const long = `{"headline": "بلند", "body": "${'ا'.repeat(LIMITS.bodyJsonBytes / 2 + 10)}"}`;
    writeFileSync(
      lines,
      [
        JSON.stringify({ headline: 'خبر سالم', body: 'بند یک\r\nبند دو' }),
        JSON.stringify({ headline: 'زنگ \u0007 در تیتر' }),
        JSON.stringify({ headline: 'برچسب بد', tags: ['\u001b[2J'] }),
        long,
        JSON.stringify({ headline: 'خبر سالم دوم', dateline: 'وین\u000bژنو' }),
      ].join('\n'),
    );
    const [txt, jsonl] = await importInto([text, lines]);
    expect(txt.errors).toEqual([{ source: text, code: 'control_character', message: 'the text holds a control character (U+0007) on line 5; it is not plain text' }]);
    expect(jsonl.imported.map((item) => item.headline)).toEqual(['خبر سالم']);
    expect(jsonl.errors.map((error) => [error.source.split(':').pop(), error.message])).toEqual([
      ['2', 'headline holds a control character (U+0007); only tab and line feed may appear in text'],
      ['3', 'tags.0 holds a control character (U+001B); only tab and line feed may appear in text'],
      ['4', 'the article is too long (its body is 8.0 MB; an article may hold 8 MB)'],
      ['5', 'datelinePlace holds a control character (U+000B); only tab and line feed may appear in text'],
    ]);
    // A Windows line end inside a body is a line end.
    expect(temp.archive.articles.get(jsonl.imported[0].id).bodyText).toBe('بند یک\nبند دو');
  });

  it('imports the largest .txt it accepts, one 8 MiB line, within 500 MB', async () => {
    const dir = makeTempDir();
    const file = join(dir, 'one-line.txt');
    const sentence = 'وزیر امور خارجه ایران روز یکشنبه برای شرکت در نشست فوق‌العاده سازمان همکاری اسلامی وارد جاکارتا شد. ';
    // As long as a body may be once it is Lexical's JSON (a few hundred bytes more than its text).
    const copies = Math.floor((LIMITS.bodyJsonBytes - 1_000) / Buffer.byteLength(sentence));
    writeFileSync(file, `نشست جاکارتا\n${sentence.repeat(copies)}`);
    // The command line as built, in a process of its own, its peak resident memory (VmHWM)
    // read as it exits: the import a user runs, without a test runner's or a compiler's memory.
    const peakOnExit = `process.on('exit', () => process.stderr.write('peak-kb ' + /VmHWM:\\s+(\\d+) kB/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1] + '\\n')); import(${JSON.stringify(dabirBin)});`;
    const { stdout, stderr } = await run(process.execPath, ['-e', peakOnExit, 'dabir', 'import', file, '--db', join(dir, 'archive.sqlite'), '--json'], { maxBuffer: 1024 * 1024 });
    const report = JSON.parse(stdout) as { imported: unknown[]; errors: unknown[] };
    const result = { imported: report.imported.length, errors: report.errors, peakMb: Number(/peak-kb (\d+)/.exec(stderr)?.[1]) / 1024 };
    expect(result).toMatchObject({ imported: 1, errors: [] });
    expect(result.peakMb).toBeLessThan(500);
  }, 120_000);
});
