/**
 * People found by their titles. Persian news names an official beside the post: after it
 * («سخنگوی کمیسیون اروپا پائولا پینو گفت»), or, far more often, before it with no comma at all
 * («رتنو مرسودی وزیر امور خارجه اندونزی سخنران افتتاحیه بود»), or before it after a comma
 * («X، وزیر …»). So a title is found first, then the words beside it that can be a name: a run
 * of two to four words that are not common words of news copy (common-words.ts), stopped by
 * punctuation, by a function word («از جمله», «و», «با»), or by a country or organisation the
 * archive knows. The post and what it is of («وزیر امور خارجه اندونزی») is the role found.
 *
 * A run that holds a person the archive knows is that person (the role is their evidence);
 * any other run is a new name, offered to the editor. A run may cross a name that is only an
 * ambiguous alias of a place («ریاض» in «ریاض منصور»): the title shows it is a person's name.
 */
import { normalizeSearchKey } from '../search/normalize';
import { COMMON_WORD_KEYS, mayBeNameWord } from './common-words';
import { gapBefore, keyAt, matchesByToken, textOf, type FieldScan, type ScannedMatch } from './text-scan';

interface TitleDefinition {
  keys: string[];
  /** «TITLE NAME»: the name follows the title (and what it is of). */
  forward: boolean;
  /** «NAME TITLE»: the name comes first. */
  backward: boolean;
  /** Only with something it is of right after it («رئیس پارلمان لبنان»): a bare «رئیس» is a word. */
  needsOf?: boolean;
}

const title = (words: string, forward: boolean, backward: boolean, needsOf = false): TitleDefinition => ({
  keys: normalizeSearchKey(words).tokens.map((token) => token.key),
  forward,
  backward,
  needsOf,
});

/** Longest first, so «رئیس جمهوری» is read before the bare «رئیس». */
const TITLES: readonly TitleDefinition[] = [
  title('وزیر امور خارجه', true, true),
  title('وزیر خارجه', true, true),
  title('رئیس دستگاه دیپلماسی', true, true),
  title('مسئول سیاست خارجی', true, true),
  title('رئیس جمهوری', true, true),
  title('رئیس‌جمهور', true, true),
  title('نخست‌وزیر', true, true),
  title('دبیر کل', true, true),
  title('دبیرکل', true, true),
  title('مدیر کل', true, true),
  title('مدیرکل', true, true),
  title('مدیرعامل', true, true),
  title('سخنگوی', true, true),
  title('نماینده ویژه', true, true),
  title('نماینده دائم', true, true),
  title('صدراعظم', true, true),
  title('ولیعهد', true, true),
  title('پادشاه', true, true),
  title('امیر', true, true, true),
  title('سفیر', true, true, true),
  title('همتای', false, true),
  title('رئیس', false, true, true),
  title('معاون', false, true, true),
  title('وزیر', false, true, true),
].sort((a, b) => b.keys.length - a.keys.length);

/** Titles by their first word: most tokens of a story start none, and are passed over with one lookup. */
const TITLES_BY_FIRST = new Map<string, TitleDefinition[]>();
for (const definition of TITLES) TITLES_BY_FIRST.set(definition.keys[0], [...(TITLES_BY_FIRST.get(definition.keys[0]) ?? []), definition]);

/** Words that belong to what a post is of: «سخنگوی وزارت امور خارجه», «رئیس پارلمان لبنان». */
const OFFICE_WORDS = new Set(
  [
    'وزارت', 'امور', 'خارجه', 'خارجی', 'کشور', 'کشورمان', 'دولت', 'پارلمان', 'مجلس', 'شورای', 'کمیسیون', 'کمیته', 'دفتر', 'سازمان',
    'تشکیلات', 'خودگردان', 'دستگاه', 'دیپلماسی', 'ستاد', 'هیئت', 'اتحادیه', 'دبیرخانه', 'کاخ', 'سفید', 'کرملین', 'نفت', 'دفاع',
    'اقتصاد', 'دارایی', 'کشاورزی', 'صنعت', 'بهداشت', 'جنبش', 'حزب', 'ائتلاف', 'دولتی', 'اسلامی', 'جمهوری', 'ملی', 'عالی',
  ].flatMap((word) => normalizeSearchKey(word).tokens.map((token) => token.key)),
);
/** Words that may stand between a title and the name: «رئیس‌جمهور وقت», «وزیر خارجه پیشین». */
const MODIFIERS = new Set(['وقت', 'پیشین', 'سابق', 'جدید', 'فعلی', 'کنونی', 'منتخب', 'موقت'].map((word) => normalizeSearchKey(word).tokens[0].key));

const MAX_NAME_WORDS = 4;
const MAX_OFFICE_WORDS = 4;

export interface TitledName {
  /** Token range of the name. */
  first: number;
  last: number;
  /** The name as written. */
  name: string;
  /** The post as written, with what it is of: «وزیر امور خارجه اندونزی». */
  role: string;
  /** A person the archive knows, when the run holds one of their names. */
  personId: string | null;
}

export interface NameKinds {
  /** Is this entity a person? */
  isPerson(entityId: string): boolean;
  /** Does this token key name a country on its own plus «ی» («عمانی», «پاکستانی»): a nationality, not a name? */
  isNationality(key: string): boolean;
}

