import { describe, expect, it } from 'vitest';
import { VowelVariants } from '../../src/search/vowel-variants.js';
import { normalizeArabic } from '../../src/text/normalize.js';

const terms = [
  'سوفيت',
  'سوفييت',
  'فلاديفوستوك',
  'فلاديفستوك',
  'أسلوب',
  'أساليب',
  'عوامل',
  'عامل',
  'جمهور',
  'جماهير',
  'كاتب',
  'كتب',
];
const variants = new VowelVariants(terms.map(normalizeArabic));

describe('VowelVariants', () => {
  it.each([
    ['سوفيت', ['سوفييت']],
    ['سوفييت', ['سوفيت']],
    ['فلاديفستوك', ['فلاديفوستوك']],
    ['اساليب', ['اسلوب']],
  ])('gives %s the spellings that differ from it in a long vowel: %j', (term, expected) => {
    expect(variants.of(term)).toEqual(expected);
  });

  it('leaves out terms too short to tell a spelling from another word (عامل, كاتب)', () => {
    expect(variants.of('عامل')).toEqual([]);
    expect(variants.of('كاتب')).toEqual([]);
  });

  it('leaves out forms two vowels apart, for typo repair to judge (فلادفستك)', () => {
    expect(variants.of('فلادفستك')).toEqual([]);
  });
});
