/**
 * The search box's language and its translation to an FTS5 MATCH expression.
 *
 * The user may type bare words (all must appear), "quoted phrases", a trailing `*` for a
 * prefix, and `-word` / `-"phrase"` to exclude. Nothing the user types reaches MATCH raw:
 * every term goes through normalizeSearchKey, and every key token is written as an FTS5
 * string with its quotes doubled, so no input can make SQLite raise a syntax error.
 */
import { FACET_MARK } from './facet-mark';
import { joinedTokensOf, normalizeSearchKey, type NormalizedToken } from './normalize';

/** More terms than this are dropped (and reported): a pasted article is not a query. */
export const MAX_QUERY_TERMS = 32;
/** Tokens kept per term or phrase. */
export const MAX_TOKENS_PER_TERM = 32;
/** Characters of input read; the rest is dropped (and reported). */
export const MAX_QUERY_CHARS = 2000;

export interface QueryTerm {
  /** The text the user typed for this term, for messages. */
  source: string;
  /** Typed in quotes. Bare words that normalise to several tokens (`5+1`) match as a phrase too. */
  quoted: boolean;
  exclude: boolean;
  /** The last token is a prefix (`تحری*`). */
  prefix: boolean;
  /** Key tokens to find, in order, in the spaced columns. */
  spaced: string[];
  /** Key tokens to find, in order, in the joined columns (differs when a ZWNJ was kept). */
  joined: string[];
}

export type QueryNote =
  /** A quote was never closed: the rest of the input was read as the phrase. */
  | 'unbalanced_quote'
  /** AND / OR / NEAR were ignored (all words are required anyway); NOT became an exclusion. */
  | 'operator_ignored'
  /** A term had no letters or digits (`*`, `-`, `:`, `(`) and was skipped. */
  | 'unsearchable_term_dropped';

export type EmptyQueryReason = 'blank_input' | 'nothing_searchable' | 'only_exclusions';

export interface ParsedQuery {
  terms: QueryTerm[];
  /** True when there is nothing positive to search; `reason` says why. */
  empty: boolean;
  reason?: EmptyQueryReason;
  /** Input, terms or tokens were cut to the limits above. */
  truncated: boolean;
  notes: QueryNote[];
}

/** What a highlighter looks for in a document's key tokens (see highlight.ts). */
export interface HighlightTerm {
  spaced: readonly string[];
  joined: readonly string[];
  prefix: boolean;
  /** Another way of writing a term already listed (closed up, or cut in two): marked where found, never required. */
  alternative?: boolean;
}

const QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\uff02']);
const MINUS_SIGNS = new Set(['-', '\u2212']);
const IGNORED_OPERATORS = new Set(['AND', 'OR', 'NEAR']);
const NOT_OPERATOR = 'NOT';
const PREFIX_MARK = '*';

interface RawItem {
  text: string;
  quoted: boolean;
  exclude: boolean;
  prefix: boolean;
}

export function parseSearchQuery(input: string): ParsedQuery {
  const notes = new Set<QueryNote>();
  let truncated = false;
  let text = typeof input === 'string' ? input : '';
  if (text.length > MAX_QUERY_CHARS) {
    text = text.slice(0, MAX_QUERY_CHARS);
    truncated = true;
  }
  // The index's filter tokens start with this mark; a typed one must not reach them.
  text = text.replaceAll(FACET_MARK, ' ');
  if (text.trim() === '') return { terms: [], empty: true, reason: 'blank_input', truncated, notes: [] };

  const items = lexQuery(text, notes);
  const terms: QueryTerm[] = [];
  for (const term of termsOf(items, notes)) {
    if (term.spaced.length > MAX_TOKENS_PER_TERM) {
      term.spaced = term.spaced.slice(0, MAX_TOKENS_PER_TERM);
      term.joined = term.joined.slice(0, MAX_TOKENS_PER_TERM);
      term.prefix = false;
      truncated = true;
    }
    if (terms.length === MAX_QUERY_TERMS) {
      truncated = true;
      break;
    }
    terms.push(term);
  }
  const parsed: ParsedQuery = { terms, empty: false, truncated, notes: [...notes] };
  if (!terms.some((term) => !term.exclude)) {
    parsed.empty = true;
    parsed.reason = terms.length > 0 ? 'only_exclusions' : 'nothing_searchable';
  }
  return parsed;
}

