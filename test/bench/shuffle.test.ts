import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32, shuffleWords } from '../../bench/shuffle.js';

const draws = (random: () => number, n: number) => Array.from({ length: n }, random);
const sortedWords = (text: string) => text.split(/\s+/).filter(Boolean).sort();

describe('mulberry32', () => {
  it('repeats its sequence for a seed and gives another for another seed', () => {
    expect(draws(mulberry32(42), 20)).toEqual(draws(mulberry32(42), 20));
    expect(draws(mulberry32(42), 20)).not.toEqual(draws(mulberry32(43), 20));
  });

  it('draws from [0, 1)', () => {
    for (const value of draws(mulberry32(7), 1000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('shuffleWords', () => {
  const text = 'قال مسؤول بالأمن القومي الأمريكي، إن الزعيم الكوري الشمالي كيم جونغ-أون قد يجتمع قريبا';

  it('is deterministic for a seed', () => {
    expect(shuffleWords(text, mulberry32(1))).toBe(shuffleWords(text, mulberry32(1)));
  });

  it('reorders the words', () => {
    expect(shuffleWords(text, mulberry32(1))).not.toBe(text);
  });

  it('keeps the multiset of words, joined by single spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^\S{1,8}$/)), fc.integer(), (words, seed) => {
        const input = words.join(' \n\t ');
        const output = shuffleWords(input, mulberry32(seed));
        expect(sortedWords(output)).toEqual(sortedWords(input));
        expect(output).toBe(output.split(/\s+/).filter(Boolean).join(' '));
      }),
    );
  });
});
