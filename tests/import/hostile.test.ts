/**
 * Hostile and broken files: each is refused with a clear reason (or, for script-laden HTML,
 * imported with nothing dangerous left), nothing of it is written, and the files around it
 * still import.
 */
import { once } from 'node:events';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Zip, ZipDeflate } from 'fflate';
import { importPaths } from '../../db/import/import-files';
import { openTempArchive, type TempArchive } from '../support/temp-archive';
import { FIXTURES, persianDocx } from './support';

let temp: TempArchive;
beforeEach(() => {
  temp = openTempArchive();
});
afterEach(() => temp.cleanup());

/** A zip whose one entry is `size` zero bytes, compressed as it is made: a few kilobytes on disk, renamed .docx. */
async function zipBomb(path: string, size: number): Promise<void> {
  const out = createWriteStream(path);
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    out.write(chunk);
    if (final) out.end();
  });
  const entry = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(entry);
  const zeros = new Uint8Array(1 << 20);
  for (let left = size; left > 0; left -= zeros.length) entry.push(zeros.subarray(0, Math.min(left, zeros.length)), left <= zeros.length);
  zip.end();
  await once(out, 'close');
}

describe('hostile input', () => {
  it('imports script-laden HTML with every script, handler, javascript:/data: address, image, style, form and frame gone', async () => {
    const report = await importPaths(temp.archive, [join(FIXTURES, 'hostile.html')]);
    const [article] = report.files[0].imported;
    const stored = temp.archive.articles.get(article.id);
    expect(stored.headline).toBe('تیتر سالم');
    const json = JSON.stringify(stored.body);
    for (const bad of ['script', 'alert', 'evil.example', 'javascript', 'data:', 'onload', 'onclick', 'onerror', 'iframe', 'steal']) {
      expect(json).not.toContain(bad);
    }
    expect(stored.bodyText.split('\n')).toEqual(['بند اول پررنگ.', 'پیوند جاوااسکریپت و پیوند داده و ایرنا', 'بند آخر']);
    expect(json).toContain('https://irna.ir/');
  });

  it('refuses a zip bomb renamed .docx, a truncated .docx, zero bytes and binary, and imports the good file beside them', async () => {
    const dir = temp.dir;
    await zipBomb(join(dir, 'bomb.docx'), 24 * 1024 * 1024);
    const docx = await persianDocx();
    writeFileSync(join(dir, 'truncated.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'empty.docx'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(join(dir, 'not-a-zip.docx'), 'این یک سند ورد نیست');
    writeFileSync(join(dir, 'control.txt'), 'تیتر\nمتن \u001b[31m رنگی');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('caf\xe9 cr\xe8me\n', 'latin1'));
    writeFileSync(join(dir, 'good.txt'), 'خبر سالم\nمتن خبر سالم.');
    const names = ['bomb.docx', 'truncated.docx', 'empty.txt', 'empty.docx', 'binary.txt', 'not-a-zip.docx', 'control.txt', 'latin1.txt', 'good.txt'];

    const report = await importPaths(temp.archive, names.map((name) => join(dir, name)));
    const codes = Object.fromEntries(report.files.map((file) => [file.file.slice(dir.length + 1), file.errors.map((error) => error.code).join(',')]));
    expect(codes).toEqual({
      'bomb.docx': 'unsafe_archive',
      'truncated.docx': 'damaged',
      'empty.txt': 'empty',
      'empty.docx': 'empty',
      'binary.txt': 'binary',
      'not-a-zip.docx': 'damaged',
      'control.txt': 'control_character',
      'latin1.txt': 'invalid_encoding',
      'good.txt': '',
    });
    const messages = report.files.flatMap((file) => file.errors.map((error) => error.message));
    expect(messages.find((message) => message.includes('zip bomb'))).toBeDefined();
    expect(messages.find((message) => message.includes('invalid bytes on line 1'))).toBeDefined();
    expect(messages.find((message) => message.includes('U+001B') && message.includes('line 2'))).toBeDefined();
    expect(temp.archive.articles.list().items.map((item) => item.headline)).toEqual(['خبر سالم']);
    expect(temp.archive.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a text file over the size limit before reading it', async () => {
    const path = join(temp.dir, 'huge.txt');
    writeFileSync(path, Buffer.alloc(17 * 1024 * 1024, 0x61));
    const report = await importPaths(temp.archive, [path]);
    expect(report.files[0].errors[0]).toMatchObject({ code: 'too_large', message: expect.stringContaining('17 MB') });
    expect(readFileSync(path).length).toBe(17 * 1024 * 1024);
  });
});
