import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.js';
import { isOneSlip } from '../../src/text/slips.js';

const slip = (typed: string, meant: string) => isOneSlip(normalizeArabic(typed), normalizeArabic(meant));

describe('isOneSlip', () => {
  it.each([
    ['الكوربة', 'الكورية', 'letters told apart by their dots'],
    ['النفظ', 'النفط', 'letters told apart by their dots'],
    ['بالصرطان', 'بالسرطان', 'letters of sounds often confused'],
    ['الوطمي', 'الوطني', 'neighbours on the keyboard'],
    ['عكسري', 'عسكري', 'two neighbours swapped'],
    ['الشماية', 'الشمالية', 'a letter dropped from a longer word'],
    ['يلتقي', 'التقى', "a present verb's prefix for its past's alef"],
  ])('reads %s as a slip for %s (%s)', (typed, meant) => expect(slip(typed, meant)).toBe(true));

  it.each([
    ['الدين', 'الصين', 'letters no slip turns into each other'],
    ['الفرق', 'الشرق', 'letters no slip turns into each other'],
    ['الخام', 'العام', 'letters no slip turns into each other'],
    ['اللغة', 'بالغة', 'two letters changed'],
    ['المرب', 'الحرب', 'letters no slip turns into each other'],
    ['المرب', 'العرب', 'letters no slip turns into each other'],
    ['الحرب', 'الحر', 'a letter more'],
    ['حرب', 'حروب', 'a letter dropped from a short word'],
  ])('does not read %s as a slip for %s (%s)', (typed, meant) => expect(slip(typed, meant)).toBe(false));
});
