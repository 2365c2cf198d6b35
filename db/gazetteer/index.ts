/**
 * The starter gazetteer: UN member and observer states, their capitals, and international
 * organisations, with the names a Persian news desk uses (see README.md beside this file and
 * docs/gazetteer.md). Data only: nothing here touches the archive.
 *
 * The JSON is imported (not read from disk) so bundlers ship it inside the app.
 */
import ambiguousFile from './ambiguous.json';
import countryFile from './countries.json';
import organisationFile from './organisations.json';
import peopleFile from './people.json';
import type { AmbiguousFile, AmbiguousNameRecord, CountryRecord, OrganisationRecord, PeopleFile, PersonRecord } from './types';

export type { AmbiguousFile, AmbiguousNameRecord, CapitalRecord, CountryRecord, OrganisationRecord, PeopleFile, PersonRecord } from './types';

/**
 * Bump on ANY change to the data (a new entity, a new or changed alias, a flag, a name).
 * The archive records the version its copy of the starter entities came from; on upgrade it
 * adds the entities and aliases that are new since then, matched by `id`, and never rewrites,
 * re-adds or deletes anything an editor has changed or removed. So ids are stable for good:
 * never rename or reuse one (a country is `country:<ISO2>`, its capital `place:<ISO2>-capital`,
 * an organisation `org:<id>`).
 */
export const GAZETTEER_VERSION = 2;

export type StarterKind = 'country' | 'place' | 'organisation' | 'person';

export interface StarterAlias {
  name: string;
  /** Also a common word or another entity's name: never tag silently on this alone. */
  ambiguous?: boolean;
  /** Short English reason, for the editor who confirms. Present when `ambiguous`. */
  reason?: string;
}

/** A post a person held: «وزیر امور خارجه» of `country:IR` from 2013 to 2021. */
export interface StarterRole {
  /** The Persian title, e.g. «وزیر امور خارجه», «دبیرکل». */
  title: string;
  /** The gazetteer id of the country or organisation, or null (a title that says it all). */
  of: string | null;
  /** Gregorian years; `to` null while in office. */
  from: number | null;
  to: number | null;
}

export interface StarterEntity {
  /** Stable: `country:IR`, `place:IR-capital`, `org:oic`, `person:zarif`. */
  id: string;
  kind: StarterKind;
  /** The Persian name the desk uses. */
  canonical: string;
  english: string;
  /** Every other name that may stand for the entity (the English name and acronyms included), never the canonical one. */
  aliases: StarterAlias[];
  /** The canonical name itself is also a common word or another entity's name (e.g. «چین», «مالی»). */
  canonicalAmbiguous?: boolean;
  canonicalReason?: string;
  /** One short Persian sentence. */
  description?: string;
  /** Organisations: the body this one belongs to, e.g. `org:un` for the Security Council. */
  parent?: string;
  /** Places: the country they are in, e.g. `country:IR`. */
  partOf?: string;
  /** Why a name or city was chosen, where that was a choice (English, for the editors). */
  note?: string;
  iso2?: string;
  iso3?: string;
  un?: 'member' | 'observer';
  acronyms?: string[];
  /** `YYYY-MM-DD` or `YYYY`. */
  founded?: string;
  /** People: the posts they held, newest first. */
  roles?: StarterRole[];
}

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  '\u064A': 'ی', // ي Arabic yeh
  '\u0649': 'ی', // ى alef maksura
  '\u0643': 'ک', // ك Arabic kaf
  '\u0629': 'ه', // ة teh marbuta
  '\u06D5': 'ه', // ە (what ۀ decomposes to)
  '\u06C1': 'ه', // ہ
  '\u0671': 'ا', // ٱ
};

/**
 * A light key for comparing names, in the spirit of the search normaliser (db/search) but
 * without its stemming: Arabic letter forms folded to Persian, hamza and madda seats and
 * diacritics dropped (آ→ا، ئ→ی، ۀ→ه), digits to ASCII, Latin lower-cased without accents,
 * ZWNJ and punctuation to a space. `«آمريكا»`, `«امریکا»` and `«آمریکا»` share a key.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .replace(/[\u064A\u0649\u0643\u0629\u06D5\u06C1\u0671]/g, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(ARABIC_DIGITS, (ch) => String(ch.charCodeAt(0) - (ch >= '\u06F0' ? 0x06f0 : 0x0660)))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `nameKey` with the spaces closed up, so `«کیپ‌ورد»`, `«کیپ ورد»` and `«کیپورد»` meet. */
export function compactNameKey(name: string): string {
  return nameKey(name).replace(/ /g, '');
}

/** The canonical name first, flagged like an alias, then the aliases. */
export function matchNames(entity: StarterEntity): StarterAlias[] {
  const canonical: StarterAlias = { name: entity.canonical };
  if (entity.canonicalAmbiguous) {
    canonical.ambiguous = true;
    canonical.reason = entity.canonicalReason;
  }
  return [canonical, ...entity.aliases];
}

const countries = countryFile as CountryRecord[];
const organisations = organisationFile as OrganisationRecord[];
const ambiguity = ambiguousFile as AmbiguousFile;
// The JSON literal type of ~300 people is too wide to compare with PeopleFile; tests check the shape.
const people = peopleFile as unknown as PeopleFile;

