/**
 * Finds every entity alias in a text at once, through the search normaliser, so «ظريف»,
 * «آمريكا» or «بین المللی» in an article meet the aliases «ظریف», «آمریکا», «بین‌المللی».
 *
 * Why a token trie and not Aho–Corasick: matching is over normalised TOKENS, not characters,
 * so a pattern is a handful of tokens (most one or two, the longest about fifteen) and the
 * alphabet is the vocabulary. At each text token we walk the trie from its root with Map
 * lookups; almost every walk ends at the first token (a miss) or after two or three, so a
 * pass costs O(tokens × depth actually matched) — effectively linear, as Aho–Corasick's
 * would be — without failure links to build on every alias change, and the longest pattern
 * starting at a token falls out of the walk directly. The real cost of a pass is the
 * normaliser's tokenising of the text, which any design pays.
 *
 * Both token forms are used, as search does: a pattern is entered with its spaced and its
 * joined tokens, and the text is walked in both its spaced and joined token streams, so the
 * alias «بین‌المللی» finds «بین المللی», «بینالمللی» and «بین‌المللی» alike.
 */
import { tokenizeWithOffsets, type KeyToken } from '../search/normalize';
import { aliasTokens, aliasTokensOfMany, formsMayDiffer, splitKey, type AliasTokens } from './alias-key';

/** An alias as stored (entity_aliases). */
export interface AliasRecord {
  entityId: string;
  alias: string;
  /** aliasKey(alias): the joined key. */
  aliasKey: string;
  ambiguous: boolean;
}

export interface AliasMatch {
  entityId: string;
  /** UTF-16 range `[start, end)` of the original text. */
  start: number;
  end: number;
  /** The alias as written in the text («ظريف»). */
  aliasText: string;
  /** The stored alias that matched («ظریف»). */
  alias: string;
  /** Only ambiguous aliases of this entity produce these tokens: never tag silently. */
  ambiguous: boolean;
}

interface Output {
  entityId: string;
  alias: string;
  ambiguous: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** The entities whose alias ends here, one entry per entity. */
  outputs: Output[] | null;
}

interface Candidate {
  start: number;
  end: number;
  outputs: Output[];
}

const newNode = (): TrieNode => ({ next: null, outputs: null });

/**
 * Token forms keyed by alias spelling, kept across rebuilds: a rebuild after one alias
 * change then only normalises the new names.
 */
export type AliasTokenCache = Map<string, AliasTokens>;

export class AliasMatcher {
  private readonly root = newNode();
  readonly patternCount: number;

  constructor(aliases: readonly AliasRecord[], cache: AliasTokenCache = new Map()) {
    fillCache(aliases, cache);
    let count = 0;
    for (const record of aliases) {
      const forms = tokensOf(record, cache);
      this.insert(forms.joined, record);
      count += 1;
      if (!sameTokens(forms.joined, forms.spaced)) {
        this.insert(forms.spaced, record);
        count += 1;
      }
    }
    this.patternCount = count;
  }

