import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeRanking, share, summarizeOutcomes } from '../../bench/metrics.js';
import { paragraphsOf } from '../../src/corpus/article.js';
import { loadArticles } from '../../src/corpus/load-articles.js';
import { createSearchEngine } from '../../src/search/engine.js';
import type { SearchEngine } from '../../src/search/types.js';

interface FixtureQuestion {
  readonly question: string;
  readonly kind: string;
  readonly answer: string | null;
}

let engine: SearchEngine;
let goldOf: (answer: string) => string;

beforeAll(async () => {
  const articles = await loadArticles('data/articles');
  engine = createSearchEngine(articles);
  const paragraphs = articles.flatMap(paragraphsOf);
  goldOf = (answer) => {
    const holders = paragraphs.filter((paragraph) => paragraph.text.includes(answer));
    if (holders.length !== 1) throw new Error(`answer phrase must be in exactly one paragraph: ${answer}`);
    return (holders[0] as { id: string }).id;
  };
});

function measure(file: string) {
  const questions = JSON.parse(readFileSync(file, 'utf8')) as FixtureQuestion[];
  const answerable = questions.filter((q): q is FixtureQuestion & { answer: string } => q.answer !== null);
  const offTopic = questions.filter((q) => q.answer === null);
  const quality = summarizeOutcomes(
    answerable.map((q) =>
      judgeRanking(
        engine.ask(q.question, { top: 3 }).map((answer) => answer.paragraph.id),
        new Set([goldOf(q.answer)]),
      ),
    ),
  );
  const offTopicRejected = share(offTopic.map((q) => engine.ask(q.question).length === 0));
  return { ...quality, offTopicRejected, offTopicCount: offTopic.length };
}

// The acceptance figures of the engine issue, on the development question set.
describe('retrieval quality on test/fixtures/seed-questions.json', () => {
  it('meets the acceptance figures', () => {
    const figures = measure('test/fixtures/seed-questions.json');
    expect(figures.questions).toBeGreaterThanOrEqual(100);
    expect(figures.offTopicCount).toBeGreaterThanOrEqual(20);
    expect(figures.top1).toBeGreaterThanOrEqual(0.92);
    expect(figures.recallAt3).toBeGreaterThanOrEqual(0.97);
    expect(figures.offTopicRejected).toBeGreaterThanOrEqual(0.9);
    expect(figures.abstention).toBeLessThanOrEqual(0.05);
  });
});

// The holdout set is never used for tuning; these floors only stop it from getting worse.
describe('retrieval quality on test/fixtures/seed-questions-holdout.json', () => {
  it('does not fall below its measured floors', () => {
    const figures = measure('test/fixtures/seed-questions-holdout.json');
    expect(figures.top1).toBeGreaterThanOrEqual(0.9);
    expect(figures.recallAt3).toBeGreaterThanOrEqual(0.92);
    expect(figures.offTopicRejected).toBeGreaterThanOrEqual(0.85);
    expect(figures.abstention).toBeLessThanOrEqual(0.08);
  });
});
