import { describe, expect, it } from 'vitest';
import { peelClitics, type WordTerm, wordTerms } from '../../src/search/word-terms.js';
import { normalizeArabic } from '../../src/text/normalize.js';

/** The readings of a word, given the stems the corpus uses. */
function readingsOf(word: string, corpusStems: readonly string[]): WordTerm[] {
  const known = new Set(corpusStems.map(normalizeArabic));
  return wordTerms(normalizeArabic(word), (stem) => known.has(stem));
}

const variants = (terms: readonly WordTerm[]) =>
  terms.filter((term) => term.kind === 'variant').map((term) => term.term);

describe('wordTerms', () => {
  it.each([
    ['رئيسا', 'رئيس'],
    ['عاما', 'عام'],
    ['شريكا', 'شريك'],
    ['كبيرا', 'كبير'],
  ])('reads the accusative %s as %s when the corpus uses that stem', (word, stem) => {
    expect(variants(readingsOf(word, [stem]))).toContain(normalizeArabic(stem));
  });

  it('keeps the accusative alef when the corpus does not use the shorter stem', () => {
    expect(variants(readingsOf('رئيسا', ['وزير']))).toEqual([]);
  });

  it('leaves short words ending in alef alone (جدا is "very", not a form of جد)', () => {
    expect(variants(readingsOf('جدا', ['جد']))).toEqual([]);
  });

  it.each([
    ['أجرت', 'أجر'],
    ['كتبت', 'كتب'],
  ])('reads the feminine verb %s as %s, the stem its form with a pronoun (أجرتها) gets', (word, stem) => {
    expect(variants(readingsOf(word, [normalizeArabic(stem)]))).toContain(normalizeArabic(stem));
  });

  it('keeps a final ت when the corpus does not use the shorter stem, or fewer than three letters precede it', () => {
    expect(variants(readingsOf('بيروت', ['وزير']))).toEqual([]);
    expect(variants(readingsOf('صوت', ['صو']))).toEqual([]);
  });

  it('peels a proclitic light stemming keeps, when the corpus confirms the rest', () => {
    expect(variants(readingsOf('لروسيا', ['روسيا']))).toContain('روسيا');
    expect(variants(readingsOf('لوكين', ['وكين']))).toContain('وكين');
    expect(variants(readingsOf('لوكين', []))).toEqual([]);
  });

  it.each([
    ['هيتكلموا', 'يتكلم'],
    ['اتكلموا', 'تكلم'],
    ['حكيوا', 'حكي'],
  ])('reads the colloquial verb %s as %s when the corpus uses that stem', (word, stem) => {
    expect(variants(readingsOf(word, [stem]))).toContain(stem);
  });

  it('keeps a verb ending in وا, or a word beginning with ه, whole when the corpus does not confirm the rest', () => {
    expect(variants(readingsOf('هيتكلموا', ['تكلموا']))).toEqual([]);
    expect(variants(readingsOf('هيئة', ['يئه']))).toEqual([]);
  });

  it('gives a stop word no terms at all', () => {
    expect(readingsOf('الذي', ['الذي'])).toEqual([]);
  });
});

describe('peelClitics', () => {
  it('peels the Egyptian future and the plural ending, alone and together', () => {
    expect(peelClitics('هيتكلموا')).toEqual(['يتكلموا', 'هيتكلم', 'يتكلم']);
  });

  it('peels a plural ending with an object pronoun after it', () => {
    expect(peelClitics('بيبحثونه')).toEqual(['يبحثونه', 'بيبحث', 'يبحث']);
    expect(peelClitics('عملوها')).toEqual(['عمل']);
    expect(peelClitics('يعرفونهم')).toEqual(['يعرف']);
  });

  it('leaves a word with too few letters after the ending whole', () => {
    expect(peelClitics('دعوا')).toEqual([]);
    expect(peelClitics('قوه')).toEqual([]);
  });

  it('leaves a name or a plural noun ending in و or ون alone', () => {
    expect(peelClitics('شويغو')).toEqual([]);
    expect(peelClitics('مسءولون')).toEqual([]);
  });
});