  private insert(tokens: readonly string[], record: AliasRecord): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      node.next ??= new Map();
      let child = node.next.get(token);
      if (!child) {
        child = newNode();
        node.next.set(token, child);
      }
      node = child;
    }
    node.outputs ??= [];
    const existing = node.outputs.find((output) => output.entityId === record.entityId);
    // Two aliases of one entity with the same tokens: one plain alias is enough to make the
    // match plain (the flag says "ONLY a word that is also common matched").
    if (existing) existing.ambiguous &&= record.ambiguous;
    else node.outputs.push({ entityId: record.entityId, alias: record.alias, ambiguous: record.ambiguous });
  }

  /**
   * Every alias occurrence, in text order, with its range in `text` as given. Whole tokens
   * only; where matches overlap the longest wins and the shorter ones inside or across it
   * are dropped («سازمان همکاری اسلامی» is one match, not also «اسلامی» or «همکاری
   * اسلامی»). A match never spans a line break: each body paragraph is a line.
   */
  find(text: string): AliasMatch[] {
    return this.scan(text).matches;
  }

  /** `find`, with the text's spaced key tokens it was found among (the context rules read them). */
  scan(text: string): { matches: AliasMatch[]; tokens: KeyToken[] } {
    if (text.length === 0) return { matches: [], tokens: [] };
    const { spaced, joined } = tokenizeWithOffsets(text);
    if (!this.root.next) return { matches: [], tokens: spaced };
    const candidates: Candidate[] = [];
    this.walk(spaced, lineNumbers(text, spaced), candidates);
    // Without a kept ZWNJ the two streams are the same tokens: walk once.
    if (joined.length !== spaced.length) this.walk(joined, lineNumbers(text, joined), candidates);
    const kept = keepLongest(candidates, text.length);
    const matches: AliasMatch[] = [];
    for (const { start, end, outputs } of kept) {
      const aliasText = text.slice(start, end);
      for (const output of outputs) {
        matches.push({ entityId: output.entityId, start, end, aliasText, alias: output.alias, ambiguous: output.ambiguous });
      }
    }
    return { matches, tokens: spaced };
  }

  /** The entities one key token names on its own («عمان» → Oman, Amman), for telling «عمانی» an adjective. */
  entitiesNamedBy(key: string): string[] {
    return this.root.next?.get(key)?.outputs?.map((output) => output.entityId) ?? [];
  }

  /** The longest pattern starting at each token, within the token's line. */
  private walk(tokens: readonly KeyToken[], lines: Int32Array, into: Candidate[]): void {
    const rootNext = this.root.next!;
    for (let i = 0; i < tokens.length; i++) {
      let node = rootNext.get(tokens[i].key);
      let best: Candidate | null = null;
      for (let j = i; node; ) {
        if (node.outputs) best = { start: tokens[i].start, end: tokens[j].end, outputs: node.outputs };
        j += 1;
        if (j >= tokens.length || !node.next || lines[j] !== lines[i]) break;
        node = node.next.get(tokens[j].key);
      }
      if (best) into.push(best);
    }
  }
}

/** The line each token is on (tokens never contain a line break; the normaliser splits there). */
function lineNumbers(text: string, tokens: readonly KeyToken[]): Int32Array {
  const lines = new Int32Array(tokens.length);
  let line = 0;
  let nextBreak = text.indexOf('\n');
  for (let i = 0; i < tokens.length; i++) {
    while (nextBreak !== -1 && nextBreak < tokens[i].start) {
      line += 1;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    lines[i] = line;
  }
  return lines;
}

function fillCache(aliases: readonly AliasRecord[], cache: AliasTokenCache): void {
  const missing = [...new Set(aliases.filter((r) => formsMayDiffer(r.alias) && !cache.has(r.alias)).map((r) => r.alias))];
  aliasTokensOfMany(missing).forEach((forms, i) => cache.set(missing[i], forms));
}

function tokensOf(record: AliasRecord, cache: AliasTokenCache): AliasTokens {
  // For most names the stored key is both forms.
  if (!formsMayDiffer(record.alias)) {
    const tokens = splitKey(record.aliasKey);
    return { joined: tokens, spaced: tokens };
  }
  return cache.get(record.alias) ?? aliasTokens(record.alias);
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

/**
 * Longest first, then leftmost: a candidate is kept when it overlaps nothing kept so far
 * (checked against a map of the characters already taken, so a long article with many
 * matches stays linear). The same span found in both token streams is one match, with the
 * entities of both. Returned in text order.
 */
function keepLongest(candidates: Candidate[], textLength: number): Candidate[] {
  if (candidates.length <= 1) return candidates;
  const order = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(textLength);
  const bySpan = new Map<number, Candidate>();
  const kept: Candidate[] = [];
  for (const candidate of order) {
    const span = candidate.start * (textLength + 1) + candidate.end;
    const same = bySpan.get(span);
    if (same) {
      for (const output of candidate.outputs) {
        if (!same.outputs.some((other) => other.entityId === output.entityId)) same.outputs = [...same.outputs, output];
      }
      continue;
    }
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    bySpan.set(span, candidate);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
