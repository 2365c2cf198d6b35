/**
 * An import run again changes nothing (duplicates are skipped and named, also when the story
 * was typed with other letters); a cancelled import leaves whole files only; progress comes
 * in the shared long-operation shape.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBody, bodyFromPlainText } from '../../db/editor/headless';
import { importPaths } from '../../db/import/import-files';
import { plainTextBody } from '../../db/import/plain-text-body';
import type { JobProgress } from '../../common/contract';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

let temp: TempArchive;
beforeEach(() => {
  temp = openTempArchive();
});
afterEach(() => temp.cleanup());

const ZWNJ = '\u200c';

describe('running an import again', () => {
  it('skips every story the archive already holds, however its letters and half-spaces were typed', async () => {
    const a = join(temp.dir, 'a.txt');
    const b = join(temp.dir, 'b.jsonl');
    writeFileSync(a, `نشست فوق${ZWNJ}العاده در جاکارتا\nوزیران خارجه گرد هم آمدند.`);
    const id = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e';
    writeFileSync(b, [JSON.stringify({ id, headline: 'بیانیه پایانی', body: 'متن بیانیه.' }), JSON.stringify({ headline: 'خبر دوم', body: 'متن دوم.' })].join('\n'));
    const first = await importPaths(temp.archive, [a, b]);
    expect(first.files.flatMap((file) => file.imported)).toHaveLength(3);

    // The same stories, one typed again with Arabic yeh and kaf and a space for the half-space.
    const retyped = join(temp.dir, 'retyped.txt');
    writeFileSync(retyped, 'نشست فوق العاده در جاکارتا\nوزيران خارجه گرد هم آمدند.');
    const again = await importPaths(temp.archive, [a, b, retyped]);
    expect(again.files.flatMap((file) => file.imported)).toEqual([]);
    expect(again.files.flatMap((file) => file.errors)).toEqual([]);
    expect(again.files.flatMap((file) => file.skipped.map((skip) => [skip.source, skip.duplicateOf.headline]))).toEqual([
      [`${a}:1`, `نشست فوق${ZWNJ}العاده در جاکارتا`],
      [`${b}:1`, 'بیانیه پایانی'],
      [`${b}:2`, 'خبر دوم'],
      [`${retyped}:1`, `نشست فوق${ZWNJ}العاده در جاکارتا`],
    ]);
    expect(temp.archive.articles.list().total).toBe(3);
  });

  it('imports a story again once the one in the archive was deleted, and a changed story as new', async () => {
    const path = join(temp.dir, 'story.txt');
    writeFileSync(path, 'خبر\nمتن.');
    const [first] = (await importPaths(temp.archive, [path])).files[0].imported;
    temp.archive.deletion.delete(first.id, 'remove');
    expect((await importPaths(temp.archive, [path])).files[0].imported).toHaveLength(1);
    writeFileSync(path, 'خبر\nمتن تازه.');
    expect((await importPaths(temp.archive, [path])).files[0].imported).toHaveLength(1);
  });
});

describe('cancelling an import', () => {
  it('keeps the files done before, rolls back the file in progress, and reports progress on the way', async () => {
    const done = join(temp.dir, 'done.txt');
    writeFileSync(done, 'پیش از لغو\nمتن.');
    const big = join(temp.dir, 'big.jsonl');
    writeFileSync(big, Array.from({ length: 1200 }, (_, i) => JSON.stringify({ headline: `خبر ${i}`, body: `متن خبر شماره ${i}.` })).join('\n'));
    const after = join(temp.dir, 'after.txt');
    writeFileSync(after, 'پس از لغو\nمتن.');

    const controller = new AbortController();
    const seen: JobProgress[] = [];
    const report = await importPaths(temp.archive, [done, big, after], {
      signal: controller.signal,
      onProgress: (progress) => {
        seen.push(progress);
        // Cancel once part of the big file is written.
        if (progress.current === big && progress.done > 0 && temp.archive.articles.list().total > 100) controller.abort();
      },
    });
    expect(report.stoppedBy).toBe('cancelled');
    expect(report.files.map((file) => [file.imported.length, file.errors.map((error) => error.code).join()])).toEqual([
      [1, ''],
      [0, 'cancelled'],
      [0, 'cancelled'],
    ]);
    expect(temp.archive.articles.list().items.map((item) => item.headline)).toEqual(['پیش از لغو']);
    expect(temp.archive.db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(1);
    expect(temp.archive.search.search({ query: 'خبر' }).total).toBe(0);
    expect(seen.some((progress) => progress.phase === 'importing' && progress.current === big)).toBe(true);
    expect(seen.every((progress) => progress.done <= progress.total)).toBe(true);
  });
});

describe('the plain-text body written directly', () => {
  it('is exactly what Lexical serialises for the same paragraphs', () => {
    const text = `بند یک\n\nبند سه با نیم${ZWNJ}فاصله\n  فاصله در آغاز`;
    expect(readBody(plainTextBody(text)).json).toBe(readBody(bodyFromPlainText(text)).json);
    expect(JSON.stringify(plainTextBody(text))).toBe(readBody(bodyFromPlainText(text)).json);
    // What the import hands the save path instead of reading the body again.
    const read = readBody(plainTextBody(text));
    expect(read.text).toBe(text);
    expect([...read.references.articleIds, ...read.references.entityIds]).toEqual([]);
  });
});
