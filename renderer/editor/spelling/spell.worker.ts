/**
 * The spellchecker, off the page's main thread: nspell with the bundled Hunspell dictionaries
 * (dictionary-fa, the Lilak Persian dictionary, and dictionary-en), read from the app's own
 * bundle, never downloaded. Loading the Persian dictionary takes seconds; typing never waits
 * for it, and words checked before it is ready are answered once it is.
 */
import nspell from 'nspell';
import enAff from '@dictionaries/en/index.aff?raw';
import enDic from '@dictionaries/en/index.dic?raw';
import faAff from '@dictionaries/fa/index.aff?raw';
import faDic from '@dictionaries/fa/index.dic?raw';
import { isKnownPersian, languageOf, lookupForm, wordsOf } from './spellingRules';
import type { SpellRequest, SpellResponse } from './spellProtocol';

let checkers: { fa: ReturnType<typeof nspell>; en: ReturnType<typeof nspell> } | null = null;
const extra = new Set<string>();

function load() {
  if (!checkers) checkers = { fa: nspell(faAff, faDic), en: nspell(enAff, enDic) };
  return checkers;
}

function isCorrect(word: string): boolean {
  const form = lookupForm(word);
  if (extra.has(form) || extra.has(form.toLowerCase())) return true;
  const language = languageOf(form);
  if (language === null) return true;
  const { fa, en } = load();
  if (language === 'en') return en.correct(form);
  return isKnownPersian(form, (candidate) => extra.has(candidate) || fa.correct(candidate));
}

function reply(response: SpellResponse): void {
  (self as unknown as Worker).postMessage(response);
}

self.onmessage = (event: MessageEvent<SpellRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'lexicon':
      for (const text of request.texts) for (const word of wordsOf(text)) extra.add(word);
      return;
    case 'check':
      reply({ type: 'checked', id: request.id, unknown: request.words.filter((word) => !isCorrect(word)) });
      return;
    case 'suggest': {
      const form = lookupForm(request.word);
      const language = languageOf(form);
      const checker = language === 'en' ? load().en : load().fa;
      reply({ type: 'suggested', id: request.id, suggestions: language ? checker.suggest(form).slice(0, 6) : [] });
      return;
    }
  }
};
