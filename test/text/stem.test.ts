import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.js';
import { lightStem, stemReadings } from '../../src/text/stem.js';

const stem = (word: string) => lightStem(normalizeArabic(word));

describe('lightStem', () => {
  it.each([
    ['the article ال', 'الوكالة', 'وكال'],
    ['article-bearing prefixes وال بال كال فال لل', 'بالأسلحة', 'اسلح'],
    ['لل', 'للأمم', 'امم'],
    ['the colloquial هال ("this")', 'هالعبارة', 'عبار'],
    ['the conjunction و before a word', 'ونقلت', 'نقلت'],
    ['the conjunction و, then an article', 'وبالأسلحة', 'اسلح'],
    ['stacked suffixes (plural then pronoun)', 'مساعداتها', 'مساعد'],
    ['the feminine ending, so adjective genders meet', 'الروسية', 'روس'],
    ['nisba plural endings', 'الكوريين', 'كور'],
    ['the plural pronoun هم', 'قولهم', 'قول'],
    ['a ta marbuta written ت before a pronoun', 'علاقتها', 'علاق'],
  ])('strips %s: %s → %s', (_rule, word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['بالغة', 'بالغ'],
    ['الفا', 'الفا'],
    ['كورونا', 'كورونا'],
    ['بيونغيانغ', 'بيونغيانغ'],
    ['روسيا', 'روسيا'],
    ['شويغو', 'شويغو'],
  ])('guards names and short words: %s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('never stems words of three letters or fewer', () => {
    for (const word of ['مرة', 'عام', 'نفط', 'كيم']) expect(stem(word)).toBe(normalizeArabic(word));
  });

  it('stems a short word alike with and without its article', () => {
    expect(stem('للمرة')).toBe(stem('مرة'));
  });

  it('leaves numbers and Latin words alone', () => {
    expect(stem('2019')).toBe('2019');
    expect(stem('reuters')).toBe('reuters');
  });
});

describe('stemReadings', () => {
  it('offers both readings of a leading و: conjunction, or the word’s own letter', () => {
    expect(stemReadings(normalizeArabic('وزير'))).toEqual(['زير', 'وزير']);
    expect(stemReadings(normalizeArabic('الوزير'))).toEqual(['وزير']);
  });

  it('gives one reading when there is no ambiguity', () => {
    expect(stemReadings(normalizeArabic('الروسية'))).toEqual(['روس']);
  });
});
