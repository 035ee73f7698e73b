import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { loadArticles } from '../../src/corpus/load-articles.js';
import { ELLIPSIS } from '../../src/discord/text-fit.js';
import { createSearchEngine } from '../../src/search/engine.js';
import type { Answer, SearchEngine } from '../../src/search/types.js';
import { HOSTILE_INPUTS, type HostileOutcome, SEED_QUESTION } from './hostile-inputs.js';

/** Every hostile case through the real engine over the bundled article. */

let articles: Article[];
let engine: SearchEngine;

beforeAll(async () => {
  articles = await loadArticles('data/articles');
  engine = createSearchEngine(articles);
});

function expectOutcome(answers: readonly Answer[], expected: HostileOutcome): void {
  if (expected.kind === 'no-result') {
    expect(answers).toEqual([]);
    return;
  }
  expect(answers.length).toBeGreaterThan(0);
  expect(answers[0]?.paragraph.text).toContain(expected.passage);
}

/** Each piece of an excerpt (it may be cut with an ellipsis) is the paragraph's own text. */
function expectVerbatim(answer: Answer): void {
  for (const piece of answer.excerpt.split(ELLIPSIS)) {
    expect(answer.paragraph.text).toContain(piece.trim());
  }
}

describe('the engine on hostile input', () => {
  it('has one case per name, so a failure names exactly one input', () => {
    const names = HOSTILE_INPUTS.map((input) => input.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(HOSTILE_INPUTS.map((input) => [input.name, input] as const))('%s', (_name, input) => {
    const answers = engine.ask(input.text);
    expectOutcome(answers, input.expect);
    for (const answer of answers) expectVerbatim(answer);
    // Scoped to the article, the outcome is the same.
    const slug = articles[0]?.slug ?? '';
    expectOutcome(engine.ask(input.text, { article: slug }), input.expect);
  });

  it.each(HOSTILE_INPUTS.map((input) => [input.name, input] as const))(
    'lists weak matches for %s within bounds, as /search and autocomplete ask',
    (_name, input) => {
      const answers = engine.ask(input.text, { top: 25, minScore: 0 });
      expect(answers.length).toBeLessThanOrEqual(25);
      for (const answer of answers) {
        expect(answer.score).toBeGreaterThanOrEqual(0);
        expect(answer.score).toBeLessThanOrEqual(1);
        expectVerbatim(answer);
      }
      if (input.expect.kind === 'answers') {
        expect(answers[0]?.paragraph.text).toContain(input.expect.passage);
      }
    },
  );

  it('answers a question buried in 10,000 characters as it answers the question alone', () => {
    const alone = engine.ask(SEED_QUESTION);
    const buried = engine.ask(`${SEED_QUESTION} ${'؟ '.repeat(5_000)}`);
    expect(buried.map((answer) => answer.paragraph.id)).toEqual(alone.map((answer) => answer.paragraph.id));
  });
});
