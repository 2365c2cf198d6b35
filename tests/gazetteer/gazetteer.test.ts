/**
 * The starter gazetteer as data: counts, ids, the Persian itself (script, spelling habits),
 * the rows of docs/gazetteer.md, and the rule that a name two entities share never
 * tags silently for more than one of them.
 */
import { describe, expect, it } from 'vitest';
import ambiguousFile from '../../db/gazetteer/ambiguous.json';
import { buildCountries } from '../../db/gazetteer/build-countries';
import countryFile from '../../db/gazetteer/countries.json';
import {
  GAZETTEER_VERSION,
  compactNameKey,
  loadStarterGazetteer,
  matchNames,
  nameKey,
  type StarterEntity,
} from '../../db/gazetteer/index';
import type { AmbiguousFile, CountryRecord } from '../../db/gazetteer/types';
import { ISO3_BY_ISO2, UN_MEMBER_CODES, UN_OBSERVER_CODES } from '../../db/gazetteer/un-members';

const entities = loadStarterGazetteer();
const byId = new Map(entities.map((entity) => [entity.id, entity]));
const countries = entities.filter((entity) => entity.kind === 'country');
const places = entities.filter((entity) => entity.kind === 'place');
const organisations = entities.filter((entity) => entity.kind === 'organisation');
const ambiguity = ambiguousFile as AmbiguousFile;

const ZWNJ = '\u200c';
const LATIN = /[A-Za-z]/;
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
/** Persian text: Arabic-script letters, ZWNJ, spaces, digits, and the few signs names use. */
const PERSIAN_NAME = /^[\u0600-\u06FF\u200C 0-9+()\-،]+$/;

