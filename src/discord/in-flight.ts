/**
 * The work in progress, so that a shutdown can wait for it: every
 * interaction being answered is tracked until it settles, and `drain` waits
 * until none is left or a grace period runs out, whichever comes first.
 */
export interface InFlight {
  /** Tracks `work` until it settles, fulfilled or not (a rejection stays the caller's to handle). */
  track(work: Promise<void>): void;
  readonly count: number;
  /** Resolves with how many were still running when it gave up: 0 when everything finished in time. */
  drain(graceMs: number): Promise<number>;
}

export function createInFlight(): InFlight {
  const running = new Set<Promise<void>>();
  /** Called whenever one settles; `drain` listens here rather than polling. */
  const onSettled = new Set<() => void>();

  return {
    track(work) {
      running.add(work);
      const settled = () => {
        running.delete(work);
        for (const listener of onSettled) listener();
      };
      // then(settled, settled), not finally(): finally() would hand a rejection on to a promise nobody awaits.
      work.then(settled, settled);
    },
    get count() {
      return running.size;
    },
    drain(graceMs) {
      if (running.size === 0) return Promise.resolve(0);
      return new Promise((resolve) => {
        const finish = () => {
          clearTimeout(timer);
          onSettled.delete(check);
          resolve(running.size);
        };
        const check = () => {
          if (running.size === 0) finish();
        };
        const timer = setTimeout(finish, graceMs);
        onSettled.add(check);
      });
    },
  };
}
