/** Half-spaces and affixes (docs/persian-text.md, "Half-spaces and affixes"). */
import { describe, expect, it } from 'vitest';
import { findsIt, joinedKey, spacedKey } from './support';

const ZWNJ = '\u200c';

describe('separated prefixes می / نمی / بی are joined to the next word', () => {
  it('joins می typed with a ZWNJ, a space or attached into one key', () => {
    expect(spacedKey(`می${ZWNJ}شود`)).toBe('میشود');
    expect(spacedKey('می شود')).toBe('میشود');
    expect(spacedKey('میشود')).toBe('میشود');
  });

  it('joins نمی', () => {
    expect(spacedKey(`نمی${ZWNJ}توانند`)).toBe('نمیتوانند');
    expect(spacedKey('نمی توانند')).toBe('نمیتوانند');
  });

  it('joins بی', () => {
    expect(spacedKey(`بی${ZWNJ}طرف`)).toBe('بیطرف');
    expect(spacedKey('بی طرف')).toBe('بیطرف');
  });

  it('joins across an RLM typed as a half-space', () => {
    expect(spacedKey('می\u200fشود')).toBe('میشود');
  });

  it('does not join across punctuation or a line break', () => {
    expect(spacedKey('می، شود')).toBe('می شود');
    expect(spacedKey('می\nشود')).toBe('می شود');
  });

  it('does not join a prefix to a number or a Latin word', () => {
    expect(spacedKey('بی ۵۲')).toBe('بی 52');
    expect(spacedKey('بی bbc')).toBe('بی bbc');
  });

  it('never splits an attached می by guesswork', () => {
    expect(spacedKey('کشور میزبان')).toBe('کشور میزبان');
    expect(spacedKey('میدان')).toBe('میدان');
  });
});

describe('می the month May is not a prefix', () => {
  it('before a number', () => {
    expect(spacedKey('می ۲۰۱۹')).toBe('می 2019');
  });

  it('before سال, ماه, میلادی', () => {
    expect(spacedKey('می سال گذشته')).toBe('می سال گذشته');
    expect(spacedKey('می ماه')).toBe('می ماه');
    expect(spacedKey('می میلادی')).toBe('می میلادی');
  });

  it('after a day number or ماه', () => {
    expect(spacedKey('۲۵ می در ژنو')).toBe('25 می در ژنو');
    expect(spacedKey('ماه می گذشته')).toBe('ماه می گذشته');
  });

  it('but a ZWNJ after می still marks the verb prefix', () => {
    expect(spacedKey(`به ۵ می${ZWNJ}رسد`)).toBe('به 5 میرسد');
  });
});

describe('separated suffixes are dropped', () => {
  for (const suffix of ['ها', 'های', 'هایی']) {
    it(`drops ${suffix} after a space or a ZWNJ`, () => {
      expect(spacedKey(`تحریم ${suffix}`)).toBe('تحریم');
      expect(spacedKey(`تحریم${ZWNJ}${suffix}`)).toBe('تحریم');
    });
  }
  for (const suffix of ['تر', 'تری', 'ترین']) {
    it(`drops ${suffix} after a space or a ZWNJ`, () => {
      expect(spacedKey(`مهم ${suffix}`)).toBe('مهم');
      expect(spacedKey(`مهم${ZWNJ}${suffix}`)).toBe('مهم');
    });
  }

  it('keeps a suffix-like word after punctuation or at the start', () => {
    expect(spacedKey('ها')).toBe('ها');
    expect(spacedKey('تحریم، ها')).toBe('تحریم ها');
  });

  it('drops the suffix even after a word that short stemming would not touch', () => {
    expect(spacedKey(`شب${ZWNJ}ها`)).toBe('شب');
  });
});

describe('separated ezafe ه ی → ه', () => {
  it('drops the ی after a word in ـه', () => {
    expect(spacedKey('خانه ی ملت')).toBe('خانه ملت');
    expect(spacedKey(`خانه${ZWNJ}ی ملت`)).toBe('خانه ملت');
  });

  it('keeps a standalone ی after other words', () => {
    expect(spacedKey('کتاب ی')).toBe('کتاب ی');
  });
});

describe('a remaining ZWNJ is indexed both ways', () => {
  it('splits in the spaced key and closes up in the joined key', () => {
    expect(spacedKey(`بین${ZWNJ}المللی`)).toBe('بین المللی');
    expect(joinedKey(`بین${ZWNJ}المللی`)).toBe('بینالمللی');
    expect(spacedKey(`رئیس${ZWNJ}جمهور`)).toBe('رییس جمهور');
    expect(joinedKey(`رئیس${ZWNJ}جمهور`)).toBe('رییسجمهور');
  });

  it('treats several ZWNJs as one, and ignores them at word edges or next to spaces', () => {
    expect(joinedKey(`بین${ZWNJ}${ZWNJ}المللی`)).toBe('بینالمللی');
    expect(joinedKey(`${ZWNJ}سلام${ZWNJ} ${ZWNJ}دنیا${ZWNJ}`)).toBe('سلام دنیا');
  });

  it('keys without a kept ZWNJ are the same in both forms', () => {
    expect(joinedKey('بین المللی')).toBe('بین المللی');
    expect(joinedKey(`تحریم${ZWNJ}ها`)).toBe('تحریم');
    expect(joinedKey('تحریمها')).toBe('تحریم');
  });
});

describe('a closed-up …های is also the half-spaced …ه‌ای', () => {
  it('keeps the whole word in the joined key and the plural stem in the spaced key', () => {
    expect(spacedKey('کشورهای عضو')).toBe('کشور عضو');
    expect(joinedKey('کشورهای عضو')).toBe('کشورهای عضو');
    expect(spacedKey('پوشش رسانهای')).toBe('پوشش رسان');
    expect(joinedKey('پوشش رسانهای')).toBe('پوشش رسانهای');
  });

  it('so هسته‌ای and منطقه‌ای meet their closed-up spellings, both ways', () => {
    for (const [halfSpaced, closedUp] of [[`هسته${ZWNJ}ای`, 'هستهای'], [`منطقه${ZWNJ}ای`, 'منطقهای'], [`رسانه${ZWNJ}ای`, 'رسانهای']]) {
      expect(findsIt(`برنامه ${halfSpaced} ایران`, closedUp), `${closedUp} finds ${halfSpaced}`).toBe(true);
      expect(findsIt(`برنامه ${closedUp} ایران`, halfSpaced), `${halfSpaced} finds ${closedUp}`).toBe(true);
    }
  });

  it('and هسته‌ای still does not find the verb هست', () => {
    expect(findsIt('این راه حل هست', `هسته${ZWNJ}ای`)).toBe(false);
  });
});
