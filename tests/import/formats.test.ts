/**
 * Importing every format an archive holds, into a real archive: a real .docx written by the
 * `docx` library, HTML as Word and Google Docs save it, Markdown, and text in Windows-1256.
 * Headings, bold, italic, lists, links and paragraphs must survive; the headline and date come
 * from the document's own title and metadata.
 */
import iconv from 'iconv-lite';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPaths } from '../../db/import/import-files';
import { openTempArchive, type TempArchive } from '../support/temp-archive';
import { blocksOf, FIXTURES, inlineOf, persianDocx } from './support';

let temp: TempArchive;
beforeEach(() => {
  temp = openTempArchive();
});
afterEach(() => temp.cleanup());

async function importOne(path: string) {
  const report = await importPaths(temp.archive, [path]);
  expect(report.files[0].errors).toEqual([]);
  expect(report.files[0].imported).toHaveLength(1);
  return temp.archive.articles.get(report.files[0].imported[0].id);
}

describe('import of documents', () => {
  it('reads a .docx with its title, headings, bold, italic, both kinds of list and links', async () => {
    const path = join(temp.dir, 'نشست.docx');
    writeFileSync(path, await persianDocx());
    const article = await importOne(path);
    expect(article.headline).toBe('نشست فوق‌العاده سازمان همکاری اسلامی در جاکارتا');
    expect(blocksOf(article.body)).toEqual([
      'p:وزیران خارجه در جاکارتا گرد هم آمدند و بیانیه‌ای صادر کردند.',
      'h2:محورهای بیانیه',
      'ul:محکومیت تصمیم آمریکا|حمایت از فلسطین',
      'ol:گام نخست: نشست سران',
      'p:متن کامل در پایگاه سازمان آمده است.',
    ]);
    expect(inlineOf(article.body)).toEqual({ bold: ['جاکارتا'], italic: ['بیانیه‌ای'], links: ['https://www.oic-oci.org/'] });
    expect(article.revision).toBe(1);
  });

  it('reads HTML that Word saved in Windows-1256: title, bold and italic from CSS, its fake lists as real ones', async () => {
    const article = await importOne(join(FIXTURES, 'word-saved.htm'));
    // Windows-1256 has no Persian yeh: the old file's Arabic yeh is kept as written.
    expect(article.headline).toBe('گزارش نشست وزيران خارجه در جاکارتا');
    expect(blocksOf(article.body)).toEqual([
      'p:وزير امور خارجه روز چهارشنبه در نشست فوق‌العاده سازمان همکاري اسلامي سخنراني کرد و گفت: «قدس خط قرمز ماست».',
      'p:تأکيد بر وحدت در بيانيه پاياني آمده است.',
      'ul:محکوميت تصميم آمريکا|حمايت از مردم فلسطين',
      'p:متن کامل در پايگاه سازمان منتشر شد.',
    ]);
    expect(inlineOf(article.body)).toEqual({
      bold: ['سازمان همکاري اسلامي', 'تأکيد بر وحدت'],
      italic: ['«قدس خط قرمز ماست»'],
      links: ['https://www.oic-oci.org/'],
    });
    // Search folds the Arabic yeh: the archive finds the story as an editor types it today.
    expect(temp.archive.search.search({ query: 'وزیران جاکارتا' }).results.map((hit) => hit.id)).toEqual([article.id]);
  });

  it('reads HTML that Google Docs exported: class rules become bold and italic, the date comes from <meta>', async () => {
    const article = await importOne(join(FIXTURES, 'google-docs.html'));
    expect(article.headline).toBe('بیانیهٔ پایانی نشست استانبول');
    expect(article.datelineDate).toBe('2017-12-14');
    expect(article.createdAt).toBe('2017-12-14T00:00:00.000Z');
    expect(blocksOf(article.body)).toEqual(['p:سران کشورهای اسلامی در استانبول گرد آمدند و قدس شرقی\u00a0را پایتخت فلسطین خواندند.', 'ul:نخست|دوم', 'p:پیوند']);
    expect(inlineOf(article.body).bold).toEqual(['استانبول']);
    expect(inlineOf(article.body).italic).toEqual(['قدس شرقی']);
  });

  it('reads Markdown with a front matter, and a Windows-1256 text file', async () => {
    const md = join(temp.dir, 'story.md');
    writeFileSync(md, '---\ntitle: "سفر ظریف به جاکارتا"\ndate: 2017-12-12T09:00:00+07:00\n---\n\n## پیش‌زمینه\n\nاین سفر **مهم** و *کوتاه* بود.\n\n- یک\n- دو\n\n[ایرنا](https://irna.ir/) و [بد](javascript:alert(1))\n');
    const fromMarkdown = await importOne(md);
    expect(fromMarkdown.headline).toBe('سفر ظریف به جاکارتا');
    expect(fromMarkdown.datelineDate).toBe('2017-12-12');
    expect(blocksOf(fromMarkdown.body)).toEqual(['h2:پیش‌زمینه', 'p:این سفر مهم و کوتاه بود.', 'ul:یک|دو', 'p:ایرنا و بد']);
    expect(inlineOf(fromMarkdown.body)).toEqual({ bold: ['مهم'], italic: ['کوتاه'], links: ['https://irna.ir/'] });

    const txt = join(temp.dir, 'old.txt');
    writeFileSync(txt, iconv.encode('بيانيه پاياني\r\nوزيران خارجه ديدار کردند.\r\n', 'windows-1256'));
    const fromText = await importOne(txt);
    expect(fromText.headline).toBe('بيانيه پاياني');
    expect(fromText.bodyText).toBe('وزيران خارجه ديدار کردند.');
  });

  it('reads UTF-16 text with a BOM, as Notepad saves "Unicode"', async () => {
    const path = join(temp.dir, 'notepad.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('تیتر یونیکد\r\nمتن خبر.\r\n', 'utf16le')]));
    const article = await importOne(path);
    expect(article.headline).toBe('تیتر یونیکد');
    expect(article.bodyText).toBe('متن خبر.');
  });

  it('reads a folder recursively, in name order, passing over files of other kinds', async () => {
    const folder = join(temp.dir, 'coverage');
    mkdirSync(join(folder, '1396', 'آذر'), { recursive: true });
    writeFileSync(join(folder, 'a.txt'), 'الف\nمتن الف');
    writeFileSync(join(folder, '1396', 'b.md'), '# ب\n\nمتن ب');
    copyFileSync(join(FIXTURES, 'google-docs.html'), join(folder, '1396', 'آذر', 'c.html'));
    writeFileSync(join(folder, '1396', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    writeFileSync(join(folder, '.hidden.txt'), 'پنهان');
    const report = await importPaths(temp.archive, [folder]);
    expect(report.files.map((file) => file.file)).toEqual([join(folder, '1396', 'b.md'), join(folder, '1396', 'آذر', 'c.html'), join(folder, 'a.txt')]);
    expect(report.files.flatMap((file) => file.imported.map((article) => article.headline))).toEqual(['ب', 'بیانیهٔ پایانی نشست استانبول', 'الف']);
    expect(report.ignored).toEqual([join(folder, '1396', 'photo.jpg')]);
  });
});
