import { describe, expect, it } from 'vitest';
import { judgeRanking, median, percentile, share, summarizeOutcomes } from '../../bench/metrics.js';

describe('judgeRanking', () => {
  it('scores a gold paragraph at rank 3: missed top-1, found in the top 3, reciprocal rank 1/3', () => {
    expect(judgeRanking(['a', 'b', 'c', 'd'], new Set(['c']))).toEqual({
      abstained: false,
      top1: 0,
      recallAt3: 1,
      reciprocalRankAt10: 1 / 3,
    });
  });

  it('divides recall by the number of gold paragraphs and ranks by the first gold one', () => {
    expect(judgeRanking(['a', 'b', 'c', 'x'], new Set(['a', 'x']))).toEqual({
      abstained: false,
      top1: 1,
      recallAt3: 0.5,
      reciprocalRankAt10: 1,
    });
  });

  it('counts rank 4 for MRR but not for recall@3, and nothing past rank 10', () => {
    const ranked = ['a', 'b', 'c', 'g', 'e', 'f', 'h', 'i', 'j', 'k', 'late'];
    expect(judgeRanking(ranked, new Set(['g'])).recallAt3).toBe(0);
    expect(judgeRanking(ranked, new Set(['g'])).reciprocalRankAt10).toBe(0.25);
    expect(judgeRanking(ranked, new Set(['late'])).reciprocalRankAt10).toBe(0);
  });

  it('counts a paragraph listed twice in the top 3 once', () => {
    expect(judgeRanking(['a', 'a', 'b'], new Set(['a', 'c'])).recallAt3).toBe(0.5);
  });

  it('treats an empty list as an abstention that scores nothing', () => {
    expect(judgeRanking([], new Set(['a']))).toEqual({
      abstained: true,
      top1: 0,
      recallAt3: 0,
      reciprocalRankAt10: 0,
    });
  });

  it('refuses a question without gold paragraphs', () => {
    expect(() => judgeRanking(['a'], new Set())).toThrow(/gold/);
  });
});

describe('summarizeOutcomes', () => {
  it('averages every rate over the questions', () => {
    const outcomes = [
      judgeRanking(['a'], new Set(['a'])),
      judgeRanking(['b', 'a'], new Set(['a'])),
      judgeRanking([], new Set(['a'])),
      judgeRanking(['x', 'y', 'z', 'a'], new Set(['a'])),
    ];
    expect(summarizeOutcomes(outcomes)).toEqual({
      questions: 4,
      top1: 0.25,
      recallAt3: 0.5,
      mrrAt10: (1 + 0.5 + 0 + 0.25) / 4,
      abstention: 0.25,
    });
  });

  it('gives NaN rates when there is nothing to average', () => {
    expect(summarizeOutcomes([]).top1).toBeNaN();
  });
});

describe('share', () => {
  it('is the fraction of true flags', () => {
    expect(share([true, false, false, true, true])).toBe(0.6);
  });
});

describe('median', () => {
  it('takes the middle of an odd count regardless of input order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});

describe('percentile', () => {
  it('is the nearest-rank sample: p99 of 1..100 is 99, p50 of four values is the second', () => {
    const oneToHundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile([40, 10, 30, 20], 50)).toBe(20);
  });

  it('is the maximum for p99 of fewer than 100 samples', () => {
    expect(percentile([3, 70, 5], 99)).toBe(70);
  });

  it('rejects percentiles outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});