/** Splits the input into words and phrases with their `-` and `*` marks. */
function lexQuery(text: string, notes: Set<QueryNote>): RawItem[] {
  const items: RawItem[] = [];
  let excludeNext = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (MINUS_SIGNS.has(ch)) {
      // A minus at the start of a term; several in a row count as one.
      let j = i;
      while (j < n && MINUS_SIGNS.has(text[j])) j++;
      if (j === n || /\s/.test(text[j])) notes.add('unsearchable_term_dropped');
      else excludeNext = true;
      i = j;
      continue;
    }
    if (QUOTES.has(ch)) {
      let j = i + 1;
      while (j < n && !QUOTES.has(text[j])) j++;
      const closed = j < n;
      if (!closed) notes.add('unbalanced_quote');
      const phrase = text.slice(i + 1, j);
      i = closed ? j + 1 : n;
      let prefix = false;
      while (i < n && text[i] === PREFIX_MARK) {
        prefix = true;
        i++;
      }
      items.push({ text: phrase, quoted: true, exclude: excludeNext, prefix });
      excludeNext = false;
      continue;
    }
    let j = i;
    while (j < n && !/\s/.test(text[j]) && !QUOTES.has(text[j])) j++;
    let wordEnd = j;
    while (wordEnd > i && text[wordEnd - 1] === PREFIX_MARK) wordEnd--;
    const prefix = wordEnd < j;
    const word = text.slice(i, wordEnd);
    i = j;
    if (IGNORED_OPERATORS.has(word) && !prefix) {
      notes.add('operator_ignored');
      excludeNext = false;
      continue;
    }
    if (word === NOT_OPERATOR && !prefix) {
      notes.add('operator_ignored');
      excludeNext = true;
      continue;
    }
    items.push({ text: word, quoted: false, exclude: excludeNext, prefix });
    excludeNext = false;
  }
  return items;
}

/**
 * Bare words next to each other are normalised together, so that the affix rules see them
 * as the user typed them: `می شود` becomes the one key `میشود`, `تحریم ها` the key `تحریم`.
 * Phrases and exclusions are normalised on their own.
 */
function* termsOf(items: readonly RawItem[], notes: Set<QueryNote>): Generator<QueryTerm> {
  let i = 0;
  while (i < items.length) {
    const item = items[i];
    if (item.quoted || item.exclude) {
      const tokens = normalizeSearchKey(item.text).tokens;
      if (tokens.length === 0) notes.add('unsearchable_term_dropped');
      else yield termFromTokens(item.text, tokens, item.quoted, item.exclude, item.prefix);
      i++;
      continue;
    }
    let j = i;
    while (j < items.length && !items[j].quoted && !items[j].exclude) j++;
    yield* termsOfBareRun(items.slice(i, j), notes);
    i = j;
  }
}

function* termsOfBareRun(words: readonly RawItem[], notes: Set<QueryNote>): Generator<QueryTerm> {
  const wordStarts: number[] = [];
  let runText = '';
  for (const word of words) {
    if (runText !== '') runText += ' ';
    wordStarts.push(runText.length);
    runText += word.text;
  }
  const wordAt = (offset: number): number => {
    let w = 0;
    while (w + 1 < wordStarts.length && wordStarts[w + 1] <= offset) w++;
    return w;
  };

  const tokens = normalizeSearchKey(runText).tokens;
  const wordsWithTokens = new Set<number>();
  let group: NormalizedToken[] = [];
  let groupFirstWord = 0;
  let groupLastWord = -1;
  const flush = function* (): Generator<QueryTerm> {
    if (group.length === 0) return;
    const source = words.slice(groupFirstWord, groupLastWord + 1).map((w) => w.text).join(' ');
    yield termFromTokens(source, group, false, false, words[groupLastWord].prefix);
    group = [];
  };
  for (const token of tokens) {
    const first = wordAt(token.start);
    const last = wordAt(Math.max(token.start, token.end - 1));
    // A token starts a new term unless it shares a typed word with the current one
    // (`5+1` → `5` `1` is one term; `می شود` → one token over two words).
    if (group.length > 0 && first > groupLastWord) yield* flush();
    if (group.length === 0) groupFirstWord = first;
    group.push(token);
    groupLastWord = Math.max(groupLastWord, last);
    for (let w = first; w <= last; w++) wordsWithTokens.add(w);
  }
  yield* flush();
  if (wordsWithTokens.size < words.length) notes.add('unsearchable_term_dropped');
}

