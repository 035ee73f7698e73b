import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_PAGER,
  type AnswerAction,
  type AnswerPager,
  customIdKind,
  decodeAnswerButton,
  decodeSectionButton,
  encodeAnswerButton,
  encodeSectionButton,
  fitAnswerPager,
  hashPrefix,
  SECTION_PAGER,
} from '../../src/discord/custom-id.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';

const hash = fc.stringMatching(/^[0-9a-f]{8}$/);
const passage = (articles: number) =>
  fc.record(
    {
      article: fc.integer({ min: 0, max: articles - 1 }),
      section: fc.integer({ min: 0, max: 200 }),
      paragraph: fc.integer({ min: 1, max: 500 }),
      span: fc.record({
        start: fc.integer({ min: 0, max: 20_000 }),
        length: fc.integer({ min: 1, max: 4000 }),
      }),
    },
    { requiredKeys: ['article', 'section', 'paragraph'] },
  );
const pager: fc.Arbitrary<AnswerPager> = fc
  .array(hash, { minLength: 1, maxLength: 3 })
  .chain((articleHashes) =>
    fc.record({
      page: fc.integer({ min: 0, max: 9 }),
      articleHashes: fc.constant(articleHashes),
      passages: fc.array(passage(articleHashes.length), { minLength: 1, maxLength: 10 }),
    }),
  );
const action = fc.constantFrom<AnswerAction>('previous', 'next', 'full', 'excerpt');

describe('answer buttons', () => {
  it('decode to the action and pager they were made from', () => {
    fc.assert(
      fc.property(pager, action, (original, chosen) => {
        expect(decodeAnswerButton(encodeAnswerButton(chosen, original))).toEqual({
          action: chosen,
          pager: original,
        });
      }),
    );
  });

  it('always fit in a custom id once fitted, keeping the best-ranked passages first', () => {
    fc.assert(
      fc.property(pager, action, (original, chosen) => {
        const fitted = fitAnswerPager(original);
        expect(encodeAnswerButton(chosen, fitted).length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
        expect(fitted.passages.length).toBeGreaterThan(0);
        fitted.passages.forEach((kept, index) => {
          const before = original.passages[index];
          expect(before).toBeDefined();
          expect(fitted.articleHashes[kept.article]).toBe(original.articleHashes[before?.article ?? -1]);
          expect({ ...kept, article: 0 }).toEqual({ ...before, article: 0 });
        });
      }),
    );
  });

  it('hold several passages with their excerpt positions for one article', () => {
    const passages = Array.from({ length: 5 }, (_, index) => ({
      article: 0,
      section: index,
      paragraph: index + 3,
      span: { start: 1200, length: 350 },
    }));
    const fitted = fitAnswerPager({ page: 0, articleHashes: ['a1b2c3d4'], passages });
    expect(fitted.passages).toHaveLength(5);
    expect(encodeAnswerButton('next', fitted)).toBe(
      `a1|n|0|a1b2c3d4|${'0.0.3.xc.9q;0.1.4.xc.9q;0.2.5.xc.9q;0.3.6.xc.9q;0.4.7.xc.9q'}`,
    );
  });

  it('drop article hashes no kept passage refers to', () => {
    const fitted = fitAnswerPager({
      page: 0,
      articleHashes: ['aaaaaaaa', 'bbbbbbbb'],
      passages: [
        { article: 1, section: 0, paragraph: 1 },
        ...Array.from({ length: 20 }, () => ({
          article: 0,
          section: 99,
          paragraph: 99,
          span: { start: 9999, length: 999 },
        })),
      ],
    });
    expect(fitted.articleHashes[0]).toBe('bbbbbbbb');
    expect(fitted.passages[0]).toEqual({ article: 0, section: 0, paragraph: 1 });
  });

  it.each([
    ['another kind', 's1|n|0|a1b2c3d4|0'],
    ['an older version', 'a0|n|0|a1b2c3d4|0.1.1'],
    ['an unknown action', 'a1|x|0|a1b2c3d4|0.1.1'],
    ['a passage of an unlisted article', 'a1|n|0|a1b2c3d4|1.1.1'],
    ['a malformed passage', 'a1|n|0|a1b2c3d4|0.1'],
    ['a negative page', 'a1|n|-1|a1b2c3d4|0.1.1'],
    ['a hash that is not hex', 'a1|n|0|zzzz|0.1.1'],
    ['an extra field', 'a1|n|0|a1b2c3d4|0.1.1|more'],
    ['nothing', ''],
  ])('are not decoded from %s', (_, customId) => {
    expect(decodeAnswerButton(customId)).toBeUndefined();
  });
});

describe('section buttons', () => {
  it('decode to the action and pager they were made from', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('previous' as const, 'next' as const),
        fc.record({ page: fc.nat(1000), articleHash: hash, section: fc.nat(1000) }),
        (chosen, original) => {
          const id = encodeSectionButton(chosen, original);
          expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
          expect(decodeSectionButton(id)).toEqual({ action: chosen, pager: original });
        },
      ),
    );
  });

  it('refuse answer-only actions and other kinds', () => {
    expect(decodeSectionButton('s1|f|0|a1b2c3d4|1')).toBeUndefined();
    expect(decodeSectionButton('a1|n|0|a1b2c3d4|0.1.1')).toBeUndefined();
  });
});

describe('routing', () => {
  it('files each id under its kind and version', () => {
    expect(customIdKind(encodeAnswerButton('next', { page: 0, articleHashes: ['ab'], passages: [] }))).toBe(
      ANSWER_PAGER,
    );
    expect(customIdKind(encodeSectionButton('next', { page: 0, articleHash: 'ab', section: 0 }))).toBe(
      SECTION_PAGER,
    );
    expect(customIdKind('legacy-button')).toBe('legacy-button');
  });

  it('keeps the first 8 hex digits of a content hash', () => {
    expect(hashPrefix('0123456789ab')).toBe('01234567');
  });
});
