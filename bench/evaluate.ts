/** Runs question sets through a retriever: one pass for quality, repeated passes for latency. */
import type { Article } from '../src/corpus/article.js';
import { judgeRanking, type QualitySummary, summarizeOutcomes } from './metrics.js';
import type { Retriever, RetrieverFactory, SearchScope } from './retriever.js';
import {
  type FirstSightStats,
  type LatencyPlan,
  type LatencyStats,
  measureFirstSight,
  measureLatency,
} from './timing.js';

export interface ScopedQuestion {
  readonly question: string;
  readonly scope: SearchScope;
}

export interface GoldQuestion extends ScopedQuestion {
  /** Paragraph ids that answer the question. */
  readonly gold: ReadonlySet<string>;
}

export function evaluateQuality(retriever: Retriever, questions: readonly GoldQuestion[]): QualitySummary {
  return summarizeOutcomes(questions.map((q) => judgeRanking(retriever.search(q.question, q.scope), q.gold)));
}

/** Share of the questions the retriever rightly answered with nothing. */
export function rejectionRate(retriever: Retriever, questions: readonly ScopedQuestion[]): number {
  const rejected = questions.filter((q) => retriever.search(q.question, q.scope).length === 0).length;
  return rejected / questions.length;
}

/** Each question once, in order, on a retriever that has answered none of them (see measureFirstSight). */
export function timeFirstSight(
  factory: RetrieverFactory,
  articles: readonly Article[],
  questions: readonly ScopedQuestion[],
  plan: { readonly warmupRounds: number; readonly passes: number },
): FirstSightStats {
  return measureFirstSight(
    questions,
    () => factory.build(articles),
    (retriever, q) => retriever.search(q.question, q.scope),
    plan,
  );
}

export function timeQuestions(
  retriever: Retriever,
  questions: readonly ScopedQuestion[],
  plan: LatencyPlan,
): LatencyStats {
  return measureLatency(questions, (q) => retriever.search(q.question, q.scope), plan);
}
