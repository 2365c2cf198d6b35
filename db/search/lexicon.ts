/**
 * The curated word lists behind the affix and stemming rules (rulebook: "Half-spaces and
 * affixes", "Light, guarded stemming"). Entries are written the way a person spells them and
 * folded here at load, so a list never disagrees with the folding rules it sits behind.
 *
 * Every list is a judgement about Persian news text: an entry belongs here only when
 * merging the two forms can not pull in a different word that editors search for.
 */
import { foldCharacters } from './fold';

const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldCharacters));

const foldedPairs = (pairs: ReadonlyArray<readonly [string, string]>): ReadonlyMap<string, string> =>
  new Map(pairs.map(([from, to]) => [foldCharacters(from), foldCharacters(to)]));

/** Prefixes joined to the next word when a space or ZWNJ separates them. */
export const SEPARABLE_PREFIXES = folded(['می', 'نمی', 'بی']);

/** `می` is also the month May: never joined before these (or a number). */
export const MAY_CONTEXT_AFTER = folded(['سال', 'ماه', 'میلادی']);
/** …and a separated `می` right after a day number or `ماه` is May too (`۲۵ می`, `ماه می`). */
export const MAY_CONTEXT_BEFORE = folded(['ماه']);

/** Suffixes that, standing apart from their word, can only be suffixes: dropped. */
export const SEPARATED_SUFFIXES = folded(['ها', 'های', 'هایی', 'تر', 'تری', 'ترین']);

/** Words that end in ها but are not plurals (`تنها` is not `تن` + ها). */
export const NOT_PLURAL_HA = folded([
  'تنها', 'آنها', 'اینها', 'بها', 'رها',
  'انتها', 'اشتها', 'منتها', 'اژدها', 'اشتباها',
  'گرانبها', 'خونبها', 'پربها', 'کمبها', 'بیبها',
]);

/**
 * `…ه‌ای` words (an adjective or `a …`) written closed up, so that they end in های: not
 * plurals. Listed only where the letters before های are a word of their own that a search
 * would otherwise pull in (`هستهای` is not `هست`, "is"). A pair that really is both, such
 * as `دورهای` (`دوره‌ای` periodic, `دورهای مذاکرات` rounds of talks), stays out. Any other
 * closed-up `…های` still meets its half-spaced spelling through the joined key (normalize.ts).
 */
export const HEH_YEH_CLOSED_UP = folded([
  'هستهای', 'منطقهای', 'فرامنطقهای', 'خانهای', 'پایهای', 'جامعهای', 'ترکیهای', 'هفتهای',
  'عمدهای', 'حملهای', 'سابقهای', 'قطعهای', 'جلوهای', 'کلمهای', 'گونهای', 'دقیقهای', 'ثانیهای',
  'بستهای', 'رشتهای', 'دامنهای', 'ضربهای',
]);

/** Words that end in تر/ترین but are not comparatives. */
export const NOT_COMPARATIVE_TAR = folded([
  'دفتر', 'دختر', 'دکتر', 'کبوتر', 'چتر', 'بستر', 'شتر', 'فیلتر', 'کامپیوتر', 'هلیکوپتر',
  'اختر', 'اشتر', 'استر', 'تئاتر', 'تآتر', 'پوستر', 'خاکستر', 'اورکستر', 'ارکستر', 'کاراکتر',
  'کارتر', 'تویتر', 'توییتر', 'رویتر', 'منچستر', 'وینچستر', 'لستر', 'آلستر', 'والتر', 'هانتر',
  'اینتر', 'ژوپیتر', 'رپورتر', 'گانگستر', 'دیزاستر', 'اسکوتر', 'دکستر',
]);

/**
 * Tails that make a word a non-comparative wherever they end it (`سردفتر`, `دادگستر`).
 * Only tails no adjective ends in: `شتر` is not here because `بیشتر` ends so.
 */
export const NOT_COMPARATIVE_TAR_TAILS: readonly string[] = [
  'دفتر', 'دختر', 'کبوتر', 'فیلتر', 'کامپیوتر', 'هلیکوپتر', 'تئاتر', 'پوستر', 'خاکستر', 'گستر',
].map(foldCharacters);

