import { describe, expect, it } from 'vitest';
import { insertAt, TopK } from '../../src/search/top-k.js';

describe('insertAt', () => {
  it.each([
    [0, ['x', 'a', 'b', 'c']],
    [1, ['a', 'x', 'b', 'c']],
    [3, ['a', 'b', 'c', 'x']],
  ])('puts the item at %i and moves the later ones up', (at, expected) => {
    const list = ['a', 'b', 'c'];
    insertAt(list, at, 'x');
    expect(list).toEqual(expected);
  });
});

describe('TopK', () => {
  it('keeps the best passages offered, best first, ties to the earlier passage', () => {
    const best = new TopK(3);
    for (const [passageIndex, score] of [
      [4, 1],
      [2, 5],
      [7, 3],
      [1, 3],
      [9, 0.5],
      [3, 4],
    ] as const) {
      best.offer(passageIndex, score);
    }
    expect(best.items.map((item) => item.passageIndex)).toEqual([2, 3, 1]);
  });
});
