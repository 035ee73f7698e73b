import { describe, expect, it } from 'vitest';
import { renderTable } from '../../bench/table.js';

describe('renderTable', () => {
  it('pads labels to the left and figures to the right, under a rule as wide as each column', () => {
    const text = renderTable(
      ['metric', 'a', 'bb'],
      [
        ['top-1', '0.5', '12.25'],
        ['p99 (µs)', '1200', ''],
      ],
    );
    expect(text.split('\n')).toEqual([
      'metric       a     bb',
      '--------  ----  -----',
      'top-1      0.5  12.25',
      'p99 (µs)  1200',
    ]);
  });
});
