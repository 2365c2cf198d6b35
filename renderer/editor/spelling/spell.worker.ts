/**
 * The spellchecker, off the page's main thread: nspell with the bundled Hunspell dictionaries
 * (dictionary-fa, the Lilak Persian dictionary, and dictionary-en), read from the app's own
 * bundle, never downloaded. Each loads when its first word is checked: the Persian one in a
 * fraction of a second, looked up rather than spelled out (stemLookup.ts), the English one in
 * about a second. Typing never waits for either.
 */
import enAff from '@dictionaries/en/index.aff?raw';
import enDic from '@dictionaries/en/index.dic?raw';
import faAff from '@dictionaries/fa/index.aff?raw';
import faDic from '@dictionaries/fa/index.dic?raw';
import { loadSpellChecker } from './stemLookup';
import { isKnownPersian, languageOf, lookupForm, wordsOf } from './spellingRules';
import type { SpellRequest, SpellResponse } from './spellProtocol';

type Checker = ReturnType<typeof loadSpellChecker>;
const checkers: Partial<Record<'fa' | 'en', Checker>> = {};
const extra = new Set<string>();

function checkerFor(language: 'fa' | 'en'): Checker {
  checkers[language] ??= language === 'fa' ? loadSpellChecker(faAff, faDic) : loadSpellChecker(enAff, enDic);
  return checkers[language];
}

function isCorrect(word: string): boolean {
  const form = lookupForm(word);
  if (extra.has(form) || extra.has(form.toLowerCase())) return true;
  const language = languageOf(form);
  if (language === null) return true;
  if (language === 'en') return checkerFor('en').correct(form);
  const fa = checkerFor('fa');
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
      reply({ type: 'suggested', id: request.id, suggestions: language ? checkerFor(language).suggest(form).slice(0, 6) : [] });
      return;
    }
  }
};
