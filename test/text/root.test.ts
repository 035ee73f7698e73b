import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.js';
import { approximateRoot } from '../../src/text/root.js';
import { lightStem } from '../../src/text/stem.js';

const root = (word: string) => approximateRoot(lightStem(normalizeArabic(word)));

describe('approximateRoot', () => {
  it.each([
    ['تفعيل and a past verb', 'تزويد', 'زودت'],
    ['افتعال and a present verb', 'اعترفت', 'تعترف'],
    ['تفعيل and a present verb', 'توظيف', 'توظف'],
    ['مفاعلة and تفاعل', 'معاقبة', 'تعاقب'],
    ['افتعال and يفتعل', 'اجتماع', 'يجتمع'],
    ['a broken plural and its singular', 'الأسلحة', 'سلاح'],
    ['فاعل and a broken plural', 'عامل', 'عمال'],
  ])('joins derivations (%s): %s ~ %s', (_patterns, a, b) => {
    expect(root(a)).toBeDefined();
    expect(root(a)).toBe(root(b));
  });

  it('gives no root for numbers or words it cannot read', () => {
    expect(approximateRoot('2019')).toBeUndefined();
    expect(approximateRoot('بيونغيانغ')).toBeUndefined();
  });
});
