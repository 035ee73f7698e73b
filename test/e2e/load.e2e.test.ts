import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadRun, runLoad } from '../../bench/load.js';
import { DEFAULT_MEMORY_BOUNDS, loadChecks, type MemoryBounds } from '../../bench/load-checks.js';

/**
 * The load benchmark (`npm run bench -- --load`, 2,000 `/ask` a round) at a
 * size CI can afford: the real bot process, the fake Discord, the same mix
 * of answerable, off-topic and hostile questions sent twice as fast as the
 * bot acknowledges them, and the same checks.
 */

const COUNT = 200;
/** A round takes about 4 s (discord.js sends 50 edits a second); a hang fails it well before the test's bound. */
const ROUND_MS = 12_000;
/** Start-up (up to 20 s), two rounds with their settling, and the bot's shutdown, so cleanup always runs. */
const RUN_MS = 75_000;

/**
 * Resident size is lenient in CI: a shared runner's allocator is noisier.
 * The heap, read after a full collection, varies by well under a MiB between
 * identical rounds of this size, so its bound stays as in the benchmark.
 */
const CI_MEMORY_BOUNDS: MemoryBounds = {
  ...DEFAULT_MEMORY_BOUNDS,
  rssShare: 0.2,
  rssFloorBytes: 40 * 2 ** 20,
};

let run: LoadRun;

beforeAll(async () => {
  run = await runLoad({ count: COUNT, answerTimeoutMs: ROUND_MS });
}, RUN_MS);

describe(`the bot under ${COUNT} /ask, twice`, () => {
  it('was sent the whole mix: answerable, off-topic and hostile questions, some hidden, some mentioning', () => {
    expect(run.count).toBe(COUNT);
    expect(run.mix.answerable + run.mix.offTopic + run.mix.hostile).toBe(COUNT);
    for (const share of [
      run.mix.answerable,
      run.mix.offTopic,
      run.mix.hostile,
      run.mix.hidden,
      run.mix.mentions,
    ]) {
      expect(share).toBeGreaterThan(0);
    }
    expect(run.rounds.map((round) => round.dispatched)).toEqual([COUNT, COUNT]);
  });

  it('answered every one exactly once: one callback, and one edit after each deferral', () => {
    for (const round of run.rounds) {
      expect(round.answered).toBe(COUNT);
      expect(round.audit.notAnsweredOnce).toEqual({ count: 0, examples: [] });
    }
  });

  it('acknowledged every one within Discord’s 3 seconds, with nothing Discord would refuse', () => {
    for (const round of run.rounds) {
      expect(round.ack.maxMs).toBeLessThanOrEqual(3_000);
      expect(round.audit.refusedCallbacks).toEqual({ count: 0, examples: [] });
      expect(round.audit.failedRequests).toEqual({ count: 0, examples: [] });
      expect(round.audit.unknownRoutes).toEqual({ count: 0, examples: [] });
    }
  });

  it('logged every /ask as handled, and nothing at warn or above', () => {
    for (const round of run.rounds) {
      expect(round.handler.samples).toBe(COUNT);
      expect(round.audit.notHandledOk).toEqual({ count: 0, examples: [] });
      expect(round.audit.troubleLogLines).toEqual({ count: 0, examples: [] });
    }
  });

  it('kept running through both rounds, then shut down cleanly', () => {
    expect(run.rounds.map((round) => round.botRunning)).toEqual([true, true]);
    expect(run.botExit).toEqual({ code: 0, signal: null });
  });

  it('did not grow beyond the bound from the first round to the second', () => {
    const [first, second] = run.memory.afterRound;
    if (first === undefined || second === undefined) throw new Error('memory was not read after both rounds');
    expect(second.heapBytes - first.heapBytes).toBeLessThanOrEqual(
      Math.max(CI_MEMORY_BOUNDS.heapBytesPerInteraction * COUNT, CI_MEMORY_BOUNDS.heapFloorBytes),
    );
    if (first.rssBytes !== null && second.rssBytes !== null) {
      expect(second.rssBytes - first.rssBytes).toBeLessThanOrEqual(
        Math.max(first.rssBytes * CI_MEMORY_BOUNDS.rssShare, CI_MEMORY_BOUNDS.rssFloorBytes),
      );
    }
  });

  it('reports every check of the benchmark as passed', () => {
    expect(loadChecks(run, CI_MEMORY_BOUNDS).filter((check) => !check.pass)).toEqual([]);
  });
});
