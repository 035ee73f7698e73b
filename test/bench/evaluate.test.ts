import { describe, expect, it } from 'vitest';
import { evaluateQuality, rejectionRate, timeQuestions } from '../../bench/evaluate.js';
import type { Retriever, SearchScope } from '../../bench/retriever.js';

/** A stand-in engine: answers from a fixed table, and records what it was asked. */
function tableRetriever(answers: Record<string, string[]>): Retriever & { asked: [string, SearchScope][] } {
  const asked: [string, SearchScope][] = [];
  return {
    asked,
    search(question, scope) {
      asked.push([question, scope]);
      return (answers[question] ?? []).slice(0, scope.top);
    },
  };
}

const scope = { top: 2, article: 'a' };

describe('evaluateQuality', () => {
  it('judges each question against its own gold, within the scope it names', () => {
    const retriever = tableRetriever({ q1: ['p1', 'p2'], q2: ['p3', 'p1', 'p2'], q3: [] });
    const summary = evaluateQuality(retriever, [
      { question: 'q1', scope, gold: new Set(['p1']) },
      { question: 'q2', scope, gold: new Set(['p2']) },
      { question: 'q3', scope, gold: new Set(['p1']) },
    ]);
    // q2's gold is third in the table but the scope keeps two answers.
    expect(summary).toEqual({
      questions: 3,
      top1: 1 / 3,
      recallAt3: 1 / 3,
      mrrAt10: 1 / 3,
      abstention: 1 / 3,
    });
    expect(retriever.asked).toEqual([
      ['q1', scope],
      ['q2', scope],
      ['q3', scope],
    ]);
  });
});

describe('rejectionRate', () => {
  it('is the share of questions that got no answer', () => {
    const retriever = tableRetriever({ answered: ['p1'] });
    const questions = ['answered', 'off1', 'off2', 'off3'].map((question) => ({ question, scope }));
    expect(rejectionRate(retriever, questions)).toBe(0.75);
  });
});

describe('timeQuestions', () => {
  it('asks every question once per warm-up and timed round, and keeps one sample per timed call', () => {
    const retriever = tableRetriever({});
    const questions = ['x', 'y', 'z'].map((question) => ({ question, scope }));
    const stats = timeQuestions(retriever, questions, { warmupRounds: 2, rounds: 3 });
    expect(retriever.asked).toHaveLength(3 * (2 + 3));
    expect(stats.samples).toBe(9);
    expect(stats.p99Us).toBeGreaterThanOrEqual(stats.medianUs);
  });
});
