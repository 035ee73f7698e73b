import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clipAtWord,
  cutAt,
  ELLIPSIS,
  fitRendered,
  oneLine,
  splitRendered,
} from '../../src/discord/text-fit.js';

const words = fc
  .array(fc.stringMatching(/^[\u0621-\u064Aa-z0-9]{1,12}$/), { minLength: 1, maxLength: 80 })
  .map((list) => list.join(' '));

describe('clipAtWord', () => {
  it('returns text that fits unchanged', () => {
    expect(clipAtWord('قال مسؤول', 20)).toBe('قال مسؤول');
  });

  it('cuts after a whole word and marks the cut', () => {
    expect(clipAtWord('قال مسؤول بالأمن القومي', 15)).toBe(`قال مسؤول${ELLIPSIS}`);
  });

  it('cuts a single enormous word at the limit', () => {
    expect(clipAtWord('ا'.repeat(50), 10)).toBe(`${'ا'.repeat(9)}${ELLIPSIS}`);
  });

  it('never splits an emoji in two', () => {
    const clipped = clipAtWord('😀'.repeat(20), 10);
    expect(clipped.length).toBeLessThanOrEqual(10);
    expect(clipped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('always fits, and always ends on a word boundary of the original', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 2, max: 300 }), (text, max) => {
        const clipped = clipAtWord(text, max);
        expect(clipped.length).toBeLessThanOrEqual(max);
        if (clipped === text) return;
        const kept = clipped.slice(0, -ELLIPSIS.length);
        expect(text.startsWith(kept)).toBe(true);
        const next = text.charAt(kept.length);
        const longWord = !text.slice(0, max).includes(' ');
        expect(next === ' ' || longWord || kept.length > max / 2).toBe(true);
      }),
    );
  });
});

describe('cutAt', () => {
  it('keeps text that fits and cuts the rest at the limit', () => {
    expect(cutAt('كيم', 5)).toBe('كيم');
    expect(cutAt('بوتين', 3)).toBe('بوت');
  });

  it('cuts before an emoji rather than through it', () => {
    expect(cutAt('ab😀c', 3)).toBe('ab');
    expect(cutAt('ab😀c', 4)).toBe('ab😀');
  });
});

describe('fitRendered', () => {
  it('measures the rendered form, so text that grows when rendered still fits', () => {
    const doubling = (text: string) => text.replace(/./gu, '$&$&');
    const fitted = fitRendered('كلمة '.repeat(100), 101, doubling);
    expect(fitted.length).toBeLessThanOrEqual(101);
    expect(fitted.endsWith(`${ELLIPSIS}${ELLIPSIS}`)).toBe(true);
  });

  it('returns nothing when not even the rendering of an ellipsis fits', () => {
    expect(fitRendered('نص', 1, (text) => `[[${text}]]`)).toBe('');
  });
});

describe('splitRendered', () => {
  it('prefers breaking after a sentence', () => {
    const first = 'الجملة الأولى أطول قليلا من نصف الحد.';
    const second = 'والثانية تليها.';
    const pieces = splitRendered(`${first} ${second}`, first.length + 6, (piece) => piece);
    expect(pieces).toEqual([first, second]);
  });

  it('cuts text into pieces that each fit and together hold every word, in order', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 12, max: 200 }), (text, max) => {
        const pieces = splitRendered(text, max, (piece) => `<${piece}>`);
        for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(max);
        const rejoined = pieces.map((piece) => piece.slice(1, -1)).join(' ');
        expect(rejoined.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });
});

describe('oneLine', () => {
  it('folds newlines and runs of spaces', () => {
    expect(oneLine(' أ\n\nب   ج ')).toBe('أ ب ج');
  });
});