/** The units: every `…متر` is a unit (rulebook), and `…لیتر` after a metric prefix. */
export const UNIT_TAIL_METRE = foldCharacters('متر');
export const UNIT_TAIL_LITRE = foldCharacters('لیتر');
export const METRIC_PREFIXES = folded(['کیلو', 'سانتی', 'میلی', 'میکرو', 'نانو', 'دسی', 'هکتو', 'دکا', 'مگا']);

/**
 * Adjectives ending in م whose comparative ends in `…متر` (`مهمتر`): the one place the
 * `…متر` unit exception would otherwise swallow a real comparative.
 */
export const ADJECTIVES_ENDING_IN_MIM = folded([
  'مهم', 'گرم', 'نرم', 'محکم', 'مستحکم', 'وخیم', 'عظیم', 'قدیم', 'مقدم', 'منظم', 'مبهم', 'سالم',
  'لازم', 'ضخیم', 'جسیم', 'مستقیم', 'ملایم', 'دائم', 'مسلم', 'محترم', 'معظم', 'حکیم', 'کریم',
  'رحیم', 'سلیم', 'مظلوم', 'معلوم', 'مفهوم', 'محروم', 'مرسوم', 'منسجم', 'متراکم', 'مقاوم', 'مداوم',
]);

/** Words ending in گان that are not plurals of a word in ـه (`گرگان` is a city, not `گره`). */
export const NOT_PLURAL_GAN = folded([
  'گروگان', 'ارگان', 'رایگان', 'بازرگان',
  'گرگان', 'هرمزگان', 'پادگان', 'مهرگان', 'شایگان', 'یگان',
  'ریگان', 'مورگان', 'میشیگان', 'اسلوگان', 'لوگان', 'ساگان',
]);

/** Words ending in یان that are not plurals of a word in ـی. */
export const NOT_PLURAL_YAN = folded(['نمایان']);

/**
 * `ات` plurals merged with their singular. Deliberately left out, because the plural is
 * its own news term: انتخابات (elections ≠ choice), اطلاعات (intelligence), ارتباطات,
 * مطبوعات, تأسیسات, تشکیلات, عملیات, تظاهرات, تبعات (≠ تبعه national), واردات/صادرات,
 * جزئیات, تلفات, تعطیلات, مالیات (≠ مالی), ادبیات, ایالات (ایالات متحده), امارات,
 * اصلاحات (the reform movement ≠ a correction), ولایات (provinces ≠ ولایت فقیه).
 */