function termFromTokens(
  source: string,
  tokens: readonly NormalizedToken[],
  quoted: boolean,
  exclude: boolean,
  prefix: boolean,
): QueryTerm {
  return {
    source,
    quoted,
    exclude,
    prefix,
    spaced: tokens.map((token) => token.key),
    joined: joinedTokensOf(tokens).map((token) => token.key),
  };
}

/** The positive terms' keys, for highlighting matches in the original text. */
export function highlightTermsOf(parsed: ParsedQuery): HighlightTerm[] {
  const positive = parsed.terms.filter((term) => !term.exclude);
  const terms: HighlightTerm[] = positive.map(({ spaced, joined, prefix }) => ({ spaced, joined, prefix }));
  for (const group of pairCompounds(positive)) {
    if (group.length === 1) {
      // A closed-up word that matched as two words written apart is marked as those two.
      for (const pieces of splitForms(group[0])) terms.push({ spaced: pieces, joined: pieces, prefix: false, alternative: true });
    } else {
      // A pair of words that matched as one closed-up word is marked as that word.
      const closedUp = [group[0].spaced[0] + group[1].spaced[0]];
      terms.push({ spaced: closedUp, joined: closedUp, prefix: false, alternative: true });
    }
  }
  return terms;
}

/** The FTS5 columns holding the spaced and the joined key of each indexed field. */
export interface KeyColumns {
  spaced: readonly string[];
  joined: readonly string[];
  /**
   * These are all the table's columns: the expression needs no column filter. FTS5 checks a
   * filter against every position of every match, which costs a multi-word AND about a
   * third of its time even when the filter names every column.
   */
  wholeTable?: boolean;
}

const BAREWORD_COLUMN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The MATCH expression for a parsed query, or null when there is nothing positive to search
 * (an empty query, or only exclusions): the caller says so instead of searching.
 *
 * Each term must appear in some column: as its spaced tokens in a spaced column or as its
 * joined tokens in a joined column. Exclusions are removed with NOT.
 *
 * Throws only on a programming error: column names that are not plain identifiers.
 */
export function buildFts5Match(parsed: ParsedQuery, columns: KeyColumns): string | null {
  for (const name of [...columns.spaced, ...columns.joined]) {
    if (!BAREWORD_COLUMN.test(name)) throw new Error(`FTS column name must be a plain identifier: ${JSON.stringify(name)}`);
  }
  if (columns.spaced.length === 0 || columns.joined.length === 0) throw new Error('buildFts5Match needs spaced and joined columns');

  const positive = parsed.terms.filter((term) => !term.exclude && term.spaced.length > 0);
  if (positive.length === 0) return null;
  const excluded = parsed.terms.filter((term) => term.exclude && term.spaced.length > 0);

  const expression = pairCompounds(positive)
    .map((group) => (group.length === 1 ? termExpression(group[0], columns) : compoundExpression(group, columns)))
    .join(' AND ');
  if (excluded.length === 0) return expression;
  return `(${expression}) NOT (${excluded.map((term) => termExpression(term, columns)).join(' OR ')})`;
}

/** `{a b c} : ` limiting a phrase to the given columns, or nothing when they are all of them. */
function columnFilter(columns: KeyColumns): string {
  return columns.wholeTable ? '' : `{${[...columns.spaced, ...columns.joined].join(' ')}} : `;
}

