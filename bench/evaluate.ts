/** Runs question sets through a retriever: one pass for quality, repeated passes for latency. */
import { judgeRanking, type QualitySummary, summarizeOutcomes } from './metrics.js';
import type { Retriever, SearchScope } from './retriever.js';
import { type LatencyPlan, type LatencyStats, measureLatency } from './timing.js';

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

export function timeQuestions(
  retriever: Retriever,
  questions: readonly ScopedQuestion[],
  plan: LatencyPlan,
): LatencyStats {
  return measureLatency(questions, (q) => retriever.search(q.question, q.scope), plan);
}
