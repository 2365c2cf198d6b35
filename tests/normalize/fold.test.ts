/** Character folding, rules 1–10 of docs/persian-text.md, one block per rule. */
import { describe, expect, it } from 'vitest';
import { foldCharacters, foldWithOffsets } from '../../db/search/fold';

const ZWNJ = '\u200c';
const RLM = '\u200f';

describe('rule 1: NFKC first', () => {
  it('turns presentation forms into letters', () => {
    expect(foldCharacters('\ufe8d\ufef3\ufeae\ufe8d\ufee5')).toBe('ایران'); // ﺍﻳﺮﺍﻥ
    expect(foldCharacters('\ufefb')).toBe('لا'); // ﻻ
    expect(foldCharacters('\ufdf2')).toBe('الله'); // ﷲ
  });

  it('folds a presentation form of an Arabic letter to the Persian letter (NFKC, then rule 6)', () => {
    expect(foldCharacters('\ufed9')).toBe('ک'); // ﻙ isolated Arabic kaf
    expect(foldCharacters('\ufef1')).toBe('ی'); // ﻱ isolated Arabic yeh
  });

  it('composed and decomposed hamza/madda letters fold alike', () => {
    expect(foldCharacters('ه\u0654')).toBe('ه');
    expect(foldCharacters('ۀ')).toBe('ه');
    expect(foldCharacters('ا\u0654')).toBe(foldCharacters('أ'));
    expect(foldCharacters('ا\u0653')).toBe(foldCharacters('آ'));
    expect(foldCharacters('ي\u0654')).toBe('ی');
  });

  it('composes Latin letters with combining marks', () => {
    expect(foldCharacters('Cafe\u0301')).toBe('café');
  });

  it('handles fullwidth digits and letters', () => {
    expect(foldCharacters('ＩＡＥＡ １２')).toBe('iaea 12');
  });

  it('gives the same result as NFKC over the whole text first, for every Arabic letter with any mark', () => {
    const deletedMarks = [0x0610, 0x061a, 0x0653, 0x0654, 0x0655, 0x0670, 0x064b, 0x0651, 0x065f, 0x06d6, 0x06ed];
    const bases: number[] = [];
    for (let c = 0x0620; c <= 0x06ff; c++) bases.push(c);
    for (let c = 0xfb50; c <= 0xfdff; c += 7) bases.push(c);
    for (let c = 0xfe70; c <= 0xfefc; c++) bases.push(c);
    for (const base of bases) {
      for (const mark of deletedMarks) {
        const text = String.fromCharCode(base, mark, 0x0651);
        expect(foldCharacters(text), text).toBe(foldCharacters(text.normalize('NFKC')));
      }
    }
  });

  it('is idempotent', () => {
    for (const text of ['ﻻ إِله', `می${RLM}شود`, 'خانهء', '۱٬۰۰۰', 'İstanbul', 'ٷ ٸ', 'e\u0301\u0327']) {
      expect(foldCharacters(foldCharacters(text))).toBe(foldCharacters(text));
    }
  });
});

describe('rule 2: bidi controls', () => {
  it('deletes LRM, embeddings, overrides and isolates', () => {
    expect(foldCharacters('a\u200eb\u202ac\u202bd\u202ce\u202df\u202eg')).toBe('abcdefg');
    expect(foldCharacters('\u2066Zarif\u2069 \u2067ظریف\u2069 \u2068x\u2069')).toBe('zarif ظریف x');
  });

  it('reads an RLM right after an Arabic-script letter as a ZWNJ', () => {
    expect(foldCharacters(`می${RLM}شود`)).toBe(`می${ZWNJ}شود`);
  });

  it('deletes an RLM anywhere else', () => {
    expect(foldCharacters(`abc${RLM}def`)).toBe('abcdef');
    expect(foldCharacters(`ایران ${RLM}x`)).toBe('ایران x');
    expect(foldCharacters(`${RLM}ایران`)).toBe('ایران');
  });
});

