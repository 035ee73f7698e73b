import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  measureBuild,
  measureFirstSight,
  measureLatency,
  medianBuildMs,
  requireGc,
} from '../../bench/timing.js';

/** A clock that only moves when a query runs, by that query's cost in microseconds. */
function fakeClock() {
  let nanos = 0n;
  return { now: () => nanos, spend: (micros: number) => (nanos += BigInt(micros * 1000)) };
}

describe('measureLatency', () => {
  it('reports the distribution of single calls and the p99 of the per-question medians', () => {
    const clock = fakeClock();
    // Question "slow" costs 100 µs; "fast" costs 10 µs except one 500 µs pause in the second round.
    let calls = 0;
    const cost = (question: string) => {
      calls++;
      if (question === 'slow') return 100;
      return calls === 6 ? 500 : 10;
    };
    const stats = measureLatency(
      ['slow', 'fast'],
      (q) => clock.spend(cost(q)),
      { warmupRounds: 1, rounds: 3 },
      clock.now,
    );
    // Timed calls: slow 100, fast 10 | slow 100, fast 500 | slow 100, fast 10.
    expect(stats).toEqual({ samples: 6, medianUs: 100, p99Us: 500, questionMedianP99Us: 100 });
    expect(calls).toBe(8);
  });
});

describe('measureFirstSight', () => {
  it('times each question once a pass, on systems that the warm-up did not teach', () => {
    const clock = fakeClock();
    // A system answers a question it has seen before in 1 µs, a new one in 30 µs.
    const systems: Set<string>[] = [];
    const build = () => {
      systems.push(new Set<string>());
      return systems.at(-1) as Set<string>;
    };
    const ask = (seen: Set<string>, question: string) => {
      clock.spend(seen.has(question) ? 1 : 30);
      seen.add(question);
    };
    const stats = measureFirstSight(
      ['a', 'b', 'a', 'c'],
      build,
      ask,
      { warmupRounds: 2, passes: 3 },
      clock.now,
    );
    // Per pass: a, b and c are new to that pass's system (30 µs); the repeated a is not (1 µs).
    expect(stats).toEqual({ medianUs: 30, questionMedianP99Us: 30 });
    expect(systems).toHaveLength(4);
    expect(systems.slice(1).map((seen) => [...seen])).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ]);
  });
});

describe('medianBuildMs', () => {
  it('builds once untimed, then once per repeat', () => {
    const build = vi.fn(() => ({}));
    expect(medianBuildMs(build, 4)).toBeGreaterThanOrEqual(0);
    expect(build).toHaveBeenCalledTimes(5);
  });
});

describe('measureBuild', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('explains how to run when garbage collection is not exposed', () => {
    vi.stubGlobal('gc', undefined);
    expect(() => requireGc()).toThrow(/--expose-gc/);
    expect(() => measureBuild(() => 1)).toThrow(/npm run bench/);
  });

  it('collects garbage before and after the build and hands back what was built', () => {
    const gc = vi.fn();
    vi.stubGlobal('gc', gc);
    const built = { rows: Array.from({ length: 1000 }, (_, i) => `row ${i}`) };
    const measured = measureBuild(() => built);
    expect(measured.value).toBe(built);
    expect(gc.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(measured.rssBytes).toBeGreaterThan(0);
    expect(measured.processHeapBytes).toBeGreaterThan(0);
  });
});