/** The names in order, without repeats and without the canonical name. */
function uniqueNames(canonical: string, names: readonly string[]): string[] {
  const seen = new Set([canonical]);
  const unique: string[] = [];
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    unique.push(name);
  }
  return unique;
}

function sharedFlagFor(id: string, name: string, byKey: ReadonlyMap<string, AmbiguousNameRecord[]>): AmbiguousNameRecord | undefined {
  return byKey.get(nameKey(name))?.find((record) => !record.entities || record.entities.includes(id));
}

function withFlags(
  entity: StarterEntity,
  names: readonly string[],
  byKey: ReadonlyMap<string, AmbiguousNameRecord[]>,
  own: Readonly<Record<string, string>> = {},
): StarterEntity {
  const flagFor = (id: string, name: string) => (Object.hasOwn(own, name) ? { reason: own[name] } : sharedFlagFor(id, name, byKey));
  const canonicalFlag = flagFor(entity.id, entity.canonical);
  if (canonicalFlag) {
    entity.canonicalAmbiguous = true;
    entity.canonicalReason = canonicalFlag.reason;
  }
  entity.aliases = uniqueNames(entity.canonical, names).map((name) => {
    const flag = flagFor(entity.id, name);
    return flag ? { name, ambiguous: true, reason: flag.reason } : { name };
  });
  return entity;
}

/** A role code's Persian title (people.json `roleTitles`), or the title as written. */
function titleOf(role: string): string {
  return Object.hasOwn(people.roleTitles, role) ? people.roleTitles[role] : role;
}

/** Newest first: the post held now (or last) leads, as a desk would introduce the person. */
function rolesOf(person: PersonRecord): StarterRole[] {
  return person.roles
    .map(([role, of, from, to]) => ({ title: titleOf(role), of, from, to }))
    .sort((a, b) => (b.to ?? Infinity) - (a.to ?? Infinity) || (b.from ?? 0) - (a.from ?? 0));
}

/** The canonical names of countries and organisations, for people's descriptions. */
function canonicalById(entities: readonly StarterEntity[]): Map<string, string> {
  return new Map(entities.map((entity) => [entity.id, entity.canonical]));
}

/** «وزیر امور خارجه ایران»: a role as one phrase. */
export function roleLabel(role: StarterRole, names: ReadonlyMap<string, string>): string {
  const of = role.of === null ? undefined : names.get(role.of);
  return of ? `${role.title} ${of}` : role.title;
}

/**
 * Every starter entity, flat: 195 countries, their 195 capitals (kind `place`), the
 * organisations, then the people. A fresh array of fresh objects on every call.
 */
export function loadStarterGazetteer(): StarterEntity[] {
  const byKey = new Map<string, AmbiguousNameRecord[]>();
  for (const record of ambiguity.ambiguous) {
    const key = nameKey(record.name);
    byKey.set(key, [...(byKey.get(key) ?? []), record]);
  }

  const entities: StarterEntity[] = [];
  for (const country of countries) {
    const countryId = `country:${country.iso2}`;
    entities.push(
      withFlags(
        {
          id: countryId,
          kind: 'country',
          canonical: country.canonical,
          english: country.english,
          aliases: [],
          ...(country.note ? { note: country.note } : {}),
          iso2: country.iso2,
          iso3: country.iso3,
          un: country.un,
        },
        [...country.aliases, country.english, country.iso3],
        byKey,
      ),
    );
  }
  for (const country of countries) {
    const { capital } = country;
    entities.push(
      withFlags(
        {
          id: `place:${country.iso2}-capital`,
          kind: 'place',
          canonical: capital.canonical,
          english: capital.english,
          aliases: [],
          description: capital.description ?? `پایتخت ${country.canonical}`,
          partOf: `country:${country.iso2}`,
          ...(capital.note ? { note: capital.note } : {}),
        },
        [...capital.aliases, capital.english],
        byKey,
      ),
    );
  }
  for (const org of organisations) {
    entities.push(
      withFlags(
        {
          id: `org:${org.id}`,
          kind: 'organisation',
          canonical: org.canonical,
          english: org.english,
          aliases: [],
          description: org.description,
          ...(org.parent ? { parent: `org:${org.parent}` } : {}),
          ...(org.note ? { note: org.note } : {}),
          acronyms: [...org.acronyms],
          ...(org.founded ? { founded: org.founded } : {}),
        },
        [...org.aliases, org.english, ...org.acronyms],
        byKey,
      ),
    );
  }
  const names = canonicalById(entities);
  for (const person of people.people) {
    const roles = rolesOf(person);
    entities.push(
      withFlags(
        {
          id: `person:${person.id}`,
          kind: 'person',
          canonical: person.canonical,
          english: person.english,
          aliases: [],
          // The post held now, or the last one: how a desk introduces the person.
          description: roles.length > 0 ? roleLabel(roles[0], names) : '',
          roles,
        },
        [...person.aliases, person.english],
        byKey,
        person.flagged,
      ),
    );
  }
  return entities;
}
