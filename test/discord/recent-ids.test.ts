import { describe, expect, it } from 'vitest';
import { createRecentIds } from '../../src/discord/recent-ids.js';

describe('recent ids', () => {
  it('tells a first delivery from a repeat', () => {
    const recent = createRecentIds(3);
    expect(['a', 'b', 'a', 'c', 'b'].map((id) => recent.firstTime(id))).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it('forgets the oldest id once more than its capacity have been seen, so memory stays bounded', () => {
    const recent = createRecentIds(2);
    for (const id of ['a', 'b', 'c']) recent.firstTime(id);
    expect(recent.firstTime('a')).toBe(true);
    expect(recent.firstTime('c')).toBe(false);
  });
});