describe('rule 3: Unicode spaces', () => {
  it('turns NBSP and the other Unicode spaces into a plain space', () => {
    for (const space of ['\u00a0', '\u2002', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000', '\u1680']) {
      expect(foldCharacters(`خانه${space}ملت`)).toBe('خانه ملت');
    }
  });
});

describe('rule 4: deletions', () => {
  it('deletes tatweel', () => {
    expect(foldCharacters('ایــــــران')).toBe('ایران');
  });

  it('deletes harakat, madda and hamza marks U+064B–065F', () => {
    for (let c = 0x064b; c <= 0x065f; c++) expect(foldCharacters(`م${String.fromCharCode(c)}ن`)).toBe('من');
    expect(foldCharacters('مُذاکِرات')).toBe('مذاکرات');
  });

  it('deletes superscript alef, U+0610–061A and U+06D6–06ED', () => {
    expect(foldCharacters('رحمٰن')).toBe('رحمن');
    for (const c of [0x0610, 0x0615, 0x061a, 0x06d6, 0x06df, 0x06ed]) {
      expect(foldCharacters(`ب${String.fromCharCode(c)}ا`)).toBe('با');
    }
  });

  it('deletes ZWSP, ZWJ, word joiner, BOM and soft hyphen, but keeps ZWNJ', () => {
    expect(foldCharacters('a\u200bb\u200dc\u2060d\ufeffe\u00adf')).toBe('abcdef');
    expect(foldCharacters(`می${ZWNJ}شود`)).toBe(`می${ZWNJ}شود`);
  });
});

describe('rule 5: yeh family', () => {
  it('folds every yeh and ئ to Persian yeh U+06CC', () => {
    for (const yeh of ['ي', 'ى', 'ې', 'ۍ', 'ێ', 'ے', 'ۓ', 'ؠ', 'ٸ', 'ئ', 'ی']) expect(foldCharacters(yeh)).toBe('\u06cc');
    expect(foldCharacters('رئیس')).toBe(foldCharacters('رییس'));
  });
});

describe('rule 6: kaf family', () => {
  it('folds every kaf to Persian keheh U+06A9', () => {
    for (const kaf of ['ك', 'ڪ', 'ګ', 'ڬ', 'ڭ', 'ڮ', 'ػ', 'ک']) expect(foldCharacters(kaf)).toBe('\u06a9');
  });
});

describe('rule 7: heh family', () => {
  it('folds teh marbuta, heh with yeh/hamza, heh goal, ae, doachashmee to heh U+0647', () => {
    for (const heh of ['ة', 'ۀ', 'ہ', 'ۂ', 'ۃ', 'ە', 'ھ', 'ۿ', 'ه']) expect(foldCharacters(heh)).toBe('\u0647');
  });
});

describe('rule 8: alef and waw families', () => {
  it('folds alef with madda/hamza/wasla/wavy hamza to alef', () => {
    for (const alef of ['آ', 'أ', 'إ', 'ٱ', 'ٲ', 'ٳ', 'ٵ']) expect(foldCharacters(alef)).toBe('ا');
    expect(foldCharacters('آمریکا')).toBe('امریکا');
  });

  it('folds waw with hamza to waw', () => {
    for (const waw of ['ؤ', 'ٶ', 'ٷ']) expect(foldCharacters(waw)).toBe('و');
    expect(foldCharacters('مؤسسه')).toBe('موسسه');
  });
});

describe('rule 9: digits, separators and Latin case', () => {
  it('turns Persian and Arabic-Indic digits into ASCII', () => {
    expect(foldCharacters('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(foldCharacters('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
  });

  it('turns the Arabic decimal separator into a dot', () => {
    expect(foldCharacters('۳٫۵')).toBe('3.5');
  });

  it('drops a thousands separator between digits', () => {
    expect(foldCharacters('۱٬۰۰۰٬۰۰۰')).toBe('1000000');
    expect(foldCharacters('1,250')).toBe('1250');
    expect(foldCharacters('۱,۲۵۰')).toBe('1250');
  });

  it('keeps a comma that is not between digits', () => {
    expect(foldCharacters('ایران, عراق')).toBe('ایران, عراق');
    expect(foldCharacters('12, 13')).toBe('12, 13');
    expect(foldCharacters('سال ۱۳۷۶،')).toBe('سال 1376،');
  });

  it('lower-cases Latin letters', () => {
    expect(foldCharacters('Zarif IAEA')).toBe('zarif iaea');
  });
});

describe('rule 10: hamza', () => {
  it('keeps a standalone hamza', () => {
    expect(foldCharacters('جزء')).toBe('جزء');
    expect(foldCharacters('سوء')).toBe('سوء');
  });

  it('drops the ezafe hamza after heh', () => {
    expect(foldCharacters('خانهء ملت')).toBe('خانه ملت');
    expect(foldCharacters('خانهء')).toBe('خانه');
  });
});

describe('offsets', () => {
  it('ties every folded code unit to the original range it came from', () => {
    const original = 'ﻻ مُذا';
    const folded = foldWithOffsets(original);
    expect(folded.text).toBe('لا مذا');
    const ranges = Array.from({ length: folded.length }, (_, i) => [folded.sourceStart[i], folded.sourceEnd[i]]);
    // ﻻ is one code unit that became two; the damma is folded into its base letter's range.
    expect(ranges).toEqual([[0, 1], [0, 1], [1, 2], [2, 4], [4, 5], [5, 6]]);
  });

  it('keeps the ranges of astral characters', () => {
    const folded = foldWithOffsets('a😀𝐁');
    expect(folded.text).toBe('a😀b');
    expect(folded.sourceStart[3]).toBe(3);
    expect(folded.sourceEnd[3]).toBe(5);
  });
});
