import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/discord/logger.js';
import { handleProcessEvents } from '../../src/discord/process-lifecycle.js';
import { jsonLines } from './helpers/log-lines.js';

const FORCE_EXIT_AFTER_MS = 8_000;

/** An EventEmitter standing in for `process`, a stop the test controls, and the exits asked for. */
function setup({ stop = async () => undefined }: { stop?: () => Promise<void> } = {}) {
  const events = new EventEmitter();
  const { lines, stream } = jsonLines();
  const exits: number[] = [];
  const stops = vi.fn(stop);
  const lifecycle = handleProcessEvents({
    events,
    logger: createLogger('info', stream),
    stop: stops,
    exit: (code) => exits.push(code),
    forceExitAfterMs: FORCE_EXIT_AFTER_MS,
  });
  return { events, lines, exits, stops, lifecycle };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the bot process', () => {
  it('stops the same graceful way and exits with the code given when the bot asks to shut down', async () => {
    const { events, lines, exits, stops, lifecycle } = setup();
    await lifecycle.shutdown('gateway closed for good (4004)', 1);
    events.emit('SIGTERM', 'SIGTERM');
    await vi.advanceTimersByTimeAsync(0);
    expect(stops).toHaveBeenCalledOnce();
    expect(exits).toEqual([1]);
    expect(lines[0]).toMatchObject({ msg: 'shutting down', reason: 'gateway closed for good (4004)' });
  });

  it.each(['SIGTERM', 'SIGINT'])('stops the bot on %s, then exits 0', async (signal) => {
    const { events, lines, exits, stops } = setup();
    events.emit(signal, signal);
    await vi.advanceTimersByTimeAsync(0);
    expect(stops).toHaveBeenCalledOnce();
    expect(exits).toEqual([0]);
    expect(lines[0]).toMatchObject({ msg: 'shutting down', reason: signal });
  });

  it('exits only once the stop has finished, and stops once however many signals come', async () => {
    let finish: () => void = () => undefined;
    const { events, exits, stops } = setup({ stop: () => new Promise((resolve) => (finish = resolve)) });
    events.emit('SIGTERM', 'SIGTERM');
    events.emit('SIGTERM', 'SIGTERM');
    events.emit('SIGINT', 'SIGINT');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(exits).toEqual([]);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(stops).toHaveBeenCalledOnce();
    expect(exits).toEqual([0]);
  });

  it('exits anyway when the stop hangs', async () => {
    const { events, lines, exits } = setup({ stop: () => new Promise(() => undefined) });
    events.emit('SIGTERM', 'SIGTERM');
    await vi.advanceTimersByTimeAsync(FORCE_EXIT_AFTER_MS);
    expect(exits).toEqual([0]);
    expect(lines.at(-1)).toMatchObject({ level: 50, msg: 'shutdown took too long: exiting anyway' });
  });

  it('logs a promise rejected with no handler and keeps serving', async () => {
    const { events, lines, exits, stops } = setup();
    events.emit('unhandledRejection', new Error('nobody awaited this'));
    await vi.advanceTimersByTimeAsync(FORCE_EXIT_AFTER_MS);
    expect(lines).toEqual([expect.objectContaining({ level: 50, msg: 'unhandled rejection' })]);
    expect(JSON.stringify(lines[0])).toContain('nobody awaited this');
    expect(stops).not.toHaveBeenCalled();
    expect(exits).toEqual([]);
  });

  it('logs an uncaught exception as fatal, stops gracefully and exits 1 for the process manager to restart it', async () => {
    const { events, lines, exits, stops } = setup();
    events.emit('uncaughtException', new Error('state is undefined now'));
    await vi.advanceTimersByTimeAsync(0);
    expect(lines[0]).toMatchObject({ level: 60, msg: 'uncaught exception' });
    expect(stops).toHaveBeenCalledOnce();
    expect(exits).toEqual([1]);
  });

  it('still exits when stopping fails, after logging why', async () => {
    const { events, lines, exits } = setup({
      stop: async () => {
        throw new Error('disconnect failed');
      },
    });
    events.emit('SIGTERM', 'SIGTERM');
    await vi.advanceTimersByTimeAsync(0);
    expect(lines.map((line) => line.msg)).toContain('could not stop cleanly');
    expect(exits).toEqual([0]);
  });
});
