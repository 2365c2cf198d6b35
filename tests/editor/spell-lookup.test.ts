/**
 * The Persian dictionary is looked up instead of spelled out (renderer/editor/spelling/
 * stemLookup.ts). Its answers must be nspell's own: checked here form by form against nspell
 * expanding the same stems, on a slice of dictionary-fa small enough to expand in a test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { loadSpellChecker } from '../../renderer/editor/spelling/stemLookup';

// The packages export only their loader, which reads the files itself: read them as the app's bundle does.
const read = (path: string) => readFileSync(join(__dirname, '../../node_modules', path), 'utf8');
const faAff = read('dictionary-fa/index.aff');
const faDic = read('dictionary-fa/index.dic');
const enAff = read('dictionary-en/index.aff');

type Table = Record<string, string[] | undefined>;
const tableOf = (checker: unknown) => (checker as { data: Table }).data;

/** Every `step`-th stem of dictionary-fa, with the stems the tests below rely on. */
function slice(step: number, also: string[]): string {
  const lines = faDic.split('\n').slice(1);
  const kept = lines.filter((line, index) => index % step === 0 || also.some((word) => line.startsWith(`${word}/`)));
  return `${kept.length}\n${kept.join('\n')}`;
}

describe('the Persian dictionary looked up by its stems', () => {
  const dic = slice(40, ['کتاب', 'دانشگاه', 'خبرنگار']);
  const expanded = nspell(faAff, dic);
  const looked = loadSpellChecker(faAff, dic);

  it('knows every form nspell makes from the same stems, with the same flags', () => {
    const forms = Object.keys(tableOf(expanded));
    expect(forms.length).toBeGreaterThan(20_000);
    const differing = forms.filter((form) => JSON.stringify(tableOf(looked)[form]) !== JSON.stringify(tableOf(expanded)[form]));
    expect(differing).toEqual([]);
  });

  it('knows no form nspell does not: near misses of real forms are unknown to both', () => {
    const forms = Object.keys(tableOf(expanded)).filter((_, index) => index % 7 === 0);
    const nearMisses = forms.flatMap((form) => [`${form}ز`, form.slice(0, -1), `ن${form}`, `${form}‌ها‌ها`, form.replace(/ی/g, 'ي')]);
    const differing = nearMisses.filter((form) => (tableOf(looked)[form] === undefined) !== (tableOf(expanded)[form] === undefined));
    expect(differing).toEqual([]);
  });

  it('checks and suggests as nspell does', () => {
    for (const word of ['کتاب‌هایشان', 'بی‌کتاب', 'دانشگاهیان', 'خبرنگاران', 'کتابهایی', 'کتاپ', 'دانشگا', 'خبرنگرا']) {
      expect(looked.correct(word), word).toBe(expanded.correct(word));
      expect(looked.suggest(word), word).toEqual(expanded.suggest(word));
    }
    expect(looked.correct('کتاب‌هایشان')).toBe(true);
    expect(looked.correct('کتاپ')).toBe(false);
    expect(looked.suggest('کتاپ')).toContain('کتاب');
  });
});

describe('loading a dictionary', () => {
  it('reads the whole Persian dictionary without spelling out its 1.5 million forms', () => {
    const checker = loadSpellChecker(faAff, faDic);
    expect(Object.keys(tableOf(checker))).toHaveLength(0);
    for (const word of ['خبرنگاران', 'دانشگاه‌ها', 'گفت‌وگو', 'نشست', 'بی‌طرف']) expect(checker.correct(word), word).toBe(true);
    expect(checker.correct('خبرنگرا')).toBe(false);
  });

  it('spells out, as nspell does, a dictionary whose rules strip letters (English)', () => {
    const dic = '3\nwalk/DGS\ncity/MS\nhappy/UTPR\n';
    const checker = loadSpellChecker(enAff, dic);
    const forms = Object.keys(tableOf(checker));
    expect(forms).toEqual(Object.keys(tableOf(nspell(enAff, dic))));
    expect(forms).toContain('cities');
    expect(checker.correct('walked')).toBe(true);
  });
});
