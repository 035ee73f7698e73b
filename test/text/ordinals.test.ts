import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.js';
import { askedOrdinal, ordinalClass, ordinalsMayAgree } from '../../src/text/ordinals.js';
import { wordsOf } from '../../src/text/tokenize.js';

const classOf = (word: string) => ordinalClass(normalizeArabic(word));
const askedIn = (question: string) => askedOrdinal(wordsOf(normalizeArabic(question)));

describe('ordinalClass', () => {
  it.each([
    ['أول', 'الأولى'],
    ['لأول', 'أولى'],
    ['للمرة', undefined],
    ['آخر', 'الأخيرة'],
    ['الثاني', 'والثانية'],
  ])('puts %s and %s in the same class, or says the first is none', (word, partner) => {
    if (partner === undefined) expect(classOf(word)).toBe(-1);
    else expect(classOf(word)).toBe(classOf(partner));
  });

  it('tells the first from the last and the next, and words that only look alike from all', () => {
    expect(classOf('الأولى')).not.toBe(classOf('الأخيرة'));
    expect(classOf('الجاية')).toBe(classOf('المقبلة'));
    expect(classOf('الجاية')).not.toBe(classOf('الأولى'));
    expect(classOf('أخرى')).toBe(-1);
    expect(classOf('أولا')).toBe(-1);
  });
});

describe('ordinalsMayAgree', () => {
  const agree = (asked: string, found: string) => ordinalsMayAgree(classOf(asked), classOf(found));

  it('lets the last of a series be a numbered one, either way round', () => {
    expect(agree('الأخير', 'ثانية')).toBe(true);
    expect(agree('الثالثة', 'الأخيرة')).toBe(true);
    expect(agree('الأولى', 'لأول')).toBe(true);
  });

  it('never lets the first be the last, two numbered ones be one, or the next be any other', () => {
    expect(agree('الأخيرة', 'الأولى')).toBe(false);
    expect(agree('أول', 'الأخير')).toBe(false);
    expect(agree('الثانية', 'الثالثة')).toBe(false);
    expect(agree('المقبلة', 'الأخيرة')).toBe(false);
    expect(agree('الأخيرة', 'القادمة')).toBe(false);
  });
});

describe('askedOrdinal', () => {
  it('reads an ordinal without the article as qualifying the word after it', () => {
    expect(askedIn('متى أجرت كوريا الشمالية أول تجربة نووية؟')).toEqual({
      ordinal: classOf('أول'),
      word: normalizeArabic('تجربة'),
    });
  });

  it('reads an ordinal with the article as qualifying the word before it', () => {
    expect(askedIn('متى كانت الزيارة الأخيرة؟')).toEqual({
      ordinal: classOf('الأخيرة'),
      word: normalizeArabic('الزيارة'),
    });
  });

  it('finds none in a question without an ordinal, or with one qualifying only a stop word', () => {
    expect(askedIn('متى التقى كيم وبوتين؟')).toBeUndefined();
    expect(askedIn('من هو الأول؟')).toBeUndefined();
  });
});
