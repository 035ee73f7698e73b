import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.js';
import { askedStanceHolder } from '../../src/text/stance-questions.js';
import { wordsOf } from '../../src/text/tokenize.js';

const holderIn = (question: string) => askedStanceHolder(wordsOf(normalizeArabic(question)));

describe('askedStanceHolder', () => {
  it.each([
    ['ما رأي الصين في زيارة وزير الدفاع؟', 'الصين'],
    ['ما موقف كوريا الجنوبية من التقارب؟', 'كوريا'],
    ['ما رد فعل بكين على الزيارة؟', 'بكين'],
    ['كيف ردت واشنطن على الاتهامات؟', 'واشنطن'],
    ['ماذا قال لوكين عن الحرب؟', 'لوكين'],
  ])('reads "%s" as asking the stance of %s', (question, holder) => {
    expect(holderIn(question)).toBe(normalizeArabic(holder));
  });

  it.each([
    ['a verb of saying that does not ask what was said', 'من قال إن كيم سيلتقي بوتين؟'],
    ['what people in general say', 'ماذا قال الناس عن الحرب؟'],
    ['no stance at all', 'متى التقى كيم وبوتين؟'],
  ])('finds no holder in a question about %s', (_kind, question) => {
    expect(holderIn(question)).toBeUndefined();
  });
});
