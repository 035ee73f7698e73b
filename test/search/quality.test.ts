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

// Sets written later by separate sessions from the article alone, as holdouts. Each was measured
// once blind (figures in the README), then used for error analysis, so it is no longer a holdout:
// these floors, a little under today's figures, only stop the engine from getting worse on them.
describe.each([
  ['review-1', { top1: 0.94, recallAt3: 0.98, offTopicRejected: 0.93, abstention: 0.02 }],
  ['review-2', { top1: 0.98, recallAt3: 0.98, offTopicRejected: 0.95, abstention: 0.02 }],
  ['review-3', { top1: 0.98, recallAt3: 0.98, offTopicRejected: 0.88, abstention: 0.02 }],
  ['review-4', { top1: 0.96, recallAt3: 0.97, offTopicRejected: 0.88, abstention: 0.03 }],
  ['review-5', { top1: 0.98, recallAt3: 0.98, offTopicRejected: 0.86, abstention: 0.02 }],
  ['review-6', { top1: 0.9, recallAt3: 0.97, offTopicRejected: 0.93, abstention: 0.03 }],
  ['review-7', { top1: 0.9, recallAt3: 0.95, offTopicRejected: 0.92, abstention: 0.03 }],
  ['review-8', { top1: 0.89, recallAt3: 0.94, offTopicRejected: 0.96, abstention: 0.06 }],
  ['review-9', { top1: 0.97, recallAt3: 0.98, offTopicRejected: 0.79, abstention: 0.02 }],
  ['review-10', { top1: 0.97, recallAt3: 0.97, offTopicRejected: 0.94, abstention: 0.03 }],
  ['review-11', { top1: 0.95, recallAt3: 0.98, offTopicRejected: 0.93, abstention: 0.02 }],
  ['review-12', { top1: 0.97, recallAt3: 0.98, offTopicRejected: 0.92, abstention: 0.02 }],
  ['review-13', { top1: 0.94, recallAt3: 0.94, offTopicRejected: 0.93, abstention: 0.04 }],
  ['review-14', { top1: 0.94, recallAt3: 0.94, offTopicRejected: 0.93, abstention: 0.05 }],
  ['review-15', { top1: 0.94, recallAt3: 0.97, offTopicRejected: 0.92, abstention: 0.03 }],
  ['review-16', { top1: 0.95, recallAt3: 0.98, offTopicRejected: 0.86, abstention: 0.02 }],
  ['review-17', { top1: 0.95, recallAt3: 0.98, offTopicRejected: 0.86, abstention: 0.02 }],
  ['review-18', { top1: 0.87, recallAt3: 0.94, offTopicRejected: 0.9, abstention: 0.06 }],
  ['review-19', { top1: 0.84, recallAt3: 0.93, offTopicRejected: 0.8, abstention: 0.06 }],
  ['review-20', { top1: 0.91, recallAt3: 0.97, offTopicRejected: 0.83, abstention: 0.03 }],
  ['review-21', { top1: 0.9, recallAt3: 0.93, offTopicRejected: 0.9, abstention: 0.07 }],
  ['review-22', { top1: 0.94, recallAt3: 0.96, offTopicRejected: 0.87, abstention: 0.04 }],
  ['review-23', { top1: 0.91, recallAt3: 0.94, offTopicRejected: 0.77, abstention: 0.06 }],
  ['review-24', { top1: 0.94, recallAt3: 0.98, offTopicRejected: 0.93, abstention: 0.02 }],
  ['review-25', { top1: 0.91, recallAt3: 0.98, offTopicRejected: 0.93, abstention: 0.02 }],
  ['review-26', { top1: 0.92, recallAt3: 0.95, offTopicRejected: 0.93, abstention: 0.05 }],
  ['review-27', { top1: 0.96, recallAt3: 0.98, offTopicRejected: 0.87, abstention: 0.02 }],
  ['review-28', { top1: 0.94, recallAt3: 0.97, offTopicRejected: 0.83, abstention: 0.02 }],
  ['review-29', { top1: 0.92, recallAt3: 0.98, offTopicRejected: 0.83, abstention: 0.02 }],
  ['review-30', { top1: 0.93, recallAt3: 0.98, offTopicRejected: 0.95, abstention: 0.02 }],
  ['review-31', { top1: 0.88, recallAt3: 0.91, offTopicRejected: 0.87, abstention: 0.06 }],
  ['review-32', { top1: 0.92, recallAt3: 0.95, offTopicRejected: 0.93, abstention: 0.05 }],
  ['review-33', { top1: 0.93, recallAt3: 0.97, offTopicRejected: 0.95, abstention: 0.03 }],
  ['review-34', { top1: 0.94, recallAt3: 0.97, offTopicRejected: 0.95, abstention: 0.03 }],
])('retrieval quality on test/fixtures/seed-questions-%s.json', (name, floors) => {
  it('does not fall below its floors', () => {
    const figures = measure(`test/fixtures/seed-questions-${name}.json`);
    expect(figures.top1).toBeGreaterThanOrEqual(floors.top1);
    expect(figures.recallAt3).toBeGreaterThanOrEqual(floors.recallAt3);
    expect(figures.offTopicRejected).toBeGreaterThanOrEqual(floors.offTopicRejected);
    expect(figures.abstention).toBeLessThanOrEqual(floors.abstention);
  });
});
