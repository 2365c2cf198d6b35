/**
 * The quote register on real-style Persian stories: who said what, found as the agencies write
 * it, collected on the person's page with the story's day and place, and corrected by editors.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { gazetteerEntityId } from '../../db/entities/entity-id';
import { entityPage } from '../../db/entities/entity-page';
import { openEntityArchive, sampleArticleText, type EntityArchive } from '../entities/support';

let temp: EntityArchive;
afterEach(() => temp?.cleanup());

const ZARIF = gazetteerEntityId('person:zarif');
const LAVROV = gazetteerEntityId('person:lavrov');
const WANG_YI = gazetteerEntityId('person:wang-yi');

const INTERVIEW = [
  'محمد جواد ظریف وزیر امور خارجه پیشین کشورمان در گفت‌وگو با شبکه سی‌ان‌ان گفت: مذاکرات ادامه دارد و راه دیپلماسی بسته نشده است.',
  'سرگئی لاوروف وزیر خارجه روسیه نیز در مسکو تصریح کرد که توافق هسته‌ای تنها راه حل این بحران است.',
  'به گفته‌ی وانگ یی، چین از هر راه‌حل سیاسی حمایت می‌کند.',
  '«ما به تعهدات خود پایبندیم»، ظریف در پایان این گفت‌وگو افزود.',
].join('\n');

function interview(archive: Archive, day = '2024-05-02'): string {
  return archive.articles.create({ headline: 'ظریف: مذاکرات ادامه دارد', body: bodyFromPlainText(INTERVIEW), datelineDate: day, datelinePlace: 'تهران' }).id;
}

describe('the quote register', () => {
  it('finds who said what, in the ways the agencies write it', () => {
    temp = openEntityArchive();
    const { archive } = temp;
    const id = interview(archive);
    const quotes = archive.quotes.forArticle(id);
    expect(quotes.map((quote) => [quote.person?.id, quote.sentence])).toEqual([
      [ZARIF, INTERVIEW.split('\n')[0]],
      [LAVROV, INTERVIEW.split('\n')[1]],
      [WANG_YI, INTERVIEW.split('\n')[2]],
      [ZARIF, INTERVIEW.split('\n')[3]],
    ]);
    expect(quotes[3]).toMatchObject({ speaker: 'ظریف', day: '2024-05-02', place: 'تهران', origin: 'detected', articleId: id });
  });

  it('gives «وی گفت» to the person the story has been speaking of: the sample’s Indonesian minister', () => {
    temp = openEntityArchive();
    const { archive } = temp;
    const id = archive.articles.create({ headline: '', body: bodyFromPlainText(sampleArticleText()) }).id;
    const quotes = archive.quotes.forArticle(id);
    expect(quotes.map((quote) => quote.person?.canonical)).toEqual(['رتنو مرسودی', 'رتنو مرسودی']);
    expect(quotes[1].sentence).toBe('وی با بیان این که در جهان امروز درگیری بسیاری وجود دارد، تصریح کرد: مشکل و مناقشه فلسطین تاکنون حل نشده است.');
  });

  it('collects a person’s quotes on their page, newest first, and lists them by days', () => {
    temp = openEntityArchive();
    const { archive } = temp;
    const older = interview(archive, '2023-01-10');
    const newer = archive.articles.create({
      headline: 'ظریف در داووس',
      body: bodyFromPlainText('ظریف گفت: ایران به دنبال سلاح هسته‌ای نیست.'),
      datelineDate: '2024-06-01',
      datelinePlace: 'داووس',
    }).id;
    const page = entityPage(archive, ZARIF);
    expect(page.quotes.map((quote) => [quote.articleId, quote.day, quote.place])).toEqual([
      [newer, '2024-06-01', 'داووس'],
      [older, '2023-01-10', 'تهران'],
      [older, '2023-01-10', 'تهران'],
    ]);
    expect(archive.quotes.list({ entityId: ZARIF, from: '2024-01-01' }).map((quote) => quote.articleId)).toEqual([newer]);
    expect(archive.quotes.list({ entityId: ZARIF, to: '2023-12-31' })).toHaveLength(2);
    // A country has no quotes section.
    expect(entityPage(archive, gazetteerEntityId('country:IR')).quotes).toEqual([]);
  });

  it('keeps a new speaker’s quote by name, and gives it to the person once the name is added', () => {
    temp = openEntityArchive();
    const { archive } = temp;
    const id = archive.articles.create({
      headline: 'نشست خبری',
      body: bodyFromPlainText('اسماعیل بقائی سخنگوی وزارت امور خارجه گفت: مذاکرات ادامه دارد.\nبقائی همچنین گفت رزمایش مشترک آغاز شده است.'),
    }).id;
    expect(archive.quotes.forArticle(id).map((quote) => [quote.person, quote.speaker])).toEqual([
      [null, 'اسماعیل بقائی'],
      [null, 'اسماعیل بقائی'],
    ]);
    const person = archive.mentions.acceptProposal(id, 'اسماعیل بقائی');
    expect(archive.quotes.forArticle(id).map((quote) => quote.person?.id)).toEqual([person.id, person.id]);
    expect(entityPage(archive, person.id).quotes).toHaveLength(2);
  });

  it('lets the editor mark a sentence, correct a speaker and remove a quote, and a re-save keeps their word', () => {
    temp = openEntityArchive();
    const { archive } = temp;
    const id = interview(archive);
    const sentences = INTERVIEW.split('\n');
    const [, lavrov] = archive.quotes.forArticle(id);
    // Correct: the second quote was Wang Yi's, not Lavrov's (for the sake of the test).
    archive.quotes.update(lavrov.id, WANG_YI);
    // Remove: the closing line is not to be quoted.
    const closing = archive.quotes.forArticle(id).find((quote) => quote.sentence === sentences[3])!;
    archive.quotes.removeQuote(closing.id);
    // Mark: a sentence the detector did not attribute.
    const marked = archive.articles.save(id, { body: bodyFromPlainText(`${INTERVIEW}\nراه دیپلماسی بسته نشده است.`) });
    expect(marked.revision).toBeGreaterThan(1);
    archive.quotes.add(id, 'راه دیپلماسی بسته نشده است.', ZARIF);

    // Saved again: detection runs and leaves the editor's decisions as they are.
    archive.articles.save(id, { body: bodyFromPlainText(`${INTERVIEW}\nراه دیپلماسی بسته نشده است.`) });
    const after = archive.quotes.forArticle(id);
    expect(after.map((quote) => [quote.sentence, quote.person?.id, quote.origin])).toEqual([
      [sentences[0], ZARIF, 'detected'],
      [sentences[1], WANG_YI, 'manual'],
      [sentences[2], WANG_YI, 'detected'],
      ['راه دیپلماسی بسته نشده است.', ZARIF, 'manual'],
    ]);
  });

  it('refuses a quote the story does not contain, or of someone who is not a person', () => {
    temp = openEntityArchive();
    const { archive } = temp;
    const id = interview(archive);
    expect(() => archive.quotes.add(id, 'ایران از مذاکره خارج می‌شود.', ZARIF)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => archive.quotes.add(id, 'مذاکرات ادامه دارد', gazetteerEntityId('country:IR'))).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(archive.quotes.forArticle(id)).toHaveLength(4);
  });
});
