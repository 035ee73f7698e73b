import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../src/text/edit-distance.js';

describe('boundedEditDistance', () => {
  it.each([
    ['عقوبت', 'عقوب', 1],
    ['شويجو', 'شويغو', 1],
    ['تصدير', 'تصدير', 0],
    ['علاقه', 'علقاه', 1],
    ['اكرانيا', 'اوكرانيا', 1],
    ['نفط', 'نفظ', 1],
    ['ناقلات', 'نقلت', 2],
  ])('%s ~ %s is %i', (a, b, distance) => {
    expect(boundedEditDistance(a, b, 3)).toBe(distance);
  });

  it('caps at limit + 1', () => {
    expect(boundedEditDistance('بيونغيانغ', 'كوريا', 2)).toBe(3);
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const distance = boundedEditDistance(a, b, 10);
        expect(boundedEditDistance(b, a, 10)).toBe(distance);
        expect(distance === 0).toBe(a === b);
      }),
    );
  });
});
