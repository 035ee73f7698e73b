import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAcknowledgementBacklog } from '../../src/discord/acknowledgement-backlog.js';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A deferral the test completes by hand. */
function heldDeferral() {
  let finish: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { run: () => promise, finish };
}

describe('acknowledgements first', () => {
  it('lets a handler go on at once when no other acknowledgement is in flight', async () => {
    const backlog = createAcknowledgementBacklog(1_000);
    await backlog.acknowledge(async () => undefined);
    let drained = false;
    void backlog.drained().then(() => (drained = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(drained).toBe(true);
  });

  it('holds a handler until every acknowledgement in flight has gone through', async () => {
    const backlog = createAcknowledgementBacklog(1_000);
    const first = heldDeferral();
    const second = heldDeferral();
    const acknowledged = [backlog.acknowledge(first.run), backlog.acknowledge(second.run)];
    let drained = false;
    void backlog.drained().then(() => (drained = true));

    first.finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(drained).toBe(false);
    second.finish();
    await Promise.all(acknowledged);
    await vi.advanceTimersByTimeAsync(0);
    expect(drained).toBe(true);
  });

  it('stops holding after the bound, so one stuck acknowledgement cannot hold every answer', async () => {
    const backlog = createAcknowledgementBacklog(1_000);
    const stuck = heldDeferral();
    void backlog.acknowledge(stuck.run);
    let drained = false;
    void backlog.drained().then(() => (drained = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(drained).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(drained).toBe(true);
  });

  it('counts a failed acknowledgement as settled, and passes its failure on', async () => {
    const backlog = createAcknowledgementBacklog(1_000);
    await expect(
      backlog.acknowledge(async () => {
        throw new Error('Unknown interaction');
      }),
    ).rejects.toThrow('Unknown interaction');
    let drained = false;
    void backlog.drained().then(() => (drained = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(drained).toBe(true);
  });
});
