import { describe, expect, it } from 'vitest';
import { withMonthNames } from '../../src/text/month-numbers.js';
import { normalizeArabic } from '../../src/text/normalize.js';
import { wordsOf } from '../../src/text/tokenize.js';

const read = (question: string) => withMonthNames(wordsOf(normalizeArabic(question)));

describe('withMonthNames', () => {
  it.each([
    ['شو صار بالشهر ٧ الماضي؟', 'يوليو'],
    ['زارها في شهر 7', 'يوليو'],
    ['هل في الشهر ۰۷؟', 'يوليو'],
    ['للشهر 12', 'ديسمبر'],
    ['وبالشهر 4', 'ابريل'],
    ['الشهر 1', 'يناير'],
  ])('reads the month number in "%s" as %s', (question, month) => {
    expect(read(question)).toContain(month);
  });

  it('leaves numbers that are no month, or not after the word "month", as they are', () => {
    expect(read('الشهر 13')).toEqual(['الشهر', '13']);
    expect(read('الشهر 0')).toEqual(['الشهر', '0']);
    expect(read('بعد 7 أشهر')).toEqual(['بعد', '7', 'اشهر']);
    expect(read('كم عاملا من 7 آلاف')).toEqual(['كم', 'عاملا', 'من', '7', 'الاف']);
    expect(read('مشهر 7')).toEqual(['مشهر', '7']);
  });
});
