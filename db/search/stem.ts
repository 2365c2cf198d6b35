/**
 * Light, guarded stemming (rulebook: "Light, guarded stemming"). Each rule strips only what
 * is unambiguous in news text, behind a length guard and an exception list; a final ی, ان,
 * ه, a leading ب/ن and a final ات are never stripped by rule. Works on folded words.
 */
import {
  ADJECTIVES_ENDING_IN_MIM,
  AT_PLURALS,
  ATTACHED_BE_SPLITS,
  HAMZA_VARIANTS,
  HEH_YEH_CLOSED_UP,
  METRIC_PREFIXES,
  NOT_COMPARATIVE_TAR,
  NOT_COMPARATIVE_TAR_TAILS,
  NOT_PLURAL_GAN,
  NOT_PLURAL_HA,
  NOT_PLURAL_YAN,
  UNIT_TAIL_LITRE,
  UNIT_TAIL_METRE,
} from './lexicon';

/** Letters that must remain after a suffix is stripped (rulebook: "three letters remain"). */
const MIN_STEM = 3;
/** `همگان → همه` but not `سگان → سه`. */
const MIN_BEFORE_GAN = 2;

const PLURAL_HA_SUFFIXES = ['هایی', 'های', 'ها'];
const HAYE = 'های';
const HA = 'ها';
const TAR = 'تر';
const TARIN = 'ترین';
const GAN = 'گان';
const YAN = 'یان';
const HEH = 'ه';

/** `بعنوان` → [`به`, `عنوان`]; undefined for every word not on the curated list. */
export function splitAttachedBe(word: string): readonly [string, string] | undefined {
  return ATTACHED_BE_SPLITS.get(word);
}

export function stemWord(word: string): string {
  const singular = stripPluralHa(word);
  const hamza = HAMZA_VARIANTS.get(singular);
  if (hamza !== undefined) return AT_PLURALS.get(hamza) ?? hamza;
  const atSingular = AT_PLURALS.get(singular);
  if (atSingular !== undefined) return atSingular;
  return stripComparative(singular) ?? ganToHeh(singular) ?? yanToYeh(singular) ?? singular;
}

/**
 * The word as written when stemming read an attached `های` as a plural: `هستهای` may be
 * `هسته‌ای` (nuclear) closed up as well as `هست` + `های`. Letters alone can not tell the two
 * apart, so the search index keeps the whole word beside the stem (normalize.ts), and a word
 * typed closed up still meets the one written with a half-space. Undefined for other words.
 */
export function wholeWordBesideStem(word: string): string | undefined {
  return word.endsWith(HAYE) && stripPluralHa(word) !== word ? word : undefined;
}

/** Attached ها/های/هایی: the ها form is what the exception list is about (`انتهای` → `انتها`). */
function stripPluralHa(word: string): string {
  for (const suffix of PLURAL_HA_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    if (stem.length < MIN_STEM || NOT_PLURAL_HA.has(stem + HA) || HEH_YEH_CLOSED_UP.has(word)) return word;
    return stem;
  }
  return word;
}

function stripComparative(word: string): string | undefined {
  if (word.endsWith(TARIN)) {
    const stem = word.slice(0, -TARIN.length);
    // No unit ends in …مترین, so only the word list guards the superlative.
    if (stem.length >= MIN_STEM && !isListedNonComparative(stem + TAR)) return stem;
    return undefined;
  }
  if (word.endsWith(TAR)) {
    const stem = word.slice(0, -TAR.length);
    if (stem.length >= MIN_STEM && !isListedNonComparative(word) && !isUnit(word)) return stem;
  }
  return undefined;
}

function isListedNonComparative(word: string): boolean {
  return NOT_COMPARATIVE_TAR.has(word) || NOT_COMPARATIVE_TAR_TAILS.some((tail) => word.endsWith(tail));
}

/** `کیلومتر`, `پارامتر`, `میلیلیتر`; but `مهمتر` is `مهم` + تر. */
function isUnit(word: string): boolean {
  if (word.endsWith(UNIT_TAIL_METRE)) return !ADJECTIVES_ENDING_IN_MIM.has(word.slice(0, -TAR.length));
  if (word.endsWith(UNIT_TAIL_LITRE)) return METRIC_PREFIXES.has(word.slice(0, -UNIT_TAIL_LITRE.length));
  return false;
}

/** `نمایندگان` → `نماینده`. */
function ganToHeh(word: string): string | undefined {
  if (!word.endsWith(GAN) || NOT_PLURAL_GAN.has(word)) return undefined;
  const stem = word.slice(0, -GAN.length);
  return stem.length >= MIN_BEFORE_GAN ? stem + HEH : undefined;
}

/** `ایرانیان` → `ایرانی`, when three letters precede the ی (`جریان`, `بیان` stay). */
function yanToYeh(word: string): string | undefined {
  if (!word.endsWith(YAN) || NOT_PLURAL_YAN.has(word)) return undefined;
  return word.length - YAN.length >= MIN_STEM ? word.slice(0, -2) : undefined;
}