function entity(id: string): StarterEntity {
  const found = byId.get(id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
}

function alias(id: string, name: string) {
  return entity(id).aliases.find((candidate) => candidate.name === name);
}

function names(id: string): string[] {
  return matchNames(entity(id)).map((candidate) => candidate.name);
}

function persianNamesOf(item: StarterEntity): string[] {
  return matchNames(item)
    .map((candidate) => candidate.name)
    .filter((name) => !LATIN.test(name));
}

describe('starter gazetteer: counts and ids', () => {
  it('lists exactly 193 UN members and 2 observer states', () => {
    expect(UN_MEMBER_CODES).toHaveLength(193);
    expect(new Set(UN_MEMBER_CODES).size).toBe(193);
    expect(countries.filter((c) => c.un === 'member')).toHaveLength(193);
    expect(countries.filter((c) => c.un === 'observer').map((c) => c.iso2).sort()).toEqual(['PS', 'VA']);
    expect(countries.map((c) => c.iso2).sort()).toEqual([...UN_MEMBER_CODES, ...UN_OBSERVER_CODES].sort());
  });

  it('has one capital per country, part of that country', () => {
    expect(places).toHaveLength(countries.length);
    for (const country of countries) {
      expect(entity(`place:${country.iso2}-capital`).partOf).toBe(country.id);
    }
  });

  it('has unique ids and unique ISO codes of the right shape', () => {
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    const iso2 = countries.map((c) => c.iso2);
    const iso3 = countries.map((c) => c.iso3);
    expect(new Set(iso2).size).toBe(iso2.length);
    expect(new Set(iso3).size).toBe(iso3.length);
    for (const country of countries) {
      expect(country.iso2).toMatch(/^[A-Z]{2}$/);
      expect(country.iso3).toMatch(/^[A-Z]{3}$/);
      expect(country.iso3).toBe(ISO3_BY_ISO2[country.iso2!]);
      expect(country.id).toBe(`country:${country.iso2}`);
    }
    for (const org of organisations) expect(org.id).toMatch(/^org:[a-z0-9-]+$/);
  });

  it('points every parent at an organisation that exists', () => {
    for (const org of organisations) {
      if (org.parent) expect(byId.get(org.parent)?.kind, `${org.id} → ${org.parent}`).toBe('organisation');
    }
  });

  it('is returned fresh on every call, so callers may change what they get', () => {
    const first = loadStarterGazetteer();
    first[0].aliases.push({ name: 'x' });
    expect(loadStarterGazetteer()[0].aliases).not.toContainEqual({ name: 'x' });
    expect(Number.isInteger(GAZETTEER_VERSION) && GAZETTEER_VERSION >= 1).toBe(true);
  });
});

describe('starter gazetteer: the names themselves', () => {
  it('gives every entity a Persian canonical name in Arabic script and an English name', () => {
    for (const item of entities) {
      expect(item.canonical, item.id).toMatch(PERSIAN_NAME);
      expect(item.canonical, item.id).toMatch(ARABIC_LETTER);
      expect(item.english.trim(), item.id).not.toBe('');
      expect(item.english, item.id).toMatch(LATIN);
      expect(item.aliases.map((a) => a.name), item.id).toContain(item.english);
    }
  });

  it('has no repeated alias within an entity, and never the canonical name among the aliases', () => {
    for (const item of entities) {
      const list = item.aliases.map((a) => a.name);
      expect(new Set(list).size, item.id).toBe(list.length);
      expect(list, item.id).not.toContain(item.canonical);
    }
  });

  it('writes Persian with Persian letters and tidy spacing', () => {
    for (const item of entities) {
      for (const name of persianNamesOf(item)) {
        const where = `${item.id}: ${name}`;
        expect(name, where).toMatch(PERSIAN_NAME);
        expect(name, where).not.toMatch(/[\u064A\u0643\u0649]/); // Arabic yeh / kaf / alef maksura
        expect(name, where).toBe(name.trim());
        expect(name, where).not.toMatch(/ {2}|\u200c\u200c|\u200c | \u200c|^\u200c|\u200c$/);
        // A ZWNJ after a letter that never joins forward does nothing: a typo.
        expect(name, where).not.toMatch(/[اآأإدذرزژو]\u200c/);
      }
      for (const name of matchNames(item).map((a) => a.name)) {
        expect(name, `${item.id}: ${name}`).toBe(name.normalize('NFC'));
      }
    }
  });

  it('uses «آفریقا» (not «افریقا») in canonical names, keeping the other spelling as an alias', () => {
    for (const item of entities) expect(item.canonical, item.id).not.toMatch(/(^|[ \u200c])افریقا/);
    for (const id of ['country:ZA', 'country:CF']) {
      expect(names(id).some((name) => name.includes('افریقا'))).toBe(true);
    }
  });

  it('keeps ZWNJ where the standard writes it', () => {
    expect(entity('country:GW').canonical).toBe(`گینه${ZWNJ}بیسائو`);
    expect(entity('country:LK').canonical).toBe(`سری${ZWNJ}لانکا`);
    expect(entity('place:MM-capital').canonical).toBe(`نی${ZWNJ}پی${ZWNJ}دا`);
    expect(entity('place:IL-capital').canonical).toBe(`تل${ZWNJ}آویو`);
    expect(entity('org:iaea').canonical).toBe(`آژانس بین${ZWNJ}المللی انرژی اتمی`);
  });

  it('carries CLDR\'s Persian name for every country, as canonical or alias', () => {
    const cldr = new Intl.DisplayNames(['fa'], { type: 'region' });
    for (const country of countries) expect(names(country.id), country.id).toContain(cldr.of(country.iso2!));
  });

  it('carries each country\'s ISO3 code as an alias', () => {
    for (const country of countries) expect(names(country.id), country.id).toContain(country.iso3);
  });
});

describe('starter gazetteer: the table in docs/gazetteer.md', () => {
  it('US: «آمریکا», with «ایالات متحده», «ایالات متحده آمریکا» and «امریکا»', () => {
    expect(entity('country:US').canonical).toBe('آمریکا');
    expect(names('country:US')).toEqual(expect.arrayContaining(['ایالات متحده', 'ایالات متحده آمریکا', 'امریکا', 'United States', 'USA']));
  });

  it('PS: «فلسطین», with «دولت فلسطین» and CLDR\'s «سرزمین‌های فلسطینی»; an observer', () => {
    const ps = entity('country:PS');
    expect(ps.canonical).toBe('فلسطین');
    expect(ps.un).toBe('observer');
    expect(names('country:PS')).toEqual(expect.arrayContaining(['دولت فلسطین', `سرزمین${ZWNJ}های فلسطینی`, 'State of Palestine']));
    expect(entity('place:PS-capital').canonical).toBe('قدس');
    expect(names('place:PS-capital')).toEqual(expect.arrayContaining([`بیت${ZWNJ}المقدس`, 'قدس شریف', `رام${ZWNJ}الله`]));
  });

  it('MA: «مراکش», with «پادشاهی مغرب», and a bare «مغرب» flagged ambiguous', () => {
    expect(entity('country:MA').canonical).toBe('مراکش');
    expect(alias('country:MA', 'پادشاهی مغرب')).toEqual({ name: 'پادشاهی مغرب' });
    expect(alias('country:MA', 'مغرب')).toMatchObject({ ambiguous: true });
    expect(alias('country:MA', 'مغرب')?.reason).toMatch(/west/);
  });

  it('CF: «آفریقای مرکزی» as the sample writes it, and CLDR\'s «جمهوری افریقای مرکزی»', () => {
    expect(names('country:CF')).toEqual(expect.arrayContaining(['آفریقای مرکزی', 'جمهوری افریقای مرکزی', 'Central African Republic']));
  });

  it('BA: «بوسنی و هرزگوین» and the short «بوسنی»', () => {
    expect(names('country:BA')).toEqual(expect.arrayContaining(['بوسنی و هرزگوین', 'بوسنی', 'Bosnia and Herzegovina']));
  });

  it('GB: «انگلیس», with «انگلستان», «بریتانیا» and «پادشاهی متحده»', () => {
    expect(entity('country:GB').canonical).toBe('انگلیس');
    expect(names('country:GB')).toEqual(expect.arrayContaining(['انگلستان', 'بریتانیا', 'پادشاهی متحده', 'United Kingdom', 'UK']));
  });

  it('finds every country and organisation named in the sample article', () => {
    const sampleNames = ['ایران', 'اندونزی', 'فلسطین', 'مصر', 'تایلند', 'بوسنی', 'روسیه', 'آفریقای مرکزی', 'سازمان همکاری اسلامی', 'سازمان کنفرانس اسلامی', 'سازمان ملل متحد', 'شورای امنیت سازمان ملل', 'پادشاهی مغرب', 'تهران', 'جاکارتا', 'بیت المقدس'];
    const allKeys = new Set(entities.flatMap((item) => matchNames(item).map((a) => compactNameKey(a.name))));
    for (const name of sampleNames) expect(allKeys.has(compactNameKey(name)), name).toBe(true);
  });
});

describe('starter gazetteer: organisations', () => {
  it('OIC: «سازمان همکاری اسلامی», former name «سازمان کنفرانس اسلامی», acronym OIC, in both Englishes', () => {
    const oic = entity('org:oic');
    expect(oic.canonical).toBe('سازمان همکاری اسلامی');
    expect(oic.english).toBe('Organisation of Islamic Cooperation');
    expect(oic.acronyms).toContain('OIC');
    expect(oic.founded).toBe('1969-09-25');
    expect(names('org:oic')).toEqual(expect.arrayContaining(['سازمان کنفرانس اسلامی', 'OIC', 'Organisation of the Islamic Conference']));
  });

  it('has the UN, its principal organs with parent org:un, and the agencies in the news', () => {
    expect(entity('org:un').canonical).toBe('سازمان ملل متحد');
    for (const id of ['un-ga', 'un-sc', 'un-secretariat', 'ecosoc', 'icj', 'hrc']) expect(entity(`org:${id}`).parent).toBe('org:un');
    expect(names('org:un-sc')).toContain('شورای امنیت سازمان ملل');
    expect(names('org:un-ga')).toContain('مجمع عمومی سازمان ملل');
    expect(entity('org:icj').canonical).toBe(`دیوان بین${ZWNJ}المللی دادگستری`);
    expect(entity('org:icc').canonical).toBe(`دیوان کیفری بین${ZWNJ}المللی`);
    expect(entity('org:iaea').acronyms).toContain('IAEA');
    for (const id of ['unesco', 'unicef', 'who', 'unhcr', 'wfp', 'fao', 'imf', 'world-bank', 'wto', 'opcw', 'interpol']) {
      expect(byId.has(`org:${id}`), id).toBe(true);
    }
  });

  it('has the regional bodies, with their former names', () => {
    for (const id of ['eu', 'nato', 'opec', 'opec-plus', 'brics', 'sco', 'eco', 'arab-league', 'gcc', 'asean', 'au', 'nam', 'g7', 'g20', 'd8', 'cica', 'eaeu', 'cis', 'osce', 'coe', 'commonwealth', 'icrc', 'quartet']) {
      expect(byId.has(`org:${id}`), id).toBe(true);
    }
    expect(names('org:au')).toContain('سازمان وحدت آفریقا');
    expect(names('org:eco')).toContain('اکو');
    expect(names('org:arab-league')).toContain('جامعه عرب');
    expect(entity('org:gcc').canonical).toBe('شورای همکاری خلیج فارس');
    expect(entity('org:asean').canonical).toBe(`آسه${ZWNJ}آن`);
  });

  it('gives every organisation a one-sentence Persian description and a well-formed date', () => {
    for (const org of organisations) {
      expect(org.description, org.id).toMatch(ARABIC_LETTER);
      expect(org.description, org.id).not.toMatch(LATIN);
      expect(org.description, org.id).not.toMatch(/[\u064A\u0643]/);
      expect(org.description!.endsWith('.'), org.id).toBe(true);
      if (org.founded) expect(org.founded, org.id).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
    }
  });
});

describe('starter gazetteer: ambiguous names', () => {
  it('flags the common words the brief names', () => {
    expect(entity('country:ML').canonicalAmbiguous).toBe(true);
    expect(entity('country:PE').canonicalAmbiguous).toBe(true);
    expect(entity('country:CN').canonicalAmbiguous).toBe(true);
    expect(entity('country:OM').canonicalAmbiguous).toBe(true);
    expect(entity('country:EG').canonicalAmbiguous).toBe(true);
    expect(alias('country:KR', 'کره')?.ambiguous).toBe(true);
    expect(alias('country:KP', 'کره')?.ambiguous).toBe(true);
    expect(alias('country:AZ', 'آذربایجان')?.ambiguous).toBe(true);
    expect(entity('place:TJ-capital').canonicalAmbiguous).toBe(true); // دوشنبه
    expect(entity('country:IR').canonicalAmbiguous).toBeUndefined();
    expect(entity('country:TR').canonicalAmbiguous).toBeUndefined();
    expect(entity('country:JO').canonicalAmbiguous).toBeUndefined();
  });

  it('flags a bare «کنگو» on both Congos, whose full names stay distinct', () => {
    expect(entity('country:CD').canonical).toBe('جمهوری دموکراتیک کنگو');
    expect(entity('country:CG').canonical).toBe('جمهوری کنگو');
    expect(alias('country:CD', 'کنگو')?.ambiguous).toBe(true);
    expect(alias('country:CG', 'کنگو')?.ambiguous).toBe(true);
  });

  it('gives every flagged name a reason', () => {
    for (const item of entities) {
      for (const name of matchNames(item)) {
        if (name.ambiguous) expect(name.reason?.trim(), `${item.id}: ${name.name}`).toBeTruthy();
        else expect(name.reason, `${item.id}: ${name.name}`).toBeUndefined();
      }
    }
  });

  it('applies every entry of ambiguous.json to at least one name, and only to entities that exist', () => {
    for (const record of ambiguity.ambiguous) {
      expect(record.reason.trim(), record.name).not.toBe('');
      for (const id of record.entities ?? []) expect(byId.has(id), `${record.name} → ${id}`).toBe(true);
      const hits = entities.filter(
        (item) =>
          (!record.entities || record.entities.includes(item.id)) &&
          matchNames(item).some((name) => nameKey(name.name) === nameKey(record.name) && name.ambiguous),
      );
      expect(hits.length, record.name).toBeGreaterThan(0);
    }
  });

  it('never lists a name as both flagged and deliberately not flagged', () => {
    const flagged = new Set(ambiguity.ambiguous.filter((r) => !r.entities).map((r) => nameKey(r.name)));
    for (const record of ambiguity.notFlagged) expect(flagged.has(nameKey(record.name)), record.name).toBe(false);
  });

  it('lets at most one entity claim a shared name silently; the others must flag it', () => {
    const holders = new Map<string, Map<string, boolean>>();
    for (const item of entities) {
      for (const name of matchNames(item)) {
        const key = compactNameKey(name.name);
        const byEntity = holders.get(key) ?? new Map<string, boolean>();
        byEntity.set(item.id, (byEntity.get(item.id) ?? false) || !name.ambiguous);
        holders.set(key, byEntity);
      }
    }
    const clashes: string[] = [];
    for (const [key, byEntity] of holders) {
      const silent = [...byEntity].filter(([, unflagged]) => unflagged).map(([id]) => id);
      if (silent.length > 1) clashes.push(`${key}: ${silent.join(', ')}`);
    }
    expect(clashes).toEqual([]);
  });
});

describe('starter gazetteer: nameKey', () => {
  it('folds the spelling variants the search normaliser folds', () => {
    expect(nameKey('آمريكا')).toBe(nameKey('امریکا'));
    expect(nameKey('آمریکا')).toBe(nameKey('امریکا'));
    expect(nameKey('کرهٔ جنوبی')).toBe(nameKey('کره جنوبی'));
    expect(nameKey(`گینه${ZWNJ}بیسائو`)).toBe(nameKey('گینه بیسائو'));
    expect(nameKey('گروه ۲۰')).toBe(nameKey('گروه 20'));
    expect(nameKey('Côte d’Ivoire')).toBe(nameKey("Cote d'Ivoire"));
    expect(compactNameKey('کیپ ورد')).toBe(compactNameKey(`کیپ${ZWNJ}ورد`));
    expect(nameKey('مالی')).not.toBe(nameKey('مالت'));
  });
});

describe('starter gazetteer: build-countries.ts', () => {
  it('reproduces countries.json exactly from itself (the file is up to date with the script)', () => {
    const current = countryFile as CountryRecord[];
    const { countries: rebuilt, warnings } = buildCountries(current);
    expect(warnings).toEqual([]);
    expect(rebuilt).toEqual(current);
  });

  it('adds a skeleton from CLDR for a code it has no entry for, and says so', () => {
    const current = (countryFile as CountryRecord[]).filter((c) => c.iso2 !== 'IR');
    const { countries: rebuilt, warnings } = buildCountries(current);
    const iran = rebuilt.find((c) => c.iso2 === 'IR');
    expect(iran).toMatchObject({ iso3: 'IRN', canonical: 'ایران', english: 'Iran', un: 'member' });
    expect(warnings.some((w) => w.startsWith('IR:'))).toBe(true);
  });
});
