import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/corpus/load-articles.js';
import { ELLIPSIS } from '../../src/discord/text-fit.js';
import { createSearchEngine, DEFAULT_MIN_CONFIDENCE } from '../../src/search/engine.js';
import type { Answer, SearchEngine } from '../../src/search/types.js';
import { hostileMix, hostileText } from './arbitraries.js';

/**
 * The engine over the bundled article, asked anything at all: it never
 * throws, and what it returns always keeps the promises of `SearchEngine`
 * (src/search/types.ts): at most `top` answers, best first, confidence in
 * [0, 1], excerpts quoted verbatim.
 */

let engine: SearchEngine;

beforeAll(async () => {
  engine = createSearchEngine(await loadArticles('data/articles'));
});

function expectWellFormed(answers: readonly Answer[], top: number, minScore: number): void {
  expect(answers.length).toBeLessThanOrEqual(top);
  answers.forEach((answer, rank) => {
    expect(answer.score).toBeGreaterThanOrEqual(0);
    expect(answer.score).toBeLessThanOrEqual(1);
    const previous = answers[rank - 1];
    if (previous !== undefined) expect(answer.score).toBeLessThanOrEqual(previous.score);
    for (const piece of answer.excerpt.split(ELLIPSIS)) expect(answer.paragraph.text).toContain(piece.trim());
  });
  // The best answer clears the threshold asked for; those after it only follow it.
  if (answers[0] !== undefined) expect(answers[0].score).toBeGreaterThanOrEqual(minScore);
}

describe('engine.ask on arbitrary text', () => {
  it('keeps its promises with the default threshold (as /ask and the CLI ask)', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 10 }), (question, top) => {
        expectWellFormed(engine.ask(question, { top }), top, DEFAULT_MIN_CONFIDENCE);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its promises with any threshold (as /search and autocomplete ask)', () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.integer({ min: 1, max: 25 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (q, top, min) => {
          expectWellFormed(engine.ask(q, { top, minScore: min }), top, min);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same answers whatever invisible formatting is sprinkled into the question', () => {
    const invisible = fc.constantFrom(
      '\u200C',
      '\u200D',
      '\u200E',
      '\u200F',
      '\u202B',
      '\u202E',
      '\u2066',
      '\uFEFF',
    );
    fc.assert(
      fc.property(
        hostileMix,
        fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 10 }),
        (question, inserts) => {
          const chars = [...question];
          for (const [at, char] of inserts) chars.splice(at % (chars.length + 1), 0, char);
          const sprinkled = chars.join('');
          const ids = (text: string) =>
            engine.ask(text, { top: 5, minScore: 0 }).map((answer) => [answer.paragraph.id, answer.excerpt]);
          expect(ids(sprinkled)).toEqual(ids(question));
        },
      ),
      { numRuns: 200 },
    );
  });
});
