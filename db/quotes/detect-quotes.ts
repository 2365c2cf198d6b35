/**
 * Statements attributed to people, found in an article's lead and body as the agencies write
 * them:
 * - a person, then a reporting verb: «ظریف گفت: …», «X تصریح کرد که …», «X در پایان افزود»;
 * - a quotation first: ««…»، ظریف افزود.»;
 * - «به گفته‌ی X، …»;
 * - «وی گفت …» (or «او»، «ایشان»): the last speaker quoted, else the person named last before;
 * - a sentence opening with a title («سخنگوی دستگاه دیپلماسی … تصریح کرد»): the person named
 *   earlier with that title.
 * The speaker is a person the reading found (detect-mentions.ts): a known one, or a name found
 * by its title. The whole sentence is the quote, as written.
 */
import { normalizeSearchKey, type KeyToken } from '../search/normalize';
import type { ArticleReading, FieldReading, PersonSpan } from '../entities/detect-mentions';

export interface FoundQuote {
  /** The speaker as the reading found them. */
  span: PersonSpan;
  sentence: string;
  /** normalizeSearchKey(sentence).joined: the quote's identity across saves. */
  key: string;
  speaker: string;
  /** Known person; null for a name not yet in the archive. */
  entityId: string | null;
}

const keysOf = (words: readonly string[]) => new Set(words.map((word) => normalizeSearchKey(word).tokens[0].key));

/** Verbs that report speech on their own, or with the light verb that follows them. */
const SAYING = keysOf(['گفت', 'افزود', 'نوشت', 'پرسید']);
const SAYING_WITH = new Map<string, Set<string>>([
  ...['تصریح', 'تاکید', 'تأکید', 'خاطرنشان', 'عنوان', 'بیان', 'اعلام'].map((word) => [normalizeSearchKey(word).tokens[0].key, keysOf(['کرد', 'کردند', 'نمود', 'ساخت'])] as const),
  [normalizeSearchKey('اظهار').tokens[0].key, keysOf(['داشت', 'کرد'])],
  [normalizeSearchKey('یادآور').tokens[0].key, keysOf(['شد'])],
  [normalizeSearchKey('هشدار').tokens[0].key, keysOf(['داد'])],
  [normalizeSearchKey('ادامه').tokens[0].key, keysOf(['داد'])],
]);
const PRONOUNS = keysOf(['وی', 'او', 'ایشان']);
/** Words that may open a sentence before its subject: «همچنین وی گفت». */
const OPENERS = keysOf(['همچنین', 'سپس', 'وی', 'او', 'ایشان', 'در', 'ادامه', 'پایان', 'این', 'باره']);
/** A person right after these is not the subject: «با لاوروف», «به ظریف». */
const OBJECT_MARKERS = keysOf(['با', 'به', 'از', 'برای', 'درباره', 'علیه', 'همتای', 'نزد']);
const BE = normalizeSearchKey('به').tokens[0].key;
const SAYING_NOUN = normalizeSearchKey('گفته').tokens[0].key;

const QUOTED_FIELDS = new Set(['lead', 'body']);
/** Fewer words than this after the verb, and no «…», is no statement. */
const MIN_WORDS_SAID = 3;

export function detectQuotes(reading: ArticleReading): FoundQuote[] {
  const found = new Map<string, FoundQuote>();
  const earlier: PersonSpan[] = [];
  // «وی» is, in agency copy, the person the story has been quoting.
  let lastSpeaker: PersonSpan | undefined;
  for (const field of reading.fields) {
    if (!QUOTED_FIELDS.has(field.field)) continue;
    const { tokens } = field.scan;
    let next = 0;
    for (const sentence of sentencesOf(field.scan.text)) {
      // Sentences and tokens both run in text order: one walk gives each sentence its tokens.
      while (next < tokens.length && tokens[next].start < sentence.start) next += 1;
      let end = next;
      while (end < tokens.length && tokens[end].end <= sentence.end) end += 1;
      const quote = quoteIn(field, sentence, tokens.slice(next, end), earlier, lastSpeaker);
      next = end;
      if (quote && !found.has(quote.key)) found.set(quote.key, quote);
      if (quote) lastSpeaker = quote.span;
      earlier.push(...field.people.filter((person) => person.start >= sentence.start && person.end <= sentence.end));
    }
  }
  return [...found.values()];
}

