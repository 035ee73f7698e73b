import { describe, expect, it } from 'vitest';
import { evenlySpaced } from '../../bench/sample.js';

describe('evenlySpaced', () => {
  const items = Array.from({ length: 10 }, (_, i) => i);

  it('takes every k-th item starting with the first', () => {
    expect(evenlySpaced(items, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(evenlySpaced(items, 3)).toEqual([0, 3, 6]);
  });

  it('returns everything when the sample is not smaller than the list', () => {
    expect(evenlySpaced(items, 10)).toEqual(items);
    expect(evenlySpaced(items, Number.POSITIVE_INFINITY)).toEqual(items);
  });

  it('returns nothing for a sample of zero', () => {
    expect(evenlySpaced(items, 0)).toEqual([]);
  });
});
