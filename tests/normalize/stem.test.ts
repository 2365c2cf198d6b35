/** Light, guarded stemming (docs/persian-text.md, "Light, guarded stemming"). */
import { describe, expect, it } from 'vitest';
import { foldCharacters } from '../../db/search/fold';
import { spacedKey } from './support';

const key = spacedKey;
/** No stemming rule touched the word: its key is just its folded letters. */
const unchanged = (word: string): void => expect(key(word), word).toBe(foldCharacters(word));

describe('attached ها / های / هایی', () => {
  it('strips the plural when three letters remain', () => {
    expect(key('کشورها')).toBe('کشور');
    expect(key('کشورهای')).toBe('کشور');
    expect(key('کشورهایی')).toBe('کشور');
    expect(key('تحریمها')).toBe('تحریم');
  });

  it('keeps words with fewer than three letters before it', () => {
    unchanged('شبها');
    unchanged('دلها');
  });

  it('keeps تنها، آنها، اینها، بها، رها and their ی forms', () => {
    for (const word of ['تنها', 'آنها', 'اینها', 'بها', 'رها', 'تنهایی', 'رهایی', 'آنهایی']) unchanged(word);
  });

  it('keeps other words that only end in ها', () => {
    for (const word of ['انتها', 'انتهای', 'منتها', 'اشتها', 'گرانبها']) unchanged(word);
  });

  it('keeps a listed …ه‌ای written closed up, whose letters before های are another word', () => {
    for (const word of ['هستهای', 'منطقهای', 'هفتهای', 'گونهای', 'حملهای']) unchanged(word);
    // Both readings are real for these, so they stay plurals.
    expect(key('دورهای')).toBe('دور');
    expect(key('نامهای')).toBe('نام');
  });
});

describe('attached تر / ترین', () => {
  it('strips the comparative and superlative when three letters remain', () => {
    expect(key('بزرگتر')).toBe('بزرگ');
    expect(key('بزرگترین')).toBe('بزرگ');
    expect(key('مهمترین')).toBe('مهم');
    expect(key('بیشتر')).toBe('بیش');
  });

  it('keeps words with fewer than three letters before it', () => {
    unchanged('بهتر');
    unchanged('کمتر');
  });

  it('keeps the rulebook exceptions', () => {
    for (const word of ['دفتر', 'دختر', 'دکتر', 'کبوتر', 'چتر', 'بستر', 'شتر', 'فیلتر', 'کامپیوتر', 'هلیکوپتر']) unchanged(word);
  });

  it('keeps every word in …متر', () => {
    for (const word of ['متر', 'کیلومتر', 'سانتیمتر', 'میلیمتر', 'پارامتر', 'بارومتر']) unchanged(word);
  });

  it('keeps names and loanwords that end in تر', () => {
    for (const word of ['کارتر', 'تویتر', 'پوستر', 'خاکستر', 'سردفتر', 'دادگستر', 'میلیلیتر']) unchanged(word);
  });

  it('still strips the comparative of an adjective in ـم', () => {
    expect(key('مهمتر')).toBe('مهم');
    expect(key('وخیمتر')).toBe('وخیم');
  });
});

describe('…گان → …ه', () => {
  it('turns the plural of a word in ـه into the word', () => {
    expect(key('نمایندگان')).toBe('نماینده');
    expect(key('رزمندگان')).toBe('رزمنده');
    expect(key('کنندگان')).toBe('کننده');
  });

  it('keeps گروگان، ارگان، رایگان، بازرگان', () => {
    for (const word of ['گروگان', 'ارگان', 'رایگان', 'بازرگان']) unchanged(word);
  });

  it('keeps place names and short words in گان', () => {
    for (const word of ['گرگان', 'هرمزگان', 'پادگان', 'یگان', 'سگان']) unchanged(word);
  });
});

describe('…یان → …ی', () => {
  it('strips ان when three letters precede the ی', () => {
    expect(key('ایرانیان')).toBe('ایرانی');
    expect(key('حامیان')).toBe('حامی');
  });

  it('keeps words with fewer letters before the ی', () => {
    for (const word of ['جریان', 'بیان', 'پایان', 'بنیان', 'میان']) unchanged(word);
  });
});

describe('ات plurals only from the curated list', () => {
  it('maps listed plurals to the singular', () => {
    expect(key('اقدامات')).toBe('اقدام');
    expect(key('مذاکرات')).toBe('مذاکره');
    expect(key('جلسات')).toBe('جلسه');
    expect(key('جنایات')).toBe('جنایت');
  });

  it('never strips ات by rule', () => {
    for (const word of ['امارات', 'انتخابات', 'اطلاعات', 'ساختمانات', 'مقررات']) unchanged(word);
  });
});

describe('hamza spellings from the list', () => {
  const same = (...spellings: string[]): void => {
    const keys = new Set(spellings.map(key));
    expect(keys.size, spellings.join(' / ')).toBe(1);
  };

  it('unifies the rulebook groups', () => {
    same('مسئله', 'مسأله', 'مساله');
    same('هیئت', 'هیأت', 'هیات');
    same('مسئول', 'مسؤول');
    same('سؤال', 'سوال', 'سئوال');
  });

  it('unifies رئیس / رییس through folding alone', () => {
    same('رئیس', 'رییس');
  });

  it('follows the suffixed forms', () => {
    same('مسئولیت', 'مسؤولیت', 'مسولیت');
    same('مسئولان', 'مسؤولان');
    same('سؤالات', 'سوالات', 'سؤال');
    same('مسئله‌ها', 'مساله‌ها', 'مسئله');
  });

  it('drops a final hamza after alef in listed words', () => {
    same('اعضاء', 'اعضا');
    same('امضاء', 'امضا');
  });

  it('keeps other hamzas', () => {
    expect(key('جزء')).not.toBe(key('جز'));
    expect(key('شیء')).not.toBe(key('شی'));
  });
});

describe('attached به from the list', () => {
  it('splits the listed words into به and the word', () => {
    expect(key('بعنوان')).toBe('به عنوان');
    expect(key('بمنظور')).toBe('به منظور');
    expect(key('بهعنوان')).toBe('به عنوان');
  });

  it('never splits ب by rule', () => {
    for (const word of ['بسیار', 'بخش', 'برای', 'بعد', 'بدون']) unchanged(word);
  });
});

describe('never stripped by rule', () => {
  it('a final ی', () => {
    expect(key('رئیسی')).toBe('رییسی');
    expect(key('ایرانی')).toBe('ایرانی');
  });

  it('a final ان', () => {
    for (const word of ['ایران', 'وزیران', 'تهران']) unchanged(word);
  });

  it('a final ه', () => {
    unchanged('نامه');
    unchanged('خانه');
  });

  it('a leading ب or ن', () => {
    for (const word of ['بروند', 'نرفت', 'نامه', 'بیمار']) unchanged(word);
  });
});
