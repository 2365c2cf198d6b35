/** The shapes of the gazetteer's JSON files (see README.md beside this file). */

export interface CapitalRecord {
  /** The capital as a Persian news desk writes it. */
  canonical: string;
  english: string;
  /** Other spellings and names, Persian first; the English name is among them. */
  aliases: string[];
  /** Why this city and not another, where that is a choice (English, for the editors). */
  note?: string;
  /** One short Persian sentence, where «پایتخت <country>» would not do. */
  description?: string;
}

export interface CountryRecord {
  iso2: string;
  iso3: string;
  /** The name a Persian news desk uses, e.g. «آمریکا», «انگلیس», «فلسطین». */
  canonical: string;
  english: string;
  /**
   * Every other name that may stand for the country: official long forms, press forms,
   * CLDR's Persian name where it differs, the English names, the ISO3 code. Persian first.
   */
  aliases: string[];
  capital: CapitalRecord;
  kind: 'country';
  un: 'member' | 'observer';
  note?: string;
}

export interface OrganisationRecord {
  /** Stable id, lower-case: the entity id is `org:<id>`. */
  id: string;
  canonical: string;
  english: string;
  acronyms: string[];
  /** Other names: former names, short forms, variants, in Persian and English. */
  aliases: string[];
  kind: 'organisation';
  /** The id (without `org:`) of the body this one belongs to, e.g. "un" for its organs. */
  parent?: string;
  /** One short Persian sentence. */
  description: string;
  /** `YYYY-MM-DD`, or `YYYY` where only the year is certain; absent where unsure. */
  founded?: string;
  note?: string;
}

export interface AmbiguousNameRecord {
  /** Compared with every name through `nameKey`, so spelling variants are covered. */
  name: string;
  /** Short English reason, shown to the editor who confirms the tag. */
  reason: string;
  /** Only these entity ids (e.g. "place:KW-capital"); absent = every entity with the name. */
  entities?: string[];
}

export interface ConsideredNameRecord {
  name: string;
  /** Why it was looked at and left to tag silently. */
  reason: string;
}

export interface AmbiguousFile {
  about: string;
  ambiguous: AmbiguousNameRecord[];
  /** Names looked at and deliberately NOT flagged: a record for the editors who review this. */
  notFlagged: ConsideredNameRecord[];
}

/** A role as people.json writes it: [role, of, from, to] (see `about` there). */
export type PersonRoleRecord = [role: string, of: string | null, from: number | null, to: number | null];

export interface PersonRecord {
  /** Stable id, lower-case: the entity id is `person:<id>`. */
  id: string;
  /** The name as the Persian press writes it. */
  canonical: string;
  english: string;
  /** Other spellings, short forms and the English forms. */
  aliases: string[];
  /** Aliases that are also common words, first names or another person's name, with why (English). */
  flagged?: Record<string, string>;
  roles: PersonRoleRecord[];
}

export interface PeopleFile {
  about: string;
  /** The month the data was last checked (`YYYY-MM`): holders changed since are the editors' to add. */
  asOf: string;
  /** Role codes and the Persian title each stands for. */
  roleTitles: Record<string, string>;
  people: PersonRecord[];
}
