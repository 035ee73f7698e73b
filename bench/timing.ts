/**
 * Wall-clock and memory measurement. Latencies come from `process.hrtime`
 * around each single call, so the reported figures are per-query
 * distributions rather than a mean over a batch.
 */
import { median, percentile } from './metrics.js';

export interface LatencyStats {
  readonly samples: number;
  readonly medianUs: number;
  readonly p99Us: number;
  /**
   * p99 over the questions of each question's own median. One-off pauses
   * (garbage collection, other processes on the machine) cannot move it, so
   * beside `p99Us` it tells slow questions apart from a noisy machine.
   */
  readonly questionMedianP99Us: number;
}

export interface LatencyPlan {
  /** Untimed passes first, so the JIT has compiled the hot paths before timing starts. */
  readonly warmupRounds: number;
  readonly rounds: number;
}

export interface BuildMeasurement<T> {
  readonly value: T;
  readonly buildMs: number;
  /**
   * Memory the result keeps alive: heap plus off-heap buffers (typed arrays
   * live outside the JS heap) after garbage collection, minus the same before.
   */
  readonly retainedBytes: number;
  /** The whole process once the build is done: heap plus off-heap buffers, and the resident set size. */
  readonly processHeapBytes: number;
  readonly rssBytes: number;
}

/** Times every query once per round and returns the distribution of single calls. */
export function measureLatency<Q>(
  queries: readonly Q[],
  run: (query: Q) => unknown,
  plan: LatencyPlan,
  /** Nanoseconds; replaceable so that tests can check the statistics without real timing. */
  clock: () => bigint = process.hrtime.bigint,
): LatencyStats {
  for (let round = 0; round < plan.warmupRounds; round++) {
    for (const query of queries) run(query);
  }
  const samples = new Float64Array(queries.length * plan.rounds);
  let next = 0;
  for (let round = 0; round < plan.rounds; round++) {
    for (const query of queries) {
      const start = clock();
      run(query);
      samples[next++] = Number(clock() - start) / 1_000;
    }
  }
  const questionMedians = queries.map((_, q) =>
    median(Array.from({ length: plan.rounds }, (_, round) => samples[round * queries.length + q] as number)),
  );
  return {
    samples: samples.length,
    medianUs: median(samples),
    p99Us: percentile(samples, 99),
    questionMedianP99Us: percentile(questionMedians, 99),
  };
}

export interface FirstSightStats {
  readonly medianUs: number;
  /** p99 over the questions of each question's median across passes, as `questionMedianP99Us`. */
  readonly questionMedianP99Us: number;
}

/**
 * Each query timed once per pass, in order, on a system built for that pass
 * that has answered none of them: whatever a system remembers between queries
 * (the engine's word memo) helps a query only with what the queries before it
 * taught, as for a bot in service asked new questions. The hot paths are
 * compiled first on another instance; several passes let a garbage collection
 * that lands in one of them fall out of the per-query median.
 */
export function measureFirstSight<Q, S>(
  queries: readonly Q[],
  build: () => S,
  run: (system: S, query: Q) => unknown,
  plan: { readonly warmupRounds: number; readonly passes: number },
  /** Nanoseconds; replaceable so that tests can check the statistics without real timing. */
  clock: () => bigint = process.hrtime.bigint,
): FirstSightStats {
  const warm = build();
  for (let round = 0; round < plan.warmupRounds; round++) for (const query of queries) run(warm, query);
  const perQuery = queries.map((): number[] => []);
  for (let pass = 0; pass < plan.passes; pass++) {
    const fresh = build();
    queries.forEach((query, q) => {
      const start = clock();
      run(fresh, query);
      perQuery[q]?.push(Number(clock() - start) / 1_000);
    });
  }
  return {
    medianUs: median(perQuery.flat()),
    questionMedianP99Us: percentile(perQuery.map(median), 99),
  };
}

/** Median wall time of `repeats` builds, after one untimed build to warm the JIT. */
export function medianBuildMs(build: () => unknown, repeats: number): number {
  build();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    build();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** Builds once and measures time, the heap the result keeps alive, and the process RSS. */
export function measureBuild<T>(build: () => T): BuildMeasurement<T> {
  const gc = requireGc();
  collect(gc);
  const before = heldBytes();
  const start = process.hrtime.bigint();
  const value = build();
  const buildMs = Number(process.hrtime.bigint() - start) / 1e6;
  collect(gc);
  const after = heldBytes();
  return {
    value,
    buildMs,
    retainedBytes: after - before,
    processHeapBytes: after,
    rssBytes: process.memoryUsage().rss,
  };
}

function heldBytes(): number {
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

export function requireGc(): NodeJS.GCFunction {
  if (globalThis.gc === undefined) {
    throw new Error(
      'heap figures need garbage collection on demand: run via `npm run bench` (node --expose-gc)',
    );
  }
  return globalThis.gc;
}

/** Twice, because objects freed by the first pass's finalizers are only reclaimed by the next. */
function collect(gc: NodeJS.GCFunction): void {
  gc();
  gc();
}
