/** Latency distributions of a load run, in milliseconds. */
import { median, percentile } from './metrics.js';

export interface LatencySummary {
  readonly samples: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

export function summarizeLatency(values: readonly number[]): LatencySummary {
  return {
    samples: values.length,
    p50Ms: median(values),
    p99Ms: percentile(values, 99),
    maxMs: values.length === 0 ? Number.NaN : Math.max(...values),
  };
}
