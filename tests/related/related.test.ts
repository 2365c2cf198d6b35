/**
 * Related coverage on a small hand-written Persian archive: real SQLite, real saves, entities
 * confirmed through the mention store, as an editor would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { EntityKind, RelatedArticle } from '../../common/contract';
import { ArchiveError } from '../../common/result';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { DEFAULT_RELATED_BOUNDS, RelatedArticles } from '../../db/related/related-articles';
import { openTempArchive, type TempArchive } from '../support/temp-archive';
import { onCurrentRevision } from '../support/revisions';

let temp: TempArchive;
afterEach(() => temp?.cleanup());

/** The gazetteer's entity when it has one by this name (OIC, Iran…), else a new one. */
function entity(archive: Archive, kind: EntityKind, canonical: string): string {
  const known = archive.entityReads.list({ query: canonical, kind }).items.find((item) => item.canonical === canonical);
  return known?.id ?? archive.entities.create({ kind, canonical }).id;
}

interface Story {
  headline: string;
  text: string;
  day: string;
  tags?: string[];
  /** Entity ids to confirm on the article. */
  confirmed?: string[];
}

function story(archive: Archive, { headline, text, day, tags = [], confirmed = [] }: Story): string {
  const { id } = archive.articles.create({ headline, body: bodyFromPlainText(text), datelineDate: day, tags });
  for (const entityId of confirmed) archive.mentions.setState(id, entityId, 'confirmed');
  return id;
}

/** Words no story below shares with the OIC story: what an article "about nothing in common" says. */
const UNRELATED_TEXT = 'متن کامل این یادداشت به‌زودی منتشر خواهد شد.';

function seedArchive(archive: Archive) {
  const oic = entity(archive, 'organisation', 'سازمان همکاری اسلامی');
  const iran = entity(archive, 'country', 'ایران');
  const madani = entity(archive, 'person', 'ایاد امین مدنی');
  const opec = entity(archive, 'organisation', 'اوپک');

  const open = story(archive, {
    headline: 'نشست فوق‌العاده سازمان همکاری اسلامی در جاکارتا',
    text: 'وزیران خارجه کشورهای عضو سازمان همکاری اسلامی در جاکارتا درباره قدس شریف گفت‌وگو کردند.\nایاد امین مدنی دبیرکل سازمان بیانیه پایانی را خواند.',
    day: '2024-03-10',
    tags: ['قدس شریف'],
    confirmed: [oic, iran, madani],
  });
  const oicCoverage = story(archive, {
    headline: 'بیانیه پایانی اجلاس سازمان همکاری اسلامی',
    text: 'سازمان همکاری اسلامی در بیانیه پایانی از کشورهای عضو خواست از قدس شریف حمایت کنند.',
    day: '2024-03-12',
    tags: ['قدس شریف'],
    confirmed: [oic],
  });
  const oilMarket = story(archive, {
    headline: 'قیمت نفت در بازار جهانی بالا رفت',
    text: 'بهای نفت خام برنت در معاملات امروز به ۸۵ دلار رسید.\nایران و اعضای اوپک صادرات خود را افزایش دادند.',
    day: '2024-03-10',
    tags: ['بازار نفت'],
    confirmed: [iran, opec],
  });
  // Iran is in most of the archive, as in a real one: its idf is small.
  const filler = [
    'سفر رئیس‌جمهور ایران به پکن',
    'گفت‌وگوی تلفنی وزیران خارجه ایران و ترکیه',
    'ایران و روسیه سند همکاری امضا کردند',
    'صادرات غیرنفتی ایران افزایش یافت',
    'سفیر جدید ایران در وین استوارنامه تقدیم کرد',
  ].map((headline, index) =>
    story(archive, { headline, text: UNRELATED_TEXT, day: `2023-0${index + 1}-15`, confirmed: [iran] }),
  );
  return { entities: { oic, iran, madani, opec }, open, oicCoverage, oilMarket, filler };
}

const ids = (related: RelatedArticle[]) => related.map((item) => item.id);

