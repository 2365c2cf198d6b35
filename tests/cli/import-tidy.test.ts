/**
 * `dabir import --tidy`: the editor's typography rules applied on the way in, on request only;
 * without the option an import keeps exactly what was filed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../cli/args';
import { importFiles } from '../../db/import/import-files';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

const Z = '\u200c';
let temp: TempArchive;
beforeEach(() => {
  temp = openTempArchive();
});
afterEach(() => temp.cleanup());

const messy = { headline: 'ايران و گروه 5+1', lead: 'مذاكرات ادامه مي يابد', body: 'كشور ها در سال 1376 گفتند "توافق اجرا مي شود" .' };

describe('import --tidy', () => {
  it('tidies the head fields and every paragraph, and counts the fixes', () => {
    const path = join(temp.dir, 'wire.jsonl');
    writeFileSync(path, JSON.stringify(messy));
    const report = importFiles(temp.archive, [path], { tidy: true });
    const article = temp.archive.articles.get(report.files[0].imported[0].id);
    expect(article.headline).toBe('ایران و گروه 5+1');
    expect(article.lead).toBe(`مذاکرات ادامه می${Z}یابد`);
    expect(article.bodyText).toBe(`کشور${Z}ها در سال ۱۳۷۶ گفتند «توافق اجرا می${Z}شود».`);
    expect(report.tidied).toMatchObject({ arabicYeh: 4, arabicKaf: 2, halfSpace: 3, digits: 1, quotes: 1 });
  });

  it('keeps what was filed without the option', () => {
    const path = join(temp.dir, 'wire.jsonl');
    writeFileSync(path, JSON.stringify(messy));
    const report = importFiles(temp.archive, [path]);
    expect(temp.archive.articles.get(report.files[0].imported[0].id).headline).toBe(messy.headline);
    expect(report.tidied).toBeUndefined();
  });

  it('is an option of the command line', () => {
    expect(parseCliArgs(['import', 'a.jsonl', '--tidy']).tidy).toBe(true);
    expect(parseCliArgs(['import', 'a.jsonl']).tidy).toBe(false);
  });
});
