/**
 * The page's side of the spellchecker: one worker for the whole session (the dictionaries load
 * once), a cache of every word's verdict, and the archive's own words (the newsroom dictionary
 * and entity names) sent to the worker when it starts.
 */
import type { DabirApi } from '../../../common/contract';
import type { SpellRequest, SpellResponse } from './spellProtocol';
import { lookupForm } from './spellingRules';

type Pending = { resolve: (response: SpellResponse) => void };

class SpellChecker {
  constructor(private readonly api: Pick<DabirApi, 'getSpellingLexicon' | 'addDictionaryWord'>) {}

  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** true: known; false: unknown; absent: not asked yet. */
  private readonly verdicts = new Map<string, boolean>();
  private readonly asked = new Set<string>();
  private readonly ignored = new Set<string>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./spell.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SpellResponse>) => {
      const waiting = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      waiting?.resolve(event.data);
    };
    this.worker = worker;
    void this.api.getSpellingLexicon({}).then((result) => {
      if (result.ok) this.post({ type: 'lexicon', texts: [...result.value.words, ...result.value.names] });
    });
    return worker;
  }

  private post(request: SpellRequest): void {
    this.start().postMessage(request);
  }

  private ask<T extends SpellResponse>(request: SpellRequest & { id: number }): Promise<T> {
    return new Promise((resolve) => {
      this.pending.set(request.id, { resolve: resolve as (response: SpellResponse) => void });
      this.post(request);
    });
  }

  /** The verdict for a word already checked: true when it is to be underlined. */
  isMisspelled(word: string): boolean {
    const form = lookupForm(word);
    return this.verdicts.get(form) === false && !this.ignored.has(form);
  }

  /** Checks the words not checked yet; resolves true when some verdict is new. */
  async check(words: Iterable<string>): Promise<boolean> {
    const fresh = [...new Set(Array.from(words, lookupForm))].filter((word) => !this.verdicts.has(word) && !this.asked.has(word));
    if (fresh.length === 0) return false;
    fresh.forEach((word) => this.asked.add(word));
    const response = await this.ask<Extract<SpellResponse, { type: 'checked' }>>({ type: 'check', id: this.nextId++, words: fresh });
    const unknown = new Set(response.unknown);
    for (const word of fresh) {
      this.verdicts.set(word, !unknown.has(word));
      this.asked.delete(word);
    }
    return true;
  }

  async suggest(word: string): Promise<string[]> {
    const response = await this.ask<Extract<SpellResponse, { type: 'suggested' }>>({ type: 'suggest', id: this.nextId++, word });
    return response.suggestions;
  }

  ignore(word: string): void {
    this.ignored.add(lookupForm(word));
  }

  /** Adds a word to the newsroom dictionary in the archive; it is known at once. */
  async addToDictionary(word: string): Promise<{ ok: true } | { ok: false; code: string }> {
    const result = await this.api.addDictionaryWord({ word });
    if (!result.ok) return { ok: false, code: result.error.code };
    const form = lookupForm(result.value.word);
    this.verdicts.set(form, true);
    this.post({ type: 'lexicon', texts: [form] });
    return { ok: true };
  }
}

export type { SpellChecker };

// One checker (one worker, one cache) per archive API: in the app, one for the session.
const checkers = new WeakMap<object, SpellChecker>();

export function spellCheckerFor(api: DabirApi): SpellChecker {
  let checker = checkers.get(api);
  if (!checker) checkers.set(api, (checker = new SpellChecker(api)));
  return checker;
}
