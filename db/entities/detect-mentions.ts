/**
 * Which entities an article's text names, and how: the matcher run over the headline,
 * kicker, lead and body, each on its own (a name never runs from one field into the next);
 * ambiguous aliases judged by their context (name-context.ts); and people found by their
 * titles (title-patterns.ts), known ones as evidence and new ones as names to propose.
 *
 * Every offered name says why: the alias it matched, what supports it when the alias is also
 * something else, and the role found beside it. An ambiguous one is never sure: it stays a
 * question for the editor however much context supports it.
 */
import type { EntityKind } from '../../common/contract';
import { aliasKey } from './alias-key';
import type { AliasMatcher } from './alias-matcher';
import { normalizeSearchKey } from '../search/normalize';
import { judgeAmbiguous, SPEECH_VERBS, type ArticleContext, type Support } from './name-context';
import { gapBefore, scanField, type FieldScan, type ScannedMatch } from './text-scan';
import { findTitledNames, type NameKinds, type TitledName } from './title-patterns';

export interface ArticleText {
  headline: string;
  kicker: string;
  lead: string;
  body: string;
}

export interface DetectionEvidence {
  /** The stored alias that matched first («ظریف»). */
  alias: string;
  /** For an ambiguous alias: what in the text supports it. */
  support: Support | null;
  /** The post found beside the name: «وزیر امور خارجه اندونزی». */
  role: string | null;
}

export interface Detection {
  /** Offered matches of the entity's aliases in the text. */
  occurrences: number;
  /** The first offered match as written in the text. */
  matchedText: string;
  /** Every offered match was an ambiguous alias: the editor has to judge. */
  ambiguous: boolean;
  evidence: DetectionEvidence;
}

/** A person named by a title whom the archive does not know yet. */
export interface ProposedName {
  /** The name as first written. */
  name: string;
  /** aliasKey(name). */
  key: string;
  /** The first role found with it. */
  role: string;
  occurrences: number;
}

/** Where a person is named, for the quote register: a known one or a proposed name. */
export interface PersonSpan {
  start: number;
  end: number;
  /** Known person; null for a proposed name. */
  entityId: string | null;
  name: string;
  role: string | null;
}

export interface FieldReading {
  field: keyof ArticleText;
  scan: FieldScan;
  /** People named in this field, in text order. */
  people: PersonSpan[];
  titled: TitledName[];
}

export interface ArticleReading {
  mentions: Map<string, Detection>;
  proposals: Map<string, ProposedName>;
  fields: FieldReading[];
}

/** An entity whose presence in a story vouches for another's ambiguous name. */
export interface RelatedEntity {
  id: string;
  /**
   * A capital and its country vouch for each other even when both are named ambiguously
   * («عمان» … «مسقط»); a person vouches for the country of their post only when named plainly.
   */
  mutual: boolean;
}

/** What detection needs to know about the entities beyond their names. */
export interface EntityFacts {
  kindOf(entityId: string): EntityKind | undefined;
  relatedTo(entityId: string): readonly RelatedEntity[];
}

const FIELDS = ['headline', 'kicker', 'lead', 'body'] as const;

export function detectMentions(matcher: AliasMatcher, facts: EntityFacts, text: ArticleText): Map<string, Detection> {
  return readArticle(matcher, facts, text).mentions;
}

export function readArticle(matcher: AliasMatcher, facts: EntityFacts, text: ArticleText): ArticleReading {
  const kinds: NameKinds = {
    isPerson: (entityId) => facts.kindOf(entityId) === 'person',
    isNationality: (key) => isNationality(matcher, facts, key),
  };
  const fields = FIELDS.filter((field) => text[field].length > 0).map((field) => {
    const scan = scanField(matcher, text[field]);
    return { field, scan, titled: findTitledNames(scan, kinds), people: [] as PersonSpan[] };
  });

  const plain = new Map<string, string>();
  const atAll = new Map<string, string>();
  for (const { scan } of fields) {
    for (const match of scan.matches) {
      if (!match.ambiguous && !plain.has(match.entityId)) plain.set(match.entityId, match.aliasText);
      if (!atAll.has(match.entityId)) atAll.set(match.entityId, match.aliasText);
    }
  }

  const titledIn = new Map(fields.map(({ scan, titled }) => [scan, titled]));
  const context: ArticleContext = {
    kindOf: (id) => facts.kindOf(id),
    plainlyNamed: (id) => plain.get(id),
    relatedNamed: (id) => {
      for (const related of facts.relatedTo(id)) {
        const named = related.mutual ? atAll.get(related.id) : plain.get(related.id);
        if (named !== undefined) return named;
      }
      return undefined;
    },
    inTitledName: (scan, token) => (titledIn.get(scan) ?? []).some((name) => token >= name.first && token <= name.last),
    titleBeside: (scan, match) => (titledIn.get(scan) ?? []).find((name) => overlaps(name, match))?.role,
  };

  const mentions = new Map<string, Detection>();
  const proposals = new Map<string, ProposedName>();
  for (const reading of fields) {
    const { scan, titled } = reading;
    for (const match of scan.matches) {
      const support = match.ambiguous ? judgeAmbiguous(scan, match, context) : null;
      if (match.ambiguous && support === null) continue;
      const role = facts.kindOf(match.entityId) === 'person' ? (titled.find((name) => overlaps(name, match))?.role ?? null) : null;
      offer(mentions, match, support, role);
      if (facts.kindOf(match.entityId) === 'person') {
        reading.people.push({ start: match.start, end: match.end, entityId: match.entityId, name: match.aliasText, role });
      }
    }
    for (const name of titled) {
      if (name.personId !== null) {
        const detection = mentions.get(name.personId);
        if (detection && detection.evidence.role === null) detection.evidence.role = name.role;
        continue;
      }
      const key = aliasKey(name.name);
      if (key === '') continue;
      const known = proposals.get(key);
      if (known) known.occurrences += 1;
      else proposals.set(key, { name: name.name, key, role: name.role, occurrences: 1 });
      reading.people.push({ start: scan.tokens[name.first].start, end: scan.tokens[name.last].end, entityId: null, name: name.name, role: name.role });
    }
  }
  for (const reading of fields) {
    addProposedNamesAgain(reading, proposals);
    reading.people.sort((a, b) => a.start - b.start);
  }
  return { mentions, proposals, fields };
}

