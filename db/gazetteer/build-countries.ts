/**
 * Regenerates the Intl-derived parts of countries.json and keeps every hand-written field.
 *
 *   npx tsx db/gazetteer/build-countries.ts           rewrite countries.json
 *   npx tsx db/gazetteer/build-countries.ts --check   exit 1 if it would change anything
 *
 * Derived here, on every run:
 *   - the entry list: the 193 UN members and 2 observers of un-members.ts, ordered by ISO2;
 *   - `iso3` (un-members.ts), `un` (member/observer), `kind`;
 *   - `english`: `Intl.DisplayNames(['en'])`, except where ENGLISH_NAMES below says otherwise
 *     (CLDR's short forms such as "Bosnia & Herzegovina" or "Congo - Kinshasa");
 *   - aliases that must be present: CLDR's Persian name (`Intl.DisplayNames(['fa'])`) when it is
 *     not the canonical name, the English name, CLDR's English name when it differs, the ISO3
 *     code; the capital's English name among the capital's aliases. Missing ones are added,
 *     Persian ones after the Persian aliases, Latin ones after the Latin ones, ISO3 last.
 * Hand-written, kept as they are: `canonical`, every other alias and its order, the capital,
 * the notes. A code new to un-members.ts gets a skeleton (CLDR's Persian as canonical, no
 * capital) and a warning: finish it by hand, then bump GAZETTEER_VERSION in index.ts.
 *
 * A newer ICU can rename a region: the old CLDR name then stays as an ordinary alias (this
 * script cannot tell it from a hand-written one) and the new one is added beside it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CountryRecord } from './types';
import { ISO3_BY_ISO2, UN_MEMBER_CODES, UN_OBSERVER_CODES } from './un-members';

const COUNTRIES_PATH = fileURLToPath(new URL('./countries.json', import.meta.url));

/** English names where CLDR's short display form is not what a desk writes. */
const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  AG: 'Antigua and Barbuda',
  BA: 'Bosnia and Herzegovina',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CI: "Côte d'Ivoire",
  KN: 'Saint Kitts and Nevis',
  LC: 'Saint Lucia',
  MM: 'Myanmar',
  PS: 'Palestine',
  ST: 'São Tomé and Príncipe',
  TT: 'Trinidad and Tobago',
  VA: 'Holy See',
  VC: 'Saint Vincent and the Grenadines',
};

const LATIN = /[A-Za-z]/;

function pushMissing(list: string[], name: string): void {
  if (name && !list.includes(name)) list.push(name);
}

export function buildCountries(existing: readonly CountryRecord[]): { countries: CountryRecord[]; warnings: string[] } {
  const persianNames = new Intl.DisplayNames(['fa'], { type: 'region' });
  const englishNames = new Intl.DisplayNames(['en'], { type: 'region' });
  const byCode = new Map(existing.map((entry) => [entry.iso2, entry]));
  const warnings: string[] = [];
  const codes = [...UN_MEMBER_CODES, ...UN_OBSERVER_CODES].sort();
  if (UN_MEMBER_CODES.length !== 193) warnings.push(`un-members.ts lists ${UN_MEMBER_CODES.length} members, not 193`);
  for (const entry of existing) {
    if (!codes.includes(entry.iso2)) warnings.push(`${entry.iso2} is in countries.json but not in un-members.ts: dropped`);
  }

  const countries = codes.map((code): CountryRecord => {
    const iso3 = ISO3_BY_ISO2[code];
    if (!iso3) throw new Error(`no ISO3 code for ${code} in un-members.ts`);
    const cldrPersian = persianNames.of(code) ?? code;
    const cldrEnglish = englishNames.of(code) ?? code;
    const english = ENGLISH_NAMES[code] ?? cldrEnglish;
    const old = byCode.get(code);
    if (!old) warnings.push(`${code}: new entry from CLDR, finish canonical, aliases and capital by hand`);
    const canonical = old?.canonical ?? cldrPersian;

    const persian = (old?.aliases ?? []).filter((name) => !LATIN.test(name) && name !== iso3);
    const latin = (old?.aliases ?? []).filter((name) => LATIN.test(name) && name !== iso3);
    if (cldrPersian !== canonical) pushMissing(persian, cldrPersian);
    pushMissing(latin, english);
    pushMissing(latin, cldrEnglish);

    const capital = old?.capital ?? { canonical: '', english: '', aliases: [] };
    if (!capital.canonical || !capital.english) warnings.push(`${code}: capital missing`);
    const capitalAliases = [...capital.aliases];
    pushMissing(capitalAliases, capital.english);

    const entry: CountryRecord = {
      iso2: code,
      iso3,
      canonical,
      english,
      aliases: [...persian, ...latin, iso3].filter((name) => name !== canonical),
      capital: { canonical: capital.canonical, english: capital.english, aliases: capitalAliases },
      kind: 'country',
      un: UN_OBSERVER_CODES.includes(code) ? 'observer' : 'member',
    };
    if (capital.note) entry.capital.note = capital.note;
    if (capital.description) entry.capital.description = capital.description;
    if (old?.note) entry.note = old.note;
    return entry;
  });
  return { countries, warnings };
}

/** JSON with objects spread over lines and lists of strings kept on one line, for review. */
export function formatJson(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object' || item === null)) {
      return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    }
    const inner = indent + '  ';
    return `[\n${value.map((item) => inner + formatJson(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = indent + '  ';
    const fields = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{\n${fields.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function main(): void {
  const check = process.argv.includes('--check');
  const before = existsSync(COUNTRIES_PATH) ? readFileSync(COUNTRIES_PATH, 'utf8') : '[]';
  const { countries, warnings } = buildCountries(JSON.parse(before) as CountryRecord[]);
  const after = formatJson(countries) + '\n';
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  const members = countries.filter((entry) => entry.un === 'member').length;
  if (check) {
    if (after !== before) {
      console.error('countries.json is not what build-countries.ts makes: run it without --check');
      process.exitCode = 1;
    } else console.log(`countries.json is up to date: ${members} members, ${countries.length - members} observers`);
    return;
  }
  writeFileSync(COUNTRIES_PATH, after);
  console.log(`wrote ${COUNTRIES_PATH}: ${members} members, ${countries.length - members} observers`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
