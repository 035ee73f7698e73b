import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/text/normalize.js';
import { spellingSkeleton } from '../../src/text/skeleton.js';

const key = (word: string) => spellingSkeleton(normalizeArabic(word));

describe('spellingSkeleton', () => {
  it.each([
    ['شويغو', 'شويجو'],
    ['بيونغيانغ', 'بيونجيانج'],
    ['فلاديفوستوك', 'فلاديفستوك'],
    ['السوفييتي', 'السوفيتي'],
    ['سيرغي', 'سيرجي'],
  ])('gives %s and %s the same key', (a, b) => {
    expect(key(a)).toBe(key(b));
  });

  it('keeps different names apart', () => {
    expect(key('بوتين')).not.toBe(key('بكين'));
  });
});