/** Both are listed, the first with the higher score and the earlier place; returns the two. */
function expectRankedAbove(related: RelatedArticle[], higher: string, lower: string): [RelatedArticle, RelatedArticle] {
  const above = related.find((item) => item.id === higher)!;
  const below = related.find((item) => item.id === lower)!;
  expect(above.score).toBeGreaterThan(below.score);
  expect(ids(related).indexOf(higher)).toBeLessThan(ids(related).indexOf(lower));
  return [above, below];
}

describe('related coverage', () => {
  it('ranks coverage of the same organisation above an unrelated story, with its reasons', () => {
    temp = openTempArchive();
    const { archive } = temp;
    const { open, oicCoverage, oilMarket } = seedArchive(archive);

    const related = archive.related.forArticle(open);
    const found = ids(related);
    expect(found[0]).toBe(oicCoverage);
    // The oil story shares only Iran, which most of the archive mentions: listed, but far below.
    expect(found).toContain(oilMarket);
    expect(related.find((item) => item.id === oilMarket)?.sharedEntities).toEqual(['ایران']);
    expect(related[0].score).toBeGreaterThan(3 * related.find((item) => item.id === oilMarket)!.score);

    const top = related[0];
    expect(top.headline).toBe('بیانیه پایانی اجلاس سازمان همکاری اسلامی');
    expect(top.day).toBe('2024-03-12');
    expect(top.sharedEntities).toEqual(['سازمان همکاری اسلامی']);
    expect(top.sharedTags).toEqual(['قدس شریف']);
    expect(top.sharedTerms.length).toBeGreaterThan(0);
    expect(top.linked).toBe(false);
    // Scores are ordered, and every article listed shares something.
    for (let i = 1; i < related.length; i++) expect(related[i - 1].score).toBeGreaterThanOrEqual(related[i].score);
    for (const item of related) {
      expect(item.score).toBeGreaterThan(0);
      expect(item.sharedEntities.length + item.sharedTags.length + item.sharedTerms.length).toBeGreaterThan(0);
    }
  });

  it('never lists the open article itself, and honours the limit', () => {
    temp = openTempArchive();
    const { archive } = temp;
    const { open, filler } = seedArchive(archive);
    for (const id of [open, ...filler]) expect(ids(archive.related.forArticle(id, 100))).not.toContain(id);
    expect(archive.related.forArticle(filler[0], 2)).toHaveLength(2);
  });

  it('counts a rarer shared entity above a common one', () => {
    temp = openTempArchive();
    const { archive } = temp;
    const { open, entities } = seedArchive(archive);
    // Same text, same day: only which entity they share tells them apart.
    const sharesMadani = story(archive, { headline: 'گزارش یک', text: UNRELATED_TEXT, day: '2024-02-10', confirmed: [entities.madani] });
    const sharesIran = story(archive, { headline: 'گزارش دو', text: UNRELATED_TEXT, day: '2024-02-10', confirmed: [entities.iran] });

    const [madani, iran] = expectRankedAbove(archive.related.forArticle(open, 100), sharesMadani, sharesIran);
    expect(madani.sharedEntities).toEqual(['ایاد امین مدنی']);
    expect(iran.sharedEntities).toEqual(['ایران']);
  });

  it('counts a shared tag, and time alone relates nothing', () => {
    temp = openTempArchive();
    const { archive } = temp;
    const { open } = seedArchive(archive);
    const tagged = story(archive, { headline: 'یادداشت', text: UNRELATED_TEXT, day: '2024-03-10', tags: ['قدس شریف'] });
    const untagged = story(archive, { headline: 'یادداشت', text: UNRELATED_TEXT, day: '2024-03-10' });

    const related = archive.related.forArticle(open, 100);
    const item = related.find((candidate) => candidate.id === tagged);
    expect(item?.sharedTags).toEqual(['قدس شریف']);
    expect(item?.sharedEntities).toEqual([]);
    // Written the same day as the open article, but sharing nothing with it.
    expect(ids(related)).not.toContain(untagged);
  });

  it('counts only confirmed mentions, not suggested or dismissed ones', () => {
    temp = openTempArchive();
    const { archive } = temp;
    const { open, entities } = seedArchive(archive);
    const confirmed = story(archive, { headline: 'الف', text: UNRELATED_TEXT, day: '2024-01-01', confirmed: [entities.madani] });
    const suggested = story(archive, { headline: 'ب', text: UNRELATED_TEXT, day: '2024-01-01' });
    archive.mentions.setState(suggested, entities.madani, 'suggested');
    const dismissed = story(archive, { headline: 'ج', text: UNRELATED_TEXT, day: '2024-01-01' });
    archive.mentions.setState(dismissed, entities.madani, 'dismissed');

    const found = ids(archive.related.forArticle(open, 100));
    expect(found).toContain(confirmed);
    expect(found).not.toContain(suggested);
    expect(found).not.toContain(dismissed);
  });

  it('breaks a tie by closeness in time', () => {
    temp = openTempArchive();
    const { archive } = temp;
    const { open, entities } = seedArchive(archive);
    const twin = (day: string) =>
      story(archive, { headline: 'دبیرکل سازمان همکاری اسلامی', text: UNRELATED_TEXT, day, tags: ['قدس شریف'], confirmed: [entities.oic] });
    // Written in this order on purpose: entry order must not decide it, the story's day must.
    const lastYear = twin('2023-03-10');
    const nextWeek = twin('2024-03-17');

    const [near, far] = expectRankedAbove(archive.related.forArticle(open, 100), nextWeek, lastYear);
    expect(near.sharedEntities).toEqual(far.sharedEntities);
    expect(near.sharedTags).toEqual(far.sharedTags);
    expect(near.sharedTerms).toEqual(far.sharedTerms);
  });

  it('finds a shared distinctive word, reported as the open article wrote it', () => {
    temp = openTempArchive();
    const { archive } = temp;
    const { open } = seedArchive(archive);
    const echo = story(archive, { headline: 'گزارش', text: 'نشست جاکارتا با حضور نمایندگان برگزار شد.', day: '2022-05-01' });

    const item = archive.related.forArticle(open, 100).find((candidate) => candidate.id === echo);
    expect(item?.sharedTerms).toContain('جاکارتا');
    expect(item?.sharedEntities).toEqual([]);
  });

  it('marks candidates the open article already cross-references', () => {
    temp = openTempArchive();
    const { archive } = temp;
    const { open, oicCoverage, oilMarket } = seedArchive(archive);
    archive.links.add(open, oicCoverage, 'background', onCurrentRevision(archive.articles, open));

    const related = archive.related.forArticle(open, 100);
    expect(related.find((item) => item.id === oicCoverage)?.linked).toBe(true);
    expect(related.filter((item) => item.linked).map((item) => item.id)).toEqual([oicCoverage]);
    // A link the other way round is not the open article's cross-reference.
    expect(archive.related.forArticle(oicCoverage, 100).find((item) => item.id === open)?.linked).toBe(false);
    expect(related.find((item) => item.id === oilMarket)?.linked ?? false).toBe(false);
  });

  it('leaves deleted articles out, and refuses an unknown or deleted article', () => {
    temp = openTempArchive();
    const { archive } = temp;
    const { open, oicCoverage } = seedArchive(archive);
    archive.deletion.delete(oicCoverage, 'remove');

    expect(ids(archive.related.forArticle(open, 100))).not.toContain(oicCoverage);
    for (const id of [oicCoverage, '00000000-0000-4000-8000-000000000000']) {
      let error: unknown;
      try {
        archive.related.forArticle(id);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(ArchiveError);
      expect((error as ArchiveError).code).toBe('not_found');
    }
  });

  it('checks an entity too common to list on a bounded pool of nearby articles only', () => {
    temp = openTempArchive();
    const { archive } = temp;
    const iran = entity(archive, 'country', 'ایران');
    // Every other article confirms Iran: half the archive.
    const stories = Array.from({ length: 60 }, (_, index) =>
      story(archive, { headline: `خبر ${index}`, text: UNRELATED_TEXT, day: '2024-01-01', confirmed: index % 2 === 0 ? [iran] : [] }),
    );
    const middle = stories[30];
    // Iran's df counted no further than 5, none of its carriers listed, two neighbours each side.
    const bounded = new RelatedArticles(archive.db, { ...DEFAULT_RELATED_BOUNDS, countCap: 5, carrierBudget: 0, neighbourReach: 2 });
    const found = bounded.forArticle(middle, 100);
    expect(ids(found).sort()).toEqual([stories[28], stories[32]].sort());
    for (const item of found) expect(item.sharedEntities).toEqual(['ایران']);
    // With room to list every carrier, all 29 others are found.
    expect(archive.related.forArticle(middle, 100)).toHaveLength(29);
  });
});

describe('related coverage on whole words (issue 14)', () => {
  /** Stories sharing the open one's function words, verbs with «می» and commonest words, and nothing else. */
  function archiveOfLookalikes(archive: Archive) {
    const open = story(archive, {
      headline: 'نشست فوق العاده وزیران امور خارجه کشورهای عضو در جاکارتا',
      text: 'گفت‌وگوها درباره قدس ادامه می‌یابد و وزیران امور خارجه کشورهای عضو در جاکارتا بیانیه پایانی را تصویب کردند.',
      day: '2024-03-10',
    });
    const lookalike = story(archive, {
      headline: 'ظریف: مذاکرات ادامه دارد',
      text: 'ظریف گفت که مذاکرات فوق العاده ادامه می‌یابد و وزیران امور خارجه کشورهای عضو از آن آگاه هستند؛ گفت‌وگوها هم ادامه دارد.',
      day: '2024-03-11',
    });
    const jakarta = story(archive, { headline: 'بازگشت وزیران از جاکارتا', text: 'هیئت‌ها پس از پایان نشست جاکارتا به کشورهای خود بازگشتند.', day: '2024-03-12' });
    // Enough stories for the common words to be common, as in a real archive.
    for (let i = 0; i < 6; i++) story(archive, { headline: `خبر ${i}`, text: UNRELATED_TEXT, day: `2023-0${i + 1}-01` });
    return { open, lookalike, jakarta };
  }

  it('does not relate «ظریف: مذاکرات ادامه دارد» to a story it shares only function and common words with', () => {
    temp = openTempArchive();
    const { archive } = temp;
    const { open, lookalike, jakarta } = archiveOfLookalikes(archive);
    const related = archive.related.forArticle(open, 100);
    expect(ids(related)).not.toContain(lookalike);
    expect(ids(related)).toContain(jakarta);
    for (const item of related) {
      for (const fragment of ['وگوها', 'می‌یابد', 'فوق', 'العاده', 'عضو', 'خارجه']) expect(item.sharedTerms).not.toContain(fragment);
    }
    expect(archive.related.forArticle(lookalike, 100).map((item) => item.id)).not.toContain(open);
  });

  it('keeps a half-spaced word whole as a key term, and counts a common word beside a real connection', () => {
    temp = openTempArchive();
    const { archive } = temp;
    const { open } = archiveOfLookalikes(archive);
    const oic = entity(archive, 'organisation', 'سازمان همکاری اسلامی');
    archive.mentions.setState(open, oic, 'confirmed');
    const talks = story(archive, {
      headline: 'گفت‌وگوها در سازمان همکاری اسلامی',
      text: 'گفت‌وگوها میان وزیران امور خارجه کشورهای عضو سازمان ادامه دارد.',
      day: '2024-03-13',
      confirmed: [oic],
    });
    const found = archive.related.forArticle(open, 100).find((item) => item.id === talks);
    expect(found?.sharedEntities).toEqual(['سازمان همکاری اسلامی']);
    expect(found?.sharedTerms).toContain('گفت‌وگوها');
  });
});
