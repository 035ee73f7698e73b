/** Long enough for a cold bot to answer, short enough that a missing answer fails well inside a test's budget. */
export const DEFAULT_WAIT_MS = 10_000;

interface Waiter<T> {
  readonly matches: (entry: T) => boolean;
  readonly resolve: (entry: T) => void;
}

/**
 * An append-only record of things the fake saw, which tests can also wait on.
 * Waiting is event driven: a waiter is resolved the moment a matching entry is
 * appended (or at once if one already was), and rejected with a message naming
 * what it waited for when the bounded timeout runs out.
 */
export class EventLog<T> {
  readonly #entries: T[] = [];
  readonly #waiters = new Set<Waiter<T>>();

  get entries(): readonly T[] {
    return this.#entries;
  }

  append(entry: T): void {
    this.#entries.push(entry);
    for (const waiter of this.#waiters) {
      if (waiter.matches(entry)) {
        this.#waiters.delete(waiter);
        waiter.resolve(entry);
      }
    }
  }

  /** The first entry, past or future, that matches; `what` describes it in the timeout error. */
  waitFor(matches: (entry: T) => boolean, what: string, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
    const existing = this.#entries.find(matches);
    if (existing !== undefined) return Promise.resolve(existing);
    return this.#wait(matches, what, timeoutMs);
  }

  /** The first matching entry appended from now on, ignoring those already there (a second IDENTIFY, say). */
  waitForNext(matches: (entry: T) => boolean, what: string, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
    return this.#wait(matches, what, timeoutMs);
  }

  #wait(matches: (entry: T) => boolean, what: string, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        matches,
        resolve: (entry) => {
          clearTimeout(timer);
          resolve(entry);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }
}
