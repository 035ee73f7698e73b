import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInFlight } from '../../src/discord/in-flight.js';

/** A promise the test settles when it wants to. */
function pending() {
  let finish: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { promise, finish, fail };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the in-flight tracker', () => {
  it('drains at once when nothing is running', async () => {
    await expect(createInFlight().drain(1_000)).resolves.toBe(0);
  });

  it('counts work until it settles, fulfilled or rejected', async () => {
    const inFlight = createInFlight();
    const first = pending();
    const second = pending();
    inFlight.track(first.promise);
    inFlight.track(second.promise);
    expect(inFlight.count).toBe(2);
    first.finish();
    second.fail(new Error('handled elsewhere'));
    await second.promise.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(inFlight.count).toBe(0);
  });

  it('resolves the drain with 0 as soon as the last work settles, before the grace runs out', async () => {
    const inFlight = createInFlight();
    const work = pending();
    inFlight.track(work.promise);
    let drained: number | undefined;
    void inFlight.drain(5_000).then((left) => {
      drained = left;
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(drained).toBeUndefined();
    work.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(drained).toBe(0);
  });

  it('gives up when the grace runs out, saying how much was left', async () => {
    const inFlight = createInFlight();
    inFlight.track(pending().promise);
    const finished = pending();
    inFlight.track(finished.promise);
    finished.finish();
    const drained = inFlight.drain(5_000);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(drained).resolves.toBe(1);
  });
});