/** Every title in the field with the name beside it. */
export function findTitledNames(scan: FieldScan, kinds: NameKinds): TitledName[] {
  const found: TitledName[] = [];
  let byToken: Map<number, ScannedMatch[]> | null = null;

  for (let i = 0; i < scan.tokens.length; i++) {
    const candidates = TITLES_BY_FIRST.get(scan.tokens[i].key);
    if (candidates === undefined) continue;
    const definition = candidates.find((candidate) => candidate.keys.every((key, k) => k === 0 || (keyAt(scan, i + k) === key && gapBefore(scan, i + k) === 'space')));
    if (!definition) continue;
    const matches = (byToken ??= matchesByToken(scan));
    // A title word inside a known name («سازمان …», a person's alias) is that name, not a title.
    if (definition.keys.some((_, k) => (matches.get(i + k) ?? []).some((match) => match.first < i || match.last >= i + definition.keys.length))) continue;
    const titleLast = i + definition.keys.length - 1;
    const office = officeAfter(scan, titleLast, matches, kinds);
    if (definition.needsOf && office.last === titleLast) continue;
    const role = textOf(scan, i, office.last);

    if (definition.backward) {
      const name = nameBefore(scan, i, matches, kinds);
      if (name) found.push({ ...name, role });
    }
    if (definition.forward) {
      const name = nameAfter(scan, office.nameFrom, matches, kinds);
      if (name) found.push({ ...name, role });
    }
    i = titleLast;
  }
  return found;
}

/**
 * What the post is of, right after the title: modifiers, office words and at most one known
 * country or organisation. `last` is its last token (the title's own when there is none);
 * `nameFrom` where a name after it may start.
 */
function officeAfter(scan: FieldScan, titleLast: number, byToken: Map<number, ScannedMatch[]>, kinds: NameKinds): { last: number; nameFrom: number } {
  let last = titleLast;
  let words = 0;
  let entitySeen = false;
  let i = titleLast + 1;
  while (i < scan.tokens.length && gapBefore(scan, i) === 'space' && words < MAX_OFFICE_WORDS) {
    const key = scan.tokens[i].key;
    const entity = (byToken.get(i) ?? []).find((match) => match.first === i && !kinds.isPerson(match.entityId) && !match.ambiguous);
    if (entity && !entitySeen) {
      entitySeen = true;
      last = entity.last;
      i = entity.last + 1;
      continue;
    }
    if (OFFICE_WORDS.has(key) || MODIFIERS.has(key) || kinds.isNationality(key)) {
      last = i;
      words += 1;
      i += 1;
      continue;
    }
    // «رئیس‌جمهور مصر»: an ambiguous country right after a title is what the post is of.
    const ambiguous = (byToken.get(i) ?? []).find((match) => match.first === i && !kinds.isPerson(match.entityId));
    if (ambiguous && !entitySeen && !mayStartName(scan, ambiguous.last + 1)) {
      entitySeen = true;
      last = ambiguous.last;
      i = ambiguous.last + 1;
      continue;
    }
    break;
  }
  // «سخنگوی وزارت خارجه، اسماعیل بقائی»: a comma may close the post before the name.
  const nameFrom = last + 1;
  return { last, nameFrom };
}

/** The next token could begin a name (used to tell «مصر» the country from «ریاض» a first name). */
function mayStartName(scan: FieldScan, i: number): boolean {
  const key = keyAt(scan, i);
  return key !== undefined && gapBefore(scan, i) === 'space' && mayBeNameWord(key);
}

type NameRun = Omit<TitledName, 'role'>;

/** A token that can be part of a name run, and the person it belongs to if it is a known name. */
function nameToken(i: number, byToken: Map<number, ScannedMatch[]>, scan: FieldScan, kinds: NameKinds): { ok: boolean; personId: string | null } {
  const matches = byToken.get(i) ?? [];
  const person = matches.find((match) => kinds.isPerson(match.entityId));
  if (person) return { ok: true, personId: person.entityId };
  // A country or organisation named plainly ends the run; an ambiguous alias («ریاض») may be a first name.
  if (matches.some((match) => !match.ambiguous)) return { ok: false, personId: null };
  const key = scan.tokens[i].key;
  return { ok: mayBeNameWord(key) && !kinds.isNationality(key), personId: null };
}

function nameBefore(scan: FieldScan, titleFirst: number, byToken: Map<number, ScannedMatch[]>, kinds: NameKinds): NameRun | null {
  const gap = gapBefore(scan, titleFirst);
  if (gap !== 'space' && gap !== 'comma') return null;
  let first = titleFirst;
  let personId: string | null = null;
  for (let i = titleFirst - 1; i >= 0; i--) {
    const token = nameToken(i, byToken, scan, kinds);
    if (!token.ok) break;
    personId ??= token.personId;
    first = i;
    if (gapBefore(scan, i) !== 'space') break;
  }
  return runOf(scan, first, titleFirst - 1, personId);
}

function nameAfter(scan: FieldScan, from: number, byToken: Map<number, ScannedMatch[]>, kinds: NameKinds): NameRun | null {
  const gap = gapBefore(scan, from);
  if (from >= scan.tokens.length || (gap !== 'space' && gap !== 'comma')) return null;
  let last = from - 1;
  let personId: string | null = null;
  for (let i = from; i < scan.tokens.length; i++) {
    if (i > from && gapBefore(scan, i) !== 'space') break;
    const token = nameToken(i, byToken, scan, kinds);
    if (!token.ok) break;
    personId ??= token.personId;
    last = i;
  }
  return runOf(scan, from, last, personId);
}

/** Two to four words, or one word that is a known person's name. */
function runOf(scan: FieldScan, first: number, last: number, personId: string | null): NameRun | null {
  const length = last - first + 1;
  if (length <= 0 || length > MAX_NAME_WORDS) return null;
  if (length === 1 && personId === null) return null;
  // A run that is only common words was never a name (kept as a guard for lists that grow).
  if (!personId && scan.tokens.slice(first, last + 1).every((token) => COMMON_WORD_KEYS.has(token.key))) return null;
  return { first, last, name: textOf(scan, first, last), personId };
}
