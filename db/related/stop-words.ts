/**
 * Words that are never what a story is about: prepositions, conjunctions, pronouns, auxiliary
 * and reporting verbs. Only a shortcut: each would be found too common by its document
 * frequency anyway, but asking the index costs about a millisecond a word on a large archive,
 * and these would otherwise fill the first places of every article's list of terms to try.
 * Written as people write them; keyed through the search normaliser, like the index.
 */
import { normalizeSearchKey } from '../search/normalize';

const WORDS = [
  'و', 'در', 'به', 'از', 'که', 'این', 'آن', 'با', 'را', 'برای', 'تا', 'بر', 'هم', 'نیز', 'یا', 'اما',
  'ولی', 'اگر', 'پس', 'چون', 'زیرا', 'همچنین', 'سپس', 'بنابراین', 'درباره', 'دربارهٔ', 'طی', 'ضمن',
  'سوی', 'روی', 'زیر', 'بین', 'میان', 'پیش', 'بعد', 'قبل', 'جز', 'مانند', 'همراه', 'علیه', 'نزد',
  'است', 'بود', 'شد', 'شده', 'شود', 'شوند', 'می‌شود', 'می‌شوند', 'باشد', 'باشند', 'بوده', 'نیست',
  'هست', 'کرد', 'کرده', 'کند', 'کنند', 'کردند', 'می‌کند', 'می‌کنند', 'داد', 'داده', 'دارد', 'دارند',
  'داشت', 'خواهد', 'خواهند', 'باید', 'می‌تواند', 'گفت', 'افزود', 'گفته', 'اعلام', 'گزارش', 'تاکید',
  'وی', 'او', 'ما', 'من', 'شما', 'آنها', 'آن‌ها', 'ایشان', 'خود', 'همه', 'هر', 'هیچ', 'چند', 'یک',
  'دو', 'سه', 'دیگر', 'همین', 'همان', 'چنین', 'چه', 'آنچه', 'چرا', 'کجا', 'نه', 'بی', 'ای', 'اند',
  'امروز', 'دیروز', 'اکنون', 'هنوز', 'حال', 'سال', 'روز', 'ماه', 'هفته', 'گذشته', 'آینده', 'حضور',
  'موضوع', 'عنوان', 'اساس', 'ادامه', 'مورد', 'برخی', 'بسیاری',
  // Words that modify rather than name, kept whole («فوق‌العاده» is one word, never «فوق» and «العاده»).
  'فوق‌العاده', 'فوق', 'العاده', 'مهم', 'جاری', 'فعلی', 'دیگری', 'بیشتر', 'اینکه', 'این‌که', 'براساس', 'درباره‌ی', 'همچنان',
  'قرار', 'گرفت', 'گرفته', 'دارای', 'انجام', 'وجود', 'یافت', 'یابد', 'تاکنون', 'هنگام', 'پایان', 'آغاز',
];

/**
 * Words so common in diplomatic copy that sharing them says nothing on its own: two stories
 * about different summits both have «وزیران امور خارجه کشورهای عضو». They still count beside a
 * shared entity, tag or rarer word (signals.ts), where they add a little to a real connection.
 */
const WEAK = [
  'عضو', 'اعضای', 'خارجه', 'امور', 'وزیر', 'وزیران', 'کشور', 'کشورهای', 'سازمان', 'نشست', 'دیدار', 'رئیس', 'جمهور',
  'جمهوری', 'دولت', 'مقامات', 'سران', 'اجلاس', 'همکاری', 'بین‌المللی', 'جهان', 'جهانی', 'منطقه', 'سیاسی', 'اقتصادی', 'ملی',
  'اسلامی', 'مردم', 'بیانیه', 'هیئت', 'سفر', 'گفت‌وگو', 'مذاکره', 'شرکت', 'برگزار', 'تصویب', 'بررسی', 'نماینده', 'نمایندگان',
];

/** Joined keys (a half-spaced word is one key), as key terms are made: see key-terms.ts. */
const keysOf = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((word) => normalizeSearchKey(word).joined));

export const STOP_WORD_KEYS: ReadonlySet<string> = keysOf(WORDS);
export const WEAK_WORD_KEYS: ReadonlySet<string> = keysOf(WEAK);
