import { describe, expect, it } from 'vitest';
import { FormFlags } from '../../src/search/form-flags.js';

describe('FormFlags', () => {
  it('answers each form by its test, working each out once', () => {
    const asked: number[] = [];
    const even = new FormFlags(6, (form) => {
      asked.push(form);
      return form % 2 === 0;
    });
    expect([0, 1, 2, 3, 2, 1].map((form) => even.has(form))).toEqual([true, false, true, false, true, false]);
    expect(asked).toEqual([0, 1, 2, 3]);
  });

  it('says no for a form outside the index', () => {
    expect(new FormFlags(2, () => true).has(5)).toBe(false);
  });
});
