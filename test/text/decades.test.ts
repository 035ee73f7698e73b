import { describe, expect, it } from 'vitest';
import { decadeOf } from '../../src/text/decades.js';
import { normalizeArabic } from '../../src/text/normalize.js';

const decade = (word: string) => decadeOf(normalizeArabic(word));

describe('decadeOf', () => {
  it.each([
    ['الخمسينيات', 'خمسين'],
    ['الخمسينات', 'خمسين'],
    ['بالتسعينات', 'تسعين'],
    ['والأربعينيات', 'اربعين'],
    ['ستينيات', 'ستين'],
  ])('reads %s as the decade of %s', (word, tens) => {
    expect(decade(word)?.tens).toBe(tens);
  });

  it('gives the years of the decade as digits', () => {
    expect(decade('الخمسينيات')?.years).toEqual([
      '1950',
      '1951',
      '1952',
      '1953',
      '1954',
      '1955',
      '1956',
      '1957',
      '1958',
      '1959',
    ]);
  });

  it('gives both centuries for the twenties', () => {
    expect(decade('العشرينيات')?.years).toContain('1925');
    expect(decade('العشرينيات')?.years).toContain('2021');
  });

  it.each(['خمسين', 'الخمسين', 'خمسينية', 'السنوات', 'العشرات'])('reads %s as no decade', (word) => {
    expect(decade(word)).toBeUndefined();
  });
});
