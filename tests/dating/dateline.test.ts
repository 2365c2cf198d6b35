/**
 * Dates from the dateline at a story's start, as the agencies write it; a year later in the
 * body is history, never the story's date; without a dateline an import is undated.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { datelineInText } from '../../db/dating/dateline-in-text';
import { importFiles } from '../../db/import/import-files';
import { gazetteerEntityId } from '../../db/entities/entity-id';
import { entityPage } from '../../db/entities/entity-page';
import { sampleArticleText } from '../entities/support';
import { openTempArchive, type TempArchive } from '../support/temp-archive';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

let temp: TempArchive;
afterEach(() => temp?.cleanup());

describe('the dateline at a story’s start', () => {
  it.each([
    ['تهران - ۱۶ آذر ۱۳۹۵ (ایرنا) - نوزده سال پیش در چنین روزی', { day: '2016-12-06', place: 'تهران' }],
    ['تهران، دوشنبه ۱۶ آذرماه ۱۳۹۵ - وزیر امور خارجه', { day: '2016-12-06', place: 'تهران' }],
    ['تهران - ایرنا - ۱۶ آذر ۱۳۹۵ - وزیر امور خارجه', { day: '2016-12-06', place: 'تهران' }],
    ['جاکارتا - ۷ دسامبر ۲۰۱۷ - نشست فوق‌العاده', { day: '2017-12-07', place: 'جاکارتا' }],
    ['بیروت- 5 ژوئیه 2024 (ایسنا)- نخست‌وزیر لبنان', { day: '2024-07-05', place: 'بیروت' }],
    ['۱۳۹۵/۰۹/۱۶ - وزیر امور خارجه', { day: '2016-12-06', place: null }],
    ['تهران - ۳۰ اسفند ۱۴۰۳ - سال نو', { day: '2025-03-20', place: 'تهران' }],
  ])('reads %s', (text, expected) => {
    expect(datelineInText(text)).toEqual(expected);
  });

  it.each([
    ['a story that opens with a date and no dateline', '۱۶ آذر ۱۳۷۶ هشتمین اجلاس سران کشورهای اسلامی در تهران برگزار شد.'],
    ['an agency dateline without a date', 'تهران - ایرنا - اسماعیل بقائی سخنگوی وزارت امور خارجه گفت:'],
    ['a day that does not exist', 'تهران - ۳۱ اسفند ۱۳۹۵ - متن خبر'],
    ['a date further in the story', 'نشست امروز برگزار شد. تهران - ۱۶ آذر ۱۳۹۵ -'],
  ])('finds nothing in %s', (_, text) => {
    expect(datelineInText(text)).toBeNull();
  });
});

describe('an import without a date', () => {
  it('takes the dateline’s day, never a year the body mentions; the sample, with none, is undated and stands apart', () => {
    temp = openTempArchive();
    const { archive, dir } = temp;
    const dated = join(dir, 'dated.txt');
    writeFileSync(dated, 'یادی از اجلاس تهران\nتهران - ۱۶ آذر ۱۳۹۵ (ایرنا) - هشتمین اجلاس سران سازمان کنفرانس اسلامی در شانزدهم آذرماه 1376 در تهران برگزار شد.\n');
    const sample = join(dir, 'sample.txt');
    writeFileSync(sample, sampleArticleText());
    const report = importFiles(archive, [dated, sample]);
    const [datedId, sampleId] = report.files.map((file) => file.imported[0].id);
    expect(archive.articles.get(datedId)).toMatchObject({ datelineDate: '2016-12-06', datelinePlace: 'تهران' });
    expect(archive.articles.get(sampleId).datelineDate).toBeNull();

    // On the OIC's timeline, the sample is not under the month of the import but apart, undated.
    const oic = gazetteerEntityId('org:oic');
    for (const id of [datedId, sampleId]) archive.mentions.setState(id, oic, 'confirmed');
    const { timeline } = entityPage(archive, oic);
    expect(timeline.map((item) => [item.articleId, item.day])).toEqual([
      [datedId, '2016-12-06'],
      [sampleId, null],
    ]);
    // Giving it a date by hand dates it.
    archive.articles.save(sampleId, { datelineDate: '2017-12-13' });
    expect(entityPage(archive, oic).timeline[0]).toMatchObject({ articleId: sampleId, day: '2017-12-13' });
  });
});