/**
 * A name proposed by its title is the same person wherever the story names them again: the
 * whole name («نبیه بری در این دیدار گفت»), or the family name alone where it is plainly the
 * one speaking («بقائی همچنین گفت», «به گفته‌ی پسکوف»), as agency copy does after the first
 * mention. Found for the quote register's speakers. A family name alone elsewhere may be a
 * word («اسلامی»), so it is not taken there.
 */
function addProposedNamesAgain(reading: FieldReading, proposals: ReadonlyMap<string, ProposedName>): void {
  if (proposals.size === 0) return;
  const { scan } = reading;
  const taken = (start: number, end: number) => reading.people.some((person) => person.start < end && person.end > start);
  for (const proposal of proposals.values()) {
    const keys = proposal.key.split(' ');
    const family = keys[keys.length - 1];
    for (let i = 0; i < scan.tokens.length; i++) {
      const whole = keys.every((key, k) => scan.tokens[i + k]?.key === key);
      const length = whole ? keys.length : scan.tokens[i].key === family && speaking(scan, i) ? 1 : 0;
      if (length === 0) continue;
      const start = scan.tokens[i].start;
      const end = scan.tokens[i + length - 1].end;
      if (!taken(start, end)) reading.people.push({ start, end, entityId: null, name: proposal.name, role: proposal.role });
      i += length - 1;
    }
  }
}

function offer(mentions: Map<string, Detection>, match: ScannedMatch, support: Support | null, role: string | null): void {
  const detection = mentions.get(match.entityId);
  if (!detection) {
    mentions.set(match.entityId, {
      occurrences: 1,
      matchedText: match.aliasText,
      ambiguous: match.ambiguous,
      evidence: { alias: match.alias, support, role },
    });
    return;
  }
  detection.occurrences += 1;
  detection.ambiguous &&= match.ambiguous;
  detection.evidence.support ??= support;
  detection.evidence.role ??= role;
}

const SAYING_NOUN = normalizeSearchKey('گفته').tokens[0].key;
/** How far after a name its reporting verb may come: «بقائی در پایان این نشست همچنین گفت». */
const SPEAKER_REACH = 6;

/** The token at `i` is the one speaking: a reporting verb follows it closely, or «به گفته» comes before it. */
function speaking(scan: FieldScan, i: number): boolean {
  if (scan.matches.some((match) => match.first <= i && match.last >= i)) return false;
  if (scan.tokens[i - 1]?.key === SAYING_NOUN) return true;
  for (let k = i + 1; k < Math.min(scan.tokens.length, i + 1 + SPEAKER_REACH); k++) {
    if (gapBefore(scan, k) === 'stop') return false;
    if (SPEECH_VERBS.has(scan.tokens[k].key)) return true;
  }
  return false;
}

const overlaps = (name: TitledName, match: ScannedMatch): boolean => match.first <= name.last && match.last >= name.first;

/** «عمانی», «پاکستانی», «آمریکایی»: a country's name and «ی» is a nationality, not a family name. */
function isNationality(matcher: AliasMatcher, facts: EntityFacts, key: string): boolean {
  const stems = key.endsWith('یی') ? [key.slice(0, -2), key.slice(0, -1)] : key.endsWith('ی') ? [key.slice(0, -1)] : [];
  return stems.some((stem) => stem.length >= 2 && matcher.entitiesNamedBy(stem).some((id) => facts.kindOf(id) === 'country'));
}
