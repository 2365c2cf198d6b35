/**
 * Tidy Persian typography (common/typography/tidy-persian.ts): each rule on the copy a desk
 * receives, what it must leave alone (Latin words, URLs, 5+1, G20, COVID-19, English runs,
 * «میزبان»), its counts, and that a second pass changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { tidyPersianText, totalFixes } from '../../common/typography/tidy-persian';

const Z = '\u200c';

function tidy(text: string) {
  const result = tidyPersianText(text);
  // Idempotent: tidying tidy text finds nothing more to fix.
  const again = tidyPersianText(result.text);
  expect(again.text).toBe(result.text);
  expect(totalFixes(again.counts)).toBe(0);
  return result;
}

describe('tidy Persian typography', () => {
  it('turns Arabic yeh and kaf into Persian letters, counting each', () => {
    const { text, counts } = tidy('وزير امور خارجه ايران و شركت ملي نفت');
    expect(text).toBe('وزیر امور خارجه ایران و شرکت ملی نفت');
    expect(counts).toMatchObject({ arabicYeh: 3, arabicKaf: 1 });
  });

  it('joins می/نمی to their verb and ها/تر/ترین/ای/اند to their word with a half-space, by the rulebook', () => {
    expect(tidy('این توافق اجرا می شود و نمی توان').text).toBe(`این توافق اجرا می${Z}شود و نمی${Z}توان`);
    expect(tidy('کشور ها و مهم ترین و بزرگ تر').text).toBe(`کشور${Z}ها و مهم${Z}ترین و بزرگ${Z}تر`);
    expect(tidy('برنامه هسته ای که گفته اند').text).toBe(`برنامه هسته${Z}ای که گفته${Z}اند`);
    // «که ای کاش»: a short function word is never a host.
    expect(tidy('گفت که ای کاش').text).toBe('گفت که ای کاش');
    // «می» the month before a year or سال, and after ماه, stays a word; «میزبان» is never split.
    expect(tidy('ماه می ۲۰۱۵ و می سال و کشور میزبان').text).toBe('ماه می ۲۰۱۵ و می سال و کشور میزبان');
    expect(tidy(`می${Z} شود`).text).toBe(`می شود`.replace(' ', Z));
  });

  it('writes figures in Persian only in Persian runs, never inside Latin words, codes or 5+1', () => {
    const { text, counts } = tidy('گروه 5+1 و G20 و COVID-19 در سال 1376 و نرخ 12.5 درصد و 1,000 تن https://example.com/a?b=1,2');
    expect(text).toBe('گروه 5+1 و G20 و COVID-19 در سال ۱۳۷۶ و نرخ ۱۲٫۵ درصد و ۱٬۰۰۰ تن https://example.com/a?b=1,2');
    expect(counts.digits).toBe(3);
    expect(tidy('The IAEA said in 2015, "we agree".').text).toBe('The IAEA said in 2015, "we agree".');
  });

  it('uses «» quotes, the Persian comma and question mark, and spaces punctuation', () => {
    const { text, counts } = tidy('او گفت: "مذاکرات ادامه دارد" .  آیا درست است ? بله , درست است');
    expect(text).toBe('او گفت: «مذاکرات ادامه دارد». آیا درست است؟ بله، درست است');
    expect(counts).toMatchObject({ quotes: 1, punctuation: 2 });
    expect(counts.spacing).toBeGreaterThanOrEqual(3);
    expect(tidy('«  متن  »گفت(الف )').text).toBe('«متن» گفت (الف)');
  });

  it('finds nothing to fix in tidy copy', () => {
    const { counts } = tidy(`سخنگوی وزارت امور خارجه گفت: «مذاکرات در وین ادامه می${Z}یابد.»`);
    expect(totalFixes(counts)).toBe(0);
  });
});
