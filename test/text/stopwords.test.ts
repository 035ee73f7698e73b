import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.js';
import { isStopWord } from '../../src/text/stopwords.js';
import { wordsOf } from '../../src/text/tokenize.js';

const stop = (word: string) => isStopWord(normalizeArabic(word));

describe('isStopWord', () => {
  it.each(['من', 'في', 'على', 'إلى', 'الذي', 'هل', 'متى', 'ماذا', 'كيف', 'لماذا', 'كله', 'كلها'])(
    'drops the function word or question word %s',
    (word) => expect(stop(word)).toBe(true),
  );

  it.each(['فيما', 'بخصوص', 'بشأن', 'يخص'])(
    'drops %s ("regarding"), which points at the topic without being it',
    (word) => expect(stop(word)).toBe(true),
  );

  it.each([
    'إمتى',
    'ليه',
    'فين',
    'إزاي',
    'شو',
    'ليش',
    'وين',
    'شلون',
    'وش',
    'قديش',
    'اللي',
    'يلي',
    'لما',
    'ياها',
    'الشي',
    'جانت',
    'شكد',
    'شكون',
    'شحال',
  ])('drops the colloquial question word or filler %s', (word) => expect(stop(word)).toBe(true));

  it.each(['عام', 'العام', 'الماضي', 'الأولى', 'الأخيرة', 'زيارة', 'أول', '2019', 'كيم', 'روسيا'])(
    'keeps the content word %s (years, ordinals and visits are what news questions ask about)',
    (word) => expect(stop(word)).toBe(false),
  );

  it.each(['وأين', 'ومتى', 'فكيف', 'وليش', 'ومين', 'وهل'])(
    'drops %s, a question word joined to a second question by a conjunction',
    (word) => expect(stop(word)).toBe(true),
  );

  it.each(['فهم', 'وهم', 'وعد', 'فريق'])(
    'keeps %s, a content word that only looks like a conjunction and a stop word',
    (word) => expect(stop(word)).toBe(false),
  );

  it.each(['شكرا', 'شكرًا', 'مشكور', 'جزيلا', 'يعطيك', 'مرحبا', 'thanks'])(
    'drops the word of thanks or greeting %s',
    (word) => expect(stop(word)).toBe(true),
  );

  it.each(['تسلم', 'صباح', 'العافية'])(
    'keeps %s, a courtesy word that is also a content word ("took over", "morning", "health")',
    (word) => expect(stop(word)).toBe(false),
  );

  it.each(['تم', 'يتم', 'سيتم'])('drops %s, the passive auxiliary (تم اختبار "was tested")', (word) =>
    expect(stop(word)).toBe(true),
  );

  it('drops single letters such as the detached ل of "لـ بيونغيانغ"', () => {
    expect(stop('ل')).toBe(true);
  });

  it('drops the article typed apart from its number, as in "القرن ال٢٠"', () => {
    const words = wordsOf(normalizeArabic('القرن ال٢٠'));
    expect(words.filter((word) => !isStopWord(word))).toEqual(['القرن', '20']);
  });
});
