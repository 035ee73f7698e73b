import type { Logger } from './logger.js';

/**
 * What the bot process does on signals and on errors nobody caught, kept
 * apart from `main.ts` so it can be exercised with a stand-in for `process`.
 *
 * - SIGTERM / SIGINT: stop (the bot drains the interactions in flight, then
 *   disconnects) and exit 0. A repeated signal does not cut the drain short
 *   (a process manager may send more than one); the stop is bounded anyway.
 * - A promise rejected with no handler: logged, and the bot keeps serving.
 *   It is one failed operation; every other user's interaction is unaffected.
 * - An exception nobody caught: logged as fatal, then the same graceful stop,
 *   exiting 1. After a synchronous throw escaped, some state (a discord.js
 *   gateway or REST handler, say) may be half-updated, and Node documents the
 *   process as unsafe to resume. A silently broken bot would fail every user
 *   until someone noticed; exiting lets the process manager start a clean one
 *   within seconds, and the drain still lets work in flight finish.
 * - The gateway closed for good (`Lifecycle.shutdown` from the bot): the same
 *   stop, exiting 1, for the same reason: a process that can never receive an
 *   interaction again should not look healthy.
 */

/** The part of `process` used here, so tests can pass an EventEmitter. */
export interface ProcessEvents {
  on(event: 'unhandledRejection' | 'uncaughtException', listener: (reason: unknown) => void): unknown;
  on(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface LifecycleOptions {
  readonly events: ProcessEvents;
  readonly logger: Logger;
  /** Stops the bot: no new interactions, a bounded wait for those in flight, disconnect. */
  readonly stop: () => Promise<void>;
  readonly exit: (code: number) => void;
  /** A stop that hangs past this still ends in an exit. */
  readonly forceExitAfterMs: number;
}

export interface Lifecycle {
  /** The same graceful stop as a signal's, ending in `code`: for failures the bot itself detects. */
  shutdown(reason: string, code: number): Promise<void>;
}

export function handleProcessEvents({
  events,
  logger,
  stop,
  exit,
  forceExitAfterMs,
}: LifecycleOptions): Lifecycle {
  let stopping = false;

  async function shutdown(reason: string, code: number): Promise<void> {
    if (stopping) {
      logger.info({ reason }, 'already shutting down');
      return;
    }
    stopping = true;
    logger.info({ reason }, 'shutting down');
    const force = setTimeout(() => {
      logger.error({ reason, forceExitAfterMs }, 'shutdown took too long: exiting anyway');
      exit(code);
    }, forceExitAfterMs);
    try {
      await stop();
    } catch (error) {
      logger.error({ err: error }, 'could not stop cleanly');
    } finally {
      clearTimeout(force);
    }
    exit(code);
  }

  events.on('SIGINT', (signal) => void shutdown(signal, 0));
  events.on('SIGTERM', (signal) => void shutdown(signal, 0));
  events.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  events.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    void shutdown('uncaught exception', 1);
  });
  return { shutdown };
}