export const AT_PLURALS = foldedPairs([
  ['اقدامات', 'اقدام'], ['مذاکرات', 'مذاکره'], ['جلسات', 'جلسه'], ['تحقیقات', 'تحقیق'],
  ['مطالعات', 'مطالعه'], ['تحولات', 'تحول'], ['اظهارات', 'اظهار'], ['تبلیغات', 'تبلیغ'],
  ['مقامات', 'مقام'], ['تصمیمات', 'تصمیم'], ['اختلافات', 'اختلاف'], ['تغییرات', 'تغییر'],
  ['حملات', 'حمله'], ['مشکلات', 'مشکل'], ['اعتراضات', 'اعتراض'], ['امکانات', 'امکان'],
  ['خدمات', 'خدمت'], ['ملاحظات', 'ملاحظه'], ['توافقات', 'توافق'], ['تحرکات', 'تحرک'],
  ['تهدیدات', 'تهدید'], ['تجهیزات', 'تجهیز'], ['تسلیحات', 'تسلیح'], ['مباحثات', 'مباحثه'],
  ['مکاتبات', 'مکاتبه'], ['مناقشات', 'مناقشه'], ['مناظرات', 'مناظره'], ['مبادلات', 'مبادله'],
  ['معاملات', 'معامله'], ['مصوبات', 'مصوبه'], ['مطالبات', 'مطالبه'], ['تعهدات', 'تعهد'],
  ['اتهامات', 'اتهام'], ['انتقادات', 'انتقاد'], ['تجاوزات', 'تجاوز'],
  ['توضیحات', 'توضیح'], ['محاسبات', 'محاسبه'], ['مشاهدات', 'مشاهده'], ['نظرات', 'نظر'],
  ['نشریات', 'نشریه'], ['مقالات', 'مقاله'], ['موضوعات', 'موضوع'], ['تحصیلات', 'تحصیل'],
  ['احساسات', 'احساس'], ['انفجارات', 'انفجار'], ['کلمات', 'کلمه'], ['مسابقات', 'مسابقه'],
  ['جنایات', 'جنایت'], ['تحریکات', 'تحریک'], ['تمرینات', 'تمرین'], ['خاطرات', 'خاطره'],
  ['دستورات', 'دستور'], ['شایعات', 'شایعه'], ['ضربات', 'ضربه'], ['انتظارات', 'انتظار'],
  ['اختیارات', 'اختیار'], ['ابتکارات', 'ابتکار'], ['اعتبارات', 'اعتبار'], ['تعاملات', 'تعامل'],
  ['تبادلات', 'تبادل'], ['بیانات', 'بیان'], ['تحریفات', 'تحریف'], ['مخاطرات', 'مخاطره'],
  ['مراجعات', 'مراجعه'], ['تجمعات', 'تجمع'], ['تشنجات', 'تشنج'], ['اختراعات', 'اختراع'],
  ['ساعات', 'ساعت'], ['لحظات', 'لحظه'], ['مقدمات', 'مقدمه'], ['تدارکات', 'تدارک'],
  ['تمهیدات', 'تمهید'], ['اتفاقات', 'اتفاق'], ['مشاورات', 'مشاوره'], ['انتصابات', 'انتصاب'],
  ['خسارات', 'خسارت'], ['سؤالات', 'سؤال'], ['تصادفات', 'تصادف'], ['معاهدات', 'معاهده'],
  ['تبعیضات', 'تبعیض'], ['گزارشات', 'گزارش'], ['آزمایشات', 'آزمایش'], ['سفارشات', 'سفارش'],
  ['فرمایشات', 'فرمایش'], ['پیشنهادات', 'پیشنهاد'], ['تمایلات', 'تمایل'], ['روایات', 'روایت'],
  ['شکایات', 'شکایت'], ['ادارات', 'اداره'], ['اعتصابات', 'اعتصاب'],
  ['تعارضات', 'تعارض'], ['تناقضات', 'تناقض'], ['ترتیبات', 'ترتیب'], ['تضمینات', 'تضمین'],
  ['کارخانجات', 'کارخانه'], ['حیوانات', 'حیوان'],
]);

/**
 * Hamza spellings folding can not unify (rule 5 makes ئ a ی, rule 8 makes أ an ا, so
 * `مسئله` and `مسأله` fold apart). The first spelling of each group is the Academy's; all
 * fold to its folded form. `derives` lets the suffixed forms (`مسئولیت`, `مسئولان`) follow.
 */
const HAMZA_GROUPS: ReadonlyArray<{ spellings: readonly string[]; derives: boolean }> = [
  { spellings: ['مسئله', 'مسأله', 'مساله'], derives: true },
  { spellings: ['مسئول', 'مسؤول', 'مسوول', 'مسول'], derives: true },
  { spellings: ['هیئت', 'هیأت', 'هیات'], derives: true },
  { spellings: ['سؤال', 'سئوال', 'سوال'], derives: true },
  { spellings: ['جرئت', 'جرأت', 'جرات'], derives: true },
  { spellings: ['نشئت', 'نشأت', 'نشات'], derives: false },
  { spellings: ['شئون', 'شؤون'], derives: false },
  { spellings: ['رئوف', 'رؤوف'], derives: false },
  { spellings: ['تئاتر', 'تآتر', 'تاتر', 'تیاتر'], derives: true },
  { spellings: ['منشأ', 'منشاء'], derives: false },
  { spellings: ['مبدأ', 'مبداء'], derives: false },
  { spellings: ['خلأ', 'خلاء'], derives: false },
  { spellings: ['جزء', 'جزو'], derives: false },
];

/**
 * A final hamza after alef is dropped in Persian spelling (`امضاء` = `امضا`). Kept as a list,
 * not a rule: `ماء` is not `ما`, and rule 10 keeps ء everywhere else.
 */
