/**
 * When a name that is also something else may be offered. An ambiguous alias (a weekday, a
 * month, a common word, a first name, another entity's name) is offered only when the text
 * around it supports it, and even then only as a question for the editor:
 *
 * Vetoes (the other reading is plainly meant):
 * - a weekday beside «صبح», «روز», «فردا», another weekday, or a date: «صبح فردا (دوشنبه)» is Monday;
 * - a month beside a number: «۱۶ آذر»;
 * - a place or country read inside a person's name found by a title («ریاض المالکی وزیر …»),
 *   or followed straight away by an Arabic family name («ریاض المالکی», «ریاض بن …»);
 * - a sea or a gulf: «دریای عمان» is not Oman;
 * - a common adjective used as one: «بر مواضع خود مصر است».
 *
 * Support (the entity's reading is plainly meant):
 * - the same entity named plainly elsewhere in the article («محمد جواد ظریف» … «ظریف»);
 * - a word that goes with its kind just before it: «کشور مالی», «شهر دوشنبه», «رئیس‌جمهوری مصر»;
 * - a list of its kind: «تایلند، بوسنی، روسیه و آفریقای مرکزی»;
 * - the country of a capital, or the capital of a country, named plainly in the article;
 * - a dateline: «ریاض - …» at the start of a paragraph;
 * - for a person, a title or a reporting verb beside the name: «ظریف گفت».
 */
import type { EntityKind } from '../../common/contract';
import { normalizeSearchKey } from '../search/normalize';
import { gapAfter, gapBefore, keyAt, textOf, type FieldScan, type ScannedMatch } from './text-scan';

const keys = (words: readonly string[]): Set<string> => new Set(words.flatMap((word) => normalizeSearchKey(word).tokens.map((token) => token.key)));

