/**
 * A Hunspell dictionary for nspell, looked up instead of spelled out.
 *
 * When nspell loads a dictionary it applies every affix rule to every stem and keeps each
 * resulting form: for dictionary-fa that is 1.5 million forms and 10–20 s of a core. On a
 * laptop with two cores, the spelling worker doing that competes with the page for the CPU,
 * and the first keystrokes in a long article were measurably the slowest because of it.
 *
 * nspell asks its word table one question, `data[form]`: the form's flags if it is a word,
 * else nothing. This table answers it on demand from the stems alone (reading them takes a
 * fraction of a second), by taking affixes off the form and checking the stem it leaves, the
 * way Hunspell itself looks words up. Checking and suggesting stay nspell's own.
 *
 * It models the affix rules nspell applies exactly only when no rule strips characters, none
 * combines prefixes with suffixes, and there are no compound rules, which is how the Persian
 * dictionary is written. Any other dictionary loads the way nspell loads it.
 */
import nspell from 'nspell';

type Checker = ReturnType<typeof nspell>;

/** The parts of nspell's parsed affix file (lib/util/affix.js) that decide a word's forms. */
interface AffixEntry {
  add: string;
  remove: string | RegExp;
  match: RegExp | '';
  continuation: string[];
}
interface AffixRule {
  type: 'PFX' | 'SFX';
  combineable: boolean;
  entries: AffixEntry[];
}
interface CheckerInternals {
  data: Record<string, string[] | undefined>;
  rules: Record<string, AffixRule>;
  flags: Record<string, string | undefined>;
  compoundRules: unknown[];
}

/** What nspell stores for a form that only affixes make: no flags of its own, yet a word. */
const AFFIXED_FORM: string[] = [];
/** Continuations nest a rule or two deep in real dictionaries; this bounds a malformed one. */
const MAX_AFFIX_DEPTH = 8;
/** Answers remembered; suggestions ask about thousands of made-up forms, so it is emptied when full. */
const MAX_REMEMBERED = 200_000;

/** nspell for `aff` and `dic`, with the word table looked up where that is exact. */
export function loadSpellChecker(aff: string, dic: string): Checker {
  const checker = nspell(aff);
  const internals = checker as unknown as CheckerInternals;
  if (!isModelledExactly(internals)) return checker.dictionary(dic);
  internals.data = lookupTable(internals, readStems(dic, internals.flags));
  return checker;
}

function isModelledExactly({ rules, compoundRules }: CheckerInternals): boolean {
  return compoundRules.length === 0 && Object.values(rules).every((rule) => !rule.combineable && rule.entries.every((entry) => !entry.remove));
}

interface Stem {
  /** The flags the form itself carries, or undefined when every line of it needs an affix. */
  own: string[] | undefined;
  /** Every flag on any line of it: the affix rules it takes. */
  all: string[];
}

/** A dictionary's stems and their flags, line by line as nspell's parser reads them. */
function readStems(dic: string, flags: CheckerInternals['flags']): Map<string, Stem> {
  const stems = new Map<string, Stem>();
  const needAffix = flags.NEEDAFFIX;
  const lines = dic.split('\n');
  // The first line is the count of stems; a line starting with a tab is a comment.
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (line.charCodeAt(0) === 9) continue;
    const [word, codeText] = splitLine(line);
    if (!word) continue;
    const codes = parseCodes(codeText, flags.FLAG);
    const stem = stems.get(word) ?? { own: undefined, all: [] };
    stem.all.push(...codes);
    if (needAffix === undefined || !codes.includes(needAffix)) stem.own = [...(stem.own ?? []), ...codes];
    stems.set(word, stem);
  }
  return stems;
}

/** `word/flags # comment`, with `\/` for a slash in the word, as nspell reads it. */
function splitLine(raw: string): [string, string] {
  let line = raw;
  let slash = line.indexOf('/');
  while (slash > 0 && line.charCodeAt(slash - 1) === 92) {
    line = line.slice(0, slash - 1) + line.slice(slash);
    slash = line.indexOf('/', slash);
  }
  const hash = line.indexOf('#');
  // A hash after the slash may be a flag; it starts a comment only before any flags.
  if (hash > -1 && (slash === -1 || hash < slash)) return [line.slice(0, hash).trim(), ''];
  if (slash === -1) return [line.trim(), ''];
  const rest = line.slice(slash + 1);
  const space = hash > -1 ? rest.search(/\s/) : -1;
  return [line.slice(0, slash).trim(), (space > -1 ? rest.slice(0, space) : rest).trim()];
}

function parseCodes(text: string, flagType: string | undefined): string[] {
  if (!text) return [];
  if (flagType === 'long') return text.match(/[\s\S]{1,2}/g) ?? [];
  return text.split(flagType === 'num' ? ',' : '');
}

/** nspell's word table as a lookup: `data[form]` answered from the stems, and remembered. */
function lookupTable({ rules }: CheckerInternals, stems: Map<string, Stem>): CheckerInternals['data'] {
  const affixCodes = new Set<string>();
  for (const stem of stems.values()) for (const code of stem.all) if (rules[code]) affixCodes.add(code);
  const answers = new Map<string, string[] | undefined>();

  /** The strings `form` is made from by `code`'s rule, directly or through its continuations. */
  const basesOf = (form: string, code: string, depth: number): string[] => {
    const rule = rules[code];
    if (!rule || depth > MAX_AFFIX_DEPTH) return [];
    const bases: string[] = [];
    for (const entry of rule.entries) {
      const made = [form, ...entry.continuation.flatMap((next) => basesOf(form, next, depth + 1))];
      for (const result of made) {
        const base = withoutAffix(rule.type, entry.add, result);
        if (base !== null && (!entry.match || entry.match.test(base))) bases.push(base);
      }
    }
    return bases;
  };

  const lookUp = (form: string): string[] | undefined => {
    const stem = stems.get(form);
    if (stem?.own) return stem.own;
    for (const code of affixCodes) {
      if (basesOf(form, code, 0).some((base) => stems.get(base)?.all.includes(code))) return AFFIXED_FORM;
    }
    return undefined;
  };

  const answer = (form: string) => {
    if (!answers.has(form)) {
      if (answers.size >= MAX_REMEMBERED) answers.clear();
      answers.set(form, lookUp(form));
    }
    return answers.get(form);
  };
  // nspell reads the table with `data[form]` only; `in` is answered alike for completeness.
  return new Proxy(Object.create(null) as CheckerInternals['data'], {
    get: (_target, key) => (typeof key === 'string' ? answer(key) : undefined),
    has: (_target, key) => typeof key === 'string' && answer(key) !== undefined,
  });
}

function withoutAffix(type: AffixRule['type'], affix: string, form: string): string | null {
  if (type === 'SFX') return form.endsWith(affix) ? form.slice(0, form.length - affix.length) : null;
  return form.startsWith(affix) ? form.slice(affix.length) : null;
}