const FINAL_HAMZA_AFTER_ALEF = [
  'اعضاء', 'امضاء', 'اجراء', 'وزراء', 'علماء', 'شهداء', 'اشیاء', 'اولیاء', 'انبیاء', 'اجزاء',
  'انشاء', 'ابتداء', 'انتهاء', 'ارتقاء', 'اعطاء', 'استثناء', 'احیاء', 'آراء', 'رؤساء', 'فقهاء',
  'اطباء', 'املاء', 'اغنیاء', 'اقتضاء', 'انقضاء', 'ایفاء', 'اهداء', 'استعفاء', 'افشاء', 'القاء',
  'ابقاء', 'اعتلاء', 'امراء', 'حکماء', 'فضلاء', 'شعراء', 'ادباء', 'خلفاء', 'عقلاء', 'سفراء',
  'وکلاء', 'رفقاء', 'شرکاء', 'اقرباء', 'ضعفاء', 'ابتلاء', 'استیفاء', 'اتکاء', 'اختفاء', 'انزواء',
  'ارضاء', 'اخفاء', 'اعتناء', 'اکتفاء', 'استغناء', 'ماوراء', 'فضاء', 'بناء', 'غذاء', 'دواء',
  'عزاء', 'صفاء', 'وفاء', 'قضاء', 'رضاء', 'بقاء', 'فناء', 'شفاء', 'لقاء', 'اقتداء', 'حیاء',
  'دعاء', 'ادعاء', 'استدعاء', 'انتماء', 'اقصاء', 'احصاء', 'هواء', 'ابداء', 'اغواء', 'ایذاء',
];

/** Suffixes a hamza variant may carry and still be the same word (`مسئولیت`, `سؤالات`). */
const HAMZA_DERIVED_SUFFIXES = ['ی', 'ای', 'ان', 'ین', 'یت', 'ات', 'انه'];

/** Folded variant (and its derived forms) → folded canonical spelling: one lookup per word. */
function buildHamzaVariants(): ReadonlyMap<string, string> {
  const variants = new Map<string, string>();
  for (const { spellings, derives } of HAMZA_GROUPS) {
    const canonical = foldCharacters(spellings[0]);
    for (const spelling of spellings) {
      const variant = foldCharacters(spelling);
      variants.set(variant, canonical);
      if (!derives) continue;
      for (const suffix of HAMZA_DERIVED_SUFFIXES.map(foldCharacters)) variants.set(variant + suffix, canonical + suffix);
    }
  }
  for (const word of FINAL_HAMZA_AFTER_ALEF) {
    const variant = foldCharacters(word);
    variants.set(variant, variant.slice(0, -1));
  }
  return variants;
}

export const HAMZA_VARIANTS = buildHamzaVariants();

/**
 * `به` written attached to the next word (`بعنوان`). Only fixed phrases: a rule would split
 * `بسیار`, `بخش`, `برای`, `بعد`. Each entry is also recognised with `به` spelled in full and
 * no space (`بهعنوان`).
 */
const ATTACHED_BE = [
  'بعنوان', 'بمنظور', 'بخاطر', 'بدنبال', 'بسوی', 'بطور', 'بویژه', 'بهمراه', 'بنفع', 'بزودی',
  'بعلاوه', 'برغم', 'بشدت', 'بسرعت', 'بموقع', 'بتدریج', 'بلحاظ', 'بدلیل', 'بعبارت', 'بموجب',
  'بمثابه', 'بعهده', 'بکار', 'بدست', 'بسمت', 'بشکل', 'بصورت', 'بنحوی', 'بهنگام', 'بجای', 'بجز',
  'بخصوص', 'بتازگی', 'بهمین', 'بشمار', 'بحساب', 'بمیزان', 'بمدت', 'بسبب', 'بواسطه', 'بوسیله',
  'بنوبه', 'بیکدیگر', 'بهم', 'بزور', 'بطوری',
];

function buildAttachedBe(): ReadonlyMap<string, readonly [string, string]> {
  const be = foldCharacters('به');
  const map = new Map<string, readonly [string, string]>();
  for (const word of ATTACHED_BE) {
    const rest = foldCharacters(word).slice(1);
    map.set(foldCharacters(word), [be, rest]);
    map.set(be + rest, [be, rest]);
  }
  return map;
}

/** Folded attached form → the two words it stands for. */
export const ATTACHED_BE_SPLITS = buildAttachedBe();