const WEEKDAYS = keys(['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'سهشنبه', 'چهارشنبه', 'پنجشنبه', 'پنج‌شنبه', 'جمعه', 'آدینه']);
/** «دوشنبه» beside these is a day: «صبح دوشنبه», «روز دوشنبه», «فردا (دوشنبه)», «دوشنبه شب». */
const DAY_BEFORE = keys(['صبح', 'ظهر', 'عصر', 'شب', 'بامداد', 'روز', 'روزهای', 'امروز', 'فردا', 'دیروز', 'پس‌فردا', 'هر', 'تا', 'غروب', 'نیمه']);
const DAY_AFTER = keys(['صبح', 'ظهر', 'عصر', 'شب', 'بامداد', 'گذشته', 'آینده', 'هفته', 'آتی', 'پیش', 'اخیر']);
const MONTHS = keys([
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند', 'آذرماه', 'دیماه',
  'ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'آگوست', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر',
]);
const AND = keys(['و', 'تا', 'یا'])
const SEA_WORDS = keys(['دریای', 'دریا', 'خلیج', 'تنگه', 'اقیانوس', 'رود', 'رودخانه', 'کوه', 'کوه‌های', 'صحرای', 'جزیره', 'سواحل']);
const COPULAS = keys(['است', 'بود', 'هستند', 'بودند', 'باشد', 'باشند', 'نیست', 'نبود', 'هست', 'ماند', 'مانده']);
const PREPOSITIONS = keys(['در', 'به', 'از', 'با', 'برای', 'تا', 'سوی', 'علیه']);

/** Words before a name that say what kind of thing it is. */
const KIND_CUES: Readonly<Partial<Record<EntityKind, Set<string>>>> = {
  country: keys([
    'کشور', 'کشورهای', 'دولت', 'جمهوری', 'پادشاهی', 'امیرنشین', 'سلطنت', 'مردم', 'ملت', 'سفیر', 'سفارت', 'سفارتخانه', 'خارجه',
    'پایتخت', 'پادشاه', 'امیر', 'سلطان', 'ارتش', 'نیروهای', 'مقامات', 'دولتمردان', 'مرز', 'مرزهای', 'سرزمین', 'خاک', 'اتباع',
    'رئیس‌جمهوری', 'نخست‌وزیر', 'هیئت', 'نماینده', 'همتای', 'سفر', 'شاه', 'ملک', 'حکومت', 'پارلمان', 'مجلس', 'وزیر',
  ]),
  place: keys(['شهر', 'شهرهای', 'پایتخت', 'فرودگاه', 'استان', 'بندر', 'خیابان', 'ورزشگاه', 'دانشگاه', 'محله']),
  organisation: keys(['سازمان', 'نهاد', 'دبیرخانه', 'اعضای', 'عضویت', 'دبیرکل', 'نشست', 'اجلاس', 'گزارش']),
  person: keys(['آقای', 'خانم', 'آیت‌الله', 'حجت‌الاسلام', 'دکتر', 'شیخ', 'سید', 'ملک', 'سرلشکر', 'سردار', 'مهندس']),
};
/** After a place: «دوشنبه پایتخت تاجیکستان». */
const PLACE_AFTER = keys(['پایتخت', 'مرکز']);
/** After a person: a reporting verb makes them the speaker. */
export const SPEECH_VERBS = keys(['گفت', 'افزود', 'تصریح', 'اظهار', 'تاکید', 'تأکید', 'خاطرنشان', 'یادآور', 'اعلام', 'نوشت', 'هشدار', 'توضیح', 'عنوان', 'بیان', 'ادامه']);
/** An Arabic family name or patronymic right after a first name: «ریاض المالکی», «ریاض بن …». */
const ARABIC_FAMILY = /^ال[\u0600-\u06FF]{2,}$/u;
const PATRONYMIC = keys(['بن', 'ابن', 'بنت']);

export type SupportKind = 'same-entity' | 'cue' | 'list' | 'related' | 'dateline' | 'title' | 'speech';

export interface Support {
  kind: SupportKind;
  /** The words in the text that support it, as written. */
  text: string;
}

/** What the rules know about the article beyond the match. */
export interface ArticleContext {
  kindOf(entityId: string): EntityKind | undefined;
  /** The entity is named plainly (by an unambiguous alias) somewhere in the article: the words it was named by. */
  plainlyNamed(entityId: string): string | undefined;
  /** The words naming an entity that vouches for this one (its capital or country, a person of its posts). */
  relatedNamed(entityId: string): string | undefined;
  /** The token is inside a person's name found by a title. */
  inTitledName(scan: FieldScan, token: number): boolean;
  /** The role found beside this person's name here, if any. */
  titleBeside(scan: FieldScan, match: ScannedMatch): string | undefined;
}

/** Null: not offered. Otherwise why it may be meant. */
export function judgeAmbiguous(scan: FieldScan, match: ScannedMatch, context: ArticleContext): Support | null {
  const kind = context.kindOf(match.entityId);
  if (kind === undefined || vetoed(scan, match, kind, context)) return null;
  return supportFor(scan, match, kind, context);
}

function vetoed(scan: FieldScan, match: ScannedMatch, kind: EntityKind, context: ArticleContext): boolean {
  const { first, last } = match;
  const before = gapBefore(scan, first) === 'start' ? undefined : keyAt(scan, first - 1);
  const after = gapAfter(scan, last) === 'start' ? undefined : keyAt(scan, last + 1);
  const spaceBefore = gapBefore(scan, first) === 'space';
  const spaceAfter = gapAfter(scan, last) === 'space';
  const single = first === last;
  const own = scan.tokens[first].key;

  if (single && WEEKDAYS.has(own)) {
    // «فردا (دوشنبه)»: a bracket does not make the day a city.
    if (before !== undefined && DAY_BEFORE.has(before) && gapBefore(scan, first) !== 'comma') return true;
    if (after !== undefined && spaceAfter && (DAY_AFTER.has(after) || isNumber(after))) return true;
    if (before !== undefined && (WEEKDAYS.has(before) || (AND.has(before) && WEEKDAYS.has(keyAt(scan, first - 2) ?? '')))) return true;
    if (after !== undefined && AND.has(after) && WEEKDAYS.has(keyAt(scan, last + 2) ?? '')) return true;
    if (before !== undefined && isNumber(before)) return true;
  }
  if (single && MONTHS.has(own)) {
    if ((before !== undefined && isNumber(before)) || (after !== undefined && spaceAfter && isNumber(after))) return true;
  }
  if (kind !== 'person') {
    for (let i = first; i <= last; i++) if (context.inTitledName(scan, i)) return true;
    if (spaceAfter && after !== undefined && (ARABIC_FAMILY.test(after) || PATRONYMIC.has(after))) return true;
    if (spaceBefore && before !== undefined && SEA_WORDS.has(before)) return true;
    if (spaceAfter && after !== undefined && COPULAS.has(after) && !(before !== undefined && PREPOSITIONS.has(before))) return true;
  }
  return false;
}

function supportFor(scan: FieldScan, match: ScannedMatch, kind: EntityKind, context: ArticleContext): Support | null {
  const plain = context.plainlyNamed(match.entityId);
  if (plain !== undefined) return { kind: 'same-entity', text: plain };

  const { first, last } = match;
  const spaceBefore = gapBefore(scan, first) === 'space';
  const before = spaceBefore ? keyAt(scan, first - 1) : undefined;
  if (before !== undefined && KIND_CUES[kind]?.has(before)) return { kind: 'cue', text: textOf(scan, first - 1, first - 1) };
  const after = gapAfter(scan, last) === 'space' ? keyAt(scan, last + 1) : undefined;
  if (kind === 'place' && after !== undefined && PLACE_AFTER.has(after)) return { kind: 'cue', text: textOf(scan, last + 1, last + 1) };

  if (kind === 'person') {
    const role = context.titleBeside(scan, match);
    if (role !== undefined) return { kind: 'title', text: role };
    if (after !== undefined && SPEECH_VERBS.has(after)) return { kind: 'speech', text: textOf(scan, last + 1, last + 1) };
  }

  const neighbour = listNeighbour(scan, match, kind, context);
  if (neighbour !== undefined) return { kind: 'list', text: neighbour };

  const related = context.relatedNamed(match.entityId);
  if (related !== undefined) return { kind: 'related', text: related };

  // «ریاض - …» opening a paragraph: the dateline's place.
  if (kind === 'place' && (first === 0 || scan.text.lastIndexOf('\n', scan.tokens[first].start) >= (first > 0 ? scan.tokens[first - 1].end : 0))) {
    if (/^\s*[-–—،,]/u.test(scan.text.slice(scan.tokens[last].end))) return { kind: 'dateline', text: textOf(scan, first, last) };
  }
  return null;
}

/** A plainly named entity of the same kind beside it, across a comma or «و»: the match is one of a list. */
function listNeighbour(scan: FieldScan, match: ScannedMatch, kind: EntityKind, context: ArticleContext): string | undefined {
  const plainOfKind = (other: ScannedMatch | undefined) =>
    other !== undefined && other.entityId !== match.entityId && !other.ambiguous && context.kindOf(other.entityId) === kind;
  const endingAt = (i: number) => scan.matches.find((other) => other.last === i && plainOfKind(other));
  const startingAt = (i: number) => scan.matches.find((other) => other.first === i && plainOfKind(other));

  const { first, last } = match;
  const gapB = gapBefore(scan, first);
  let neighbour = gapB === 'comma' ? endingAt(first - 1) : undefined;
  if (!neighbour && gapB === 'space' && AND.has(keyAt(scan, first - 1) ?? '') && gapBefore(scan, first - 1) === 'space') neighbour = endingAt(first - 2);
  const gapA = gapAfter(scan, last);
  if (!neighbour && gapA === 'comma') neighbour = startingAt(last + 1);
  if (!neighbour && gapA === 'space' && AND.has(keyAt(scan, last + 1) ?? '') && gapAfter(scan, last + 1) === 'space') neighbour = startingAt(last + 2);
  return neighbour?.aliasText;
}

function isNumber(key: string): boolean {
  return /^\d+$/.test(key);
}
