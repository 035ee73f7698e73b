import { describe, expect, it } from 'vitest';
import { bm25Idf, bm25TermWeight } from '../../src/search/bm25.js';

describe('BM25', () => {
  it('gives rarer terms a higher idf, always positive', () => {
    expect(bm25Idf(1, 100)).toBeGreaterThan(bm25Idf(10, 100));
    expect(bm25Idf(100, 100)).toBeGreaterThan(0);
    expect(bm25Idf(1, 20)).toBeCloseTo(Math.log(1 + 19.5 / 1.5), 10);
  });

  it('saturates term frequency and discounts long passages', () => {
    expect(bm25TermWeight(2, 10, 10)).toBeGreaterThan(bm25TermWeight(1, 10, 10));
    expect(bm25TermWeight(100, 10, 10)).toBeLessThan(1.2 + 1);
    expect(bm25TermWeight(1, 40, 10)).toBeLessThan(bm25TermWeight(1, 10, 10));
    expect(bm25TermWeight(1, 10, 10)).toBeCloseTo(1, 10);
  });
});
