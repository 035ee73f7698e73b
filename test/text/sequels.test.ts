import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.js';
import { continuationOf, eventAskedAfter, laterAskedIn, opensAsSequel } from '../../src/text/sequels.js';
import { wordsOf } from '../../src/text/tokenize.js';

const words = (text: string) => wordsOf(normalizeArabic(text));

describe('opensAsSequel', () => {
  it.each([
    'وبعد ذلك، بدأت روسيا بتصدير النفط إلى كوريا الشمالية',
    'وفي وقت لاحق، قاتلت كوريا الشمالية كوريا الجنوبية',
    'وعملت الصين وروسيا بعد ذلك على معارضة فرض عقوبات جديدة',
    'ثم انهار الاتحاد السوفييتي',
  ])('reads "%s" as the sequel of the paragraph before', (text) => {
    expect(opensAsSequel(words(text))).toBe(true);
  });

  it.each([
    'استأنفت روسيا وكوريا الشمالية السفر بالقطارات لأول مرة العام الماضي',
    // "After that" deep in the paragraph refers to something the paragraph itself told.
    'قال مسؤول إن الزعيم قد يجتمع قريبا بنظيره الروسي ويناقشا بعد ذلك صفقات أسلحة',
  ])('does not read "%s" as a sequel', (text) => {
    expect(opensAsSequel(words(text))).toBe(false);
  });
});

describe('eventAskedAfter', () => {
  it('finds the words of the event a question asks what came after', () => {
    expect(eventAskedAfter(words('وش صدرت روسيا بعد ما رجعت القطارات؟'))).toEqual(words('رجعت القطارات'));
    expect(eventAskedAfter(words('ماذا حدث بعد عودة القطارات؟'))).toEqual(words('عودة القطارات'));
  });

  it('finds none in a question without "after"', () => {
    expect(eventAskedAfter(words('متى عادت القطارات بين روسيا وكوريا الشمالية؟'))).toEqual([]);
  });
});

describe('continuationOf', () => {
  it('reads a verb of saying without its subject as the speaker of the paragraph before going on', () => {
    expect(continuationOf(words('وأضاف أن من الجدير بالملاحظة أن بيونغيانغ بدأت'))).toBe('speaker');
  });

  it('reads a named speaker as a new one', () => {
    expect(continuationOf(words('وأضاف بوتين أن العلاقات قوية'))).toBe('none');
  });

  it('reads "and after that" as a sequel', () => {
    expect(continuationOf(words('وبعد ذلك، بدأت روسيا بتصدير النفط'))).toBe('sequel');
  });
});

describe('laterAskedIn', () => {
  it('finds the word asking what came later', () => {
    expect(laterAskedIn(words('هل تغير موقف بكين لاحقا؟'))).toBe(normalizeArabic('لاحقا'));
    expect(laterAskedIn(words('وبعدين شو صار؟'))).toBe(normalizeArabic('وبعدين'));
    expect(laterAskedIn(words('متى التقى كيم وبوتين؟'))).toBeUndefined();
  });
});