/** `cut`: also seek a closed-up word as two words (only for a word that stands alone). */
function termExpression(term: QueryTerm, columns: KeyColumns, cut = true): string {
  const all = columnFilter(columns);
  const forms = new Set([phraseExpression(term.spaced, term.prefix), phraseExpression(term.joined, term.prefix)]);
  const compact = compactForm(term.spaced);
  if (compact !== null) forms.add(phraseExpression([compact], term.prefix));
  if (cut) for (const pieces of splitForms(term)) forms.add(phraseExpression(pieces, false));
  // Every form is looked for in every column, so an article typed with a space, a
  // half-space or nothing scores alike: each spelling matches in two columns.
  const alternatives = [...forms].map((form) => `${all}(${form})`);
  return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
}

const PERSIAN_WORD = /^[\u0600-\u06FF]+$/u;

const isBarePersianWord = (term: QueryTerm): boolean =>
  !term.quoted &&
  !term.prefix &&
  term.spaced.length === 1 &&
  term.joined.length === 1 &&
  PERSIAN_WORD.test(term.spaced[0]) &&
  PERSIAN_WORD.test(term.joined[0]);

/**
 * Consecutive bare Persian words, taken two by two: a pair may be one compound the article
 * wrote closed up (`بین المللی` typed for `بینالمللی`).
 */
function pairCompounds(terms: readonly QueryTerm[]): QueryTerm[][] {
  const groups: QueryTerm[][] = [];
  for (let i = 0; i < terms.length; i += 1) {
    if (i + 1 < terms.length && isBarePersianWord(terms[i]) && isBarePersianWord(terms[i + 1])) {
      groups.push([terms[i], terms[i + 1]]);
      i += 1;
    } else {
      groups.push([terms[i]]);
    }
  }
  return groups;
}

/** Both words anywhere, or the two closed up into one token. */
function compoundExpression([first, second]: QueryTerm[], columns: KeyColumns): string {
  const closedUp = quoteFts5String(first.spaced[0] + second.spaced[0]);
  return `((${termExpression(first, columns, false)} AND ${termExpression(second, columns, false)}) OR ${columnFilter(columns)}(${closedUp}))`;
}

/** A closed-up word is cut in two only if it is this long, into pieces at least this long. */
const SPLIT_WORD_LENGTH = { min: 6, max: 14 };
const SPLIT_PIECE_LENGTH = 2;

/**
 * The other direction of the compound rule: a Persian word typed closed up (`بینالمللی`) may
 * be two words the article wrote apart (`بین المللی`), which the index holds as two tokens.
 * Each cut into two pieces is also sought as a two-word phrase; a cut that is not two words
 * of the archive matches nothing and costs one empty lookup.
 */
function splitForms(term: QueryTerm): string[][] {
  if (!isBarePersianWord(term)) return [];
  // The word as typed where stemming cut it (`هستهای` → `هست`): `هسته ای` is one of its cuts.
  const word = term.joined[0];
  if (word.length < SPLIT_WORD_LENGTH.min || word.length > SPLIT_WORD_LENGTH.max) return [];
  const forms: string[][] = [];
  for (let cut = SPLIT_PIECE_LENGTH; cut <= word.length - SPLIT_PIECE_LENGTH; cut += 1) forms.push([word.slice(0, cut), word.slice(cut)]);
  return forms;
}

/**
 * Two Persian words typed apart may be one word written closed up in the article
 * (`بین المللی` → `بینالمللی`), so the pair is also sought as one token. Only pairs of
 * Arabic-script words: closing up digits (`5 1` from `5+1`) would invent a new number.
 */
function compactForm(tokens: readonly string[]): string | null {
  return tokens.length === 2 && tokens.every((token) => PERSIAN_WORD.test(token)) ? tokens.join('') : null;
}

/** `"a" + "b"`, with `*` after the last token for a prefix search. */
function phraseExpression(tokens: readonly string[], prefix: boolean): string {
  return tokens.map(quoteFts5String).join(' + ') + (prefix ? ' *' : '');
}

/** A token as an FTS5 string: quotes doubled, so no token is query syntax. One rule for every MATCH Dabir builds. */
export function quoteFts5String(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}