interface Sentence {
  start: number;
  end: number;
}

/**
 * Sentences of a field: a line break ends one, and so does «.», «!», «?» or «؟» followed by a
 * space or the end, outside a «…» quotation.
 */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let depth = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) sentences.push({ start: start + lead, end: start + lead + trimmed.length });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '«') depth += 1;
    else if (ch === '»') depth = Math.max(0, depth - 1);
    else if (ch === '\n') {
      push(i);
      start = i + 1;
      depth = 0;
    } else if (depth === 0 && /[.!?؟]/.test(ch) && (i + 1 === text.length || /\s/.test(text[i + 1]))) {
      push(i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return sentences;
}

function quoteIn(
  field: FieldReading,
  sentence: Sentence,
  tokens: readonly KeyToken[],
  earlier: readonly PersonSpan[],
  lastSpeaker: PersonSpan | undefined,
): FoundQuote | null {
  const { scan } = field;
  if (tokens.length === 0) return null;
  const people = field.people.filter((person) => person.start >= sentence.start && person.end <= sentence.end);
  const text = scan.text.slice(sentence.start, sentence.end);
  const pronoun = lastSpeaker ?? earlier[earlier.length - 1];
  const make = (speaker: PersonSpan): FoundQuote => ({
    span: speaker,
    sentence: text,
    key: normalizeSearchKey(text).joined,
    speaker: speaker.name,
    entityId: speaker.entityId,
  });

  // «به گفته‌ی X، …»
  for (let t = 0; t + 1 < tokens.length; t++) {
    if (tokens[t].key !== BE || tokens[t + 1].key !== SAYING_NOUN) continue;
    const after = tokens[t + 1].end;
    const named = people.find((person) => person.start >= after && person.start - after <= 4);
    if (named) return make(named);
    const next = tokens[t + 2];
    if (next && PRONOUNS.has(next.key) && pronoun) return make(pronoun);
  }

  const verb = tokens.findIndex((token, t) => isSaying(scan.text, tokens, t));
  if (verb === -1) return null;
  // «… این سخنان را بیان کرد.» reports that someone spoke, not what: a quote has its words,
  // after the verb («گفت: …», «گفت که …») or in «» before it.
  const wordsAfter = tokens.length - verb - (SAYING.has(tokens[verb].key) ? 1 : 2);
  if (wordsAfter < MIN_WORDS_SAID && !text.includes('«')) return null;
  const verbStart = tokens[verb].start;
  const subject = people.find((person) => person.end <= verbStart && !objectOf(tokens, person));
  if (subject) return make(subject);

  // «وی گفت …», «همچنین وی …»: the person named last before this sentence.
  for (let t = 0; t < Math.min(verb, 4); t++) {
    if (PRONOUNS.has(tokens[t].key)) return pronoun ? make(pronoun) : null;
    if (!OPENERS.has(tokens[t].key)) break;
  }

  // «سخنگوی دستگاه دیپلماسی … تصریح کرد»: the person introduced earlier with that title.
  const opening = tokens[0].key;
  for (let p = earlier.length - 1; p >= 0; p--) {
    const role = earlier[p].role;
    if (role !== null && normalizeSearchKey(role).tokens[0]?.key === opening) return make(earlier[p]);
  }
  return null;
}

/** A reporting verb at sentence token `t`: «گفت» (not «گفت‌وگو»), or «تصریح کرد», «اظهار داشت», … */
function isSaying(text: string, tokens: ReadonlyArray<{ key: string; end: number }>, t: number): boolean {
  const key = tokens[t].key;
  if (SAYING.has(key)) {
    // «گفت‌وگو», «گفت و گو» are conversations, not a saying.
    if (text[tokens[t].end] === '\u200c') return false;
    return !(tokens[t + 1]?.key === 'و' && tokens[t + 2]?.key === 'گو');
  }
  const light = SAYING_WITH.get(key);
  return light !== undefined && tokens[t + 1] !== undefined && light.has(tokens[t + 1].key);
}

/** The person follows «با», «به», «از»…: spoken to or about, not speaking. */
function objectOf(tokens: readonly KeyToken[], person: PersonSpan): boolean {
  let before: KeyToken | undefined;
  for (const token of tokens) {
    if (token.end > person.start) break;
    before = token;
  }
  return before !== undefined && OBJECT_MARKERS.has(before.key);
}
