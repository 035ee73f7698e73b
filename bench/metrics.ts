/**
 * Retrieval quality and latency statistics. Pure functions over ranked
 * paragraph ids, so the same arithmetic judges the engine and every baseline.
 */

/** How one ranked list did against its question's gold paragraphs. */
export interface QueryOutcome {
  readonly abstained: boolean;
  /** 1 when the first answer is gold, else 0. */
  readonly top1: number;
  /** Share of the gold paragraphs found among the first three answers. */
  readonly recallAt3: number;
  /** 1/rank of the first gold answer within the first ten, else 0. */
  readonly reciprocalRankAt10: number;
}

export interface QualitySummary {
  readonly questions: number;
  readonly top1: number;
  readonly recallAt3: number;
  readonly mrrAt10: number;
  /** Share of the questions that got no answer at all. */
  readonly abstention: number;
}

/**
 * Recall@3 divides by the number of gold paragraphs (not "any gold in the top
 * 3"), as the datasets' reference `recall@3` does; its `hit@3` is the other one.
 */
export function judgeRanking(ranked: readonly string[], gold: ReadonlySet<string>): QueryOutcome {
  if (gold.size === 0) throw new RangeError('a question needs at least one gold paragraph');
  const firstThree = new Set(ranked.slice(0, 3));
  const goldInFirstThree = [...firstThree].filter((id) => gold.has(id)).length;
  const rank = ranked.slice(0, 10).findIndex((id) => gold.has(id)) + 1;
  return {
    abstained: ranked.length === 0,
    top1: ranked.length > 0 && gold.has(ranked[0] as string) ? 1 : 0,
    recallAt3: goldInFirstThree / gold.size,
    reciprocalRankAt10: rank === 0 ? 0 : 1 / rank,
  };
}

/** Means over the outcomes; NaN rates when there are none to average. */
export function summarizeOutcomes(outcomes: readonly QueryOutcome[]): QualitySummary {
  return {
    questions: outcomes.length,
    top1: mean(outcomes.map((o) => o.top1)),
    recallAt3: mean(outcomes.map((o) => o.recallAt3)),
    mrrAt10: mean(outcomes.map((o) => o.reciprocalRankAt10)),
    abstention: share(outcomes.map((o) => o.abstained)),
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Share of true flags; NaN for none. */
export function share(flags: readonly boolean[]): number {
  return mean(flags.map((flag) => (flag ? 1 : 0)));
}

/** Middle value; the mean of the two middle values for an even count. */
export function median(values: ArrayLike<number>): number {
  const sorted = sortedCopy(values);
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length >> 1;
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/**
 * Nearest-rank percentile: the smallest sample with at least `p` percent of
 * the samples at or below it, so p99 is always a latency that really occurred.
 */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const sorted = sortedCopy(values);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.ceil((p / 100) * sorted.length) - 1] as number;
}

function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}
