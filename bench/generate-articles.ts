/**
 * A deterministic generator of Persian news-like articles for benchmarks and large tests:
 * the same seed always gives the same archive. Vocabulary is drawn from diplomatic coverage,
 * and spellings vary the way ten years of real archives do (Arabic yeh and kaf, half-space or
 * space or nothing, Persian or Latin digits), so search is measured on realistic keys.
 */
import type { ArticleStatus } from '../common/contract';

export interface GeneratedArticle {
  headline: string;
  kicker: string;
  lead: string;
  byline: string;
  desk: string;
  status: ArticleStatus;
  datelinePlace: string;
  datelineDate: string;
  bodyText: string;
  /** The story's topics and its «event, body, place»: tags as a desk would give them. */
  tags: string[];
}

/** mulberry32: tiny, fast, and good enough to make varied text reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const PEOPLE = ['محمد جواد ظریف', 'عباس عراقچی', 'حسن روحانی', 'ابراهیم رئیسی', 'رتنو مرسودی', 'ریاض المالکی', 'ایاد امین مدنی', 'آنتونیو گوترش', 'رافائل گروسی', 'جوزف بورل', 'سرگئی لاوروف', 'وانگ یی', 'فیصل بن فرحان', 'حسین امیرعبداللهیان', 'علی لاریجانی'];
export const ORGS = ['سازمان همکاری اسلامی', 'سازمان ملل متحد', 'شورای امنیت', 'آژانس بین‌المللی انرژی اتمی', 'اتحادیه اروپا', 'اوپک', 'سازمان همکاری شانگهای', 'گروه بریکس', 'اتحادیه عرب', 'شورای همکاری خلیج فارس', 'سازمان همکاری اقتصادی', 'ناتو', 'آسه‌آن', 'اتحادیه آفریقا'];
export const PLACES = ['جاکارتا', 'تهران', 'ژنو', 'وین', 'نیویورک', 'مسکو', 'پکن', 'ریاض', 'دوحه', 'مسقط', 'آنکارا', 'استانبول', 'بغداد', 'دمشق', 'بیروت', 'کابل', 'اسلام‌آباد', 'دهلی نو', 'بروکسل', 'پاریس'];
export const COUNTRIES = ['ایران', 'اندونزی', 'عربستان سعودی', 'ترکیه', 'روسیه', 'چین', 'آمریکا', 'فرانسه', 'آلمان', 'انگلیس', 'عراق', 'سوریه', 'لبنان', 'فلسطین', 'مصر', 'قطر', 'عمان', 'امارات متحده عربی', 'پاکستان', 'افغانستان', 'هند', 'ژاپن', 'مالزی', 'الجزایر'];
const TOPICS = ['برنامه هسته‌ای', 'تحریم‌های اقتصادی', 'قدس شریف', 'آزادی فلسطین', 'امنیت منطقه', 'بازار نفت', 'تجارت دوجانبه', 'حقوق بشر', 'مبارزه با تروریسم', 'تغییرات اقلیمی', 'پناهندگان', 'انرژی', 'همکاری‌های اقتصادی', 'خلع سلاح', 'مذاکرات صلح'];
const EVENTS = ['نشست فوق‌العاده', 'اجلاس سران', 'دور تازه مذاکرات', 'کنفرانس بین‌المللی', 'نشست وزیران امور خارجه', 'دیدار دوجانبه', 'سفر رسمی', 'گفت‌وگوی تلفنی', 'نشست خبری', 'همایش'];
const VERBS = ['برگزار شد', 'آغاز به کار کرد', 'پایان یافت', 'تصویب شد', 'بررسی می‌شود', 'ادامه دارد', 'اعلام کرد', 'تأکید کرد', 'خواستار شد', 'استقبال کرد'];
const CONNECTIVES = ['همچنین', 'در ادامه', 'به گزارش خبرنگار اعزامی', 'بر اساس اعلام وزارت خارجه', 'در این نشست', 'پیش از این', 'به گفته منابع آگاه', 'در حاشیه این دیدار'];
const DESKS = ['سیاسی', 'بین‌الملل', 'اقتصادی', 'دیپلماسی', 'انرژی', 'جهان اسلام'];
const STATUSES: ArticleStatus[] = ['draft', 'edited', 'approved', 'published', 'published', 'published', 'archived'];
const BYLINES = ['خبرنگار اعزامی', 'سرویس بین‌الملل', 'گروه دیپلماسی', 'دفتر جاکارتا', 'دفتر ژنو'];

/** Ways the same text was typed over the years; applied to a share of the articles. */
const SPELLING_VARIANTS: Array<(text: string) => string> = [
  (text) => text,
  (text) => text.replace(/ی/g, 'ي').replace(/ک/g, 'ك'),
  (text) => text.replace(/\u200c/g, ' '),
  (text) => text.replace(/\u200c/g, ''),
  (text) => text.replace(/\d/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)]),
];

export function generateArticle(index: number, seed = 1376): GeneratedArticle {
  const random = seededRandom(seed * 1_000_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  // A story is about a few people, bodies, places and topics, as real coverage is; its
  // sentences recombine them, so a name appears in the stories about it, not in every story.
  const cast = {
    people: [pick(PEOPLE), pick(PEOPLE)],
    orgs: [pick(ORGS), pick(ORGS)],
    places: [pick(PLACES)],
    countries: [pick(COUNTRIES), pick(COUNTRIES)],
    topics: [pick(TOPICS), pick(TOPICS)],
  };
  const [person] = cast.people;
  const [org] = cast.orgs;
  const [place] = cast.places;
  const [country] = cast.countries;
  const [topic] = cast.topics;
  const event = pick(EVENTS);
  const sentence = (): string =>
    `${pick(CONNECTIVES)} ${pick(EVENTS)} ${pick(cast.orgs)} با موضوع ${pick(cast.topics)} در ${pick(cast.places)} با حضور ${pick(cast.people)} ${pick(VERBS)}.`;
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 8) }, () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, sentence).join(' '),
  );
  const year = 1390 + Math.floor(random() * 15);
  paragraphs.splice(1, 0, `${pick(cast.countries)} در سال ${year} میزبان ${event} ${org} بود و ${57 - Math.floor(random() * 10)} کشور در آن شرکت کردند.`);
  // Spread over ten years so date filters and "by date" ranking have something to do.
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * 86_400_000);
  const spell = pick(SPELLING_VARIANTS);
  return {
    headline: spell(`${event} ${org} در ${place}؛ ${person} از ${topic} گفت`),
    kicker: spell(`${country} و ${org}`),
    lead: spell(`${event} ${org} با موضوع ${topic} با حضور ${person} در ${place} ${pick(VERBS)}.`),
    byline: pick(BYLINES),
    desk: pick(DESKS),
    status: pick(STATUSES),
    datelinePlace: place,
    datelineDate: day.toISOString().slice(0, 10),
    bodyText: spell(paragraphs.join('\n')),
    // Derived from the cast already drawn, so adding tags left every generated text as it was.
    tags: [...new Set(cast.topics), `${event} ${org} در ${place}`],
  };
}
