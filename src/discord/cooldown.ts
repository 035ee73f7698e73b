/**
 * Per-user, per-command cooldown. Kept in memory on purpose: it only smooths
 * bursts, so forgetting it on restart (or per shard) costs nothing.
 */

export type CooldownCheck =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterMs: number };

export interface Cooldown {
  /** Allows the use and starts the wait, or says how long is left. */
  take(userId: string, command: string): CooldownCheck;
}

/** Past this many tracked keys, expired ones are swept so the map cannot grow without bound. */
const SWEEP_THRESHOLD = 10_000;

export function createCooldown(durationMs: number, now: () => number = Date.now): Cooldown {
  const readyAt = new Map<string, number>();

  function sweep(time: number): void {
    for (const [key, until] of readyAt) {
      if (until <= time) readyAt.delete(key);
    }
  }

  return {
    take(userId, command) {
      if (durationMs <= 0) return { allowed: true };
      const time = now();
      const key = `${userId}:${command}`;
      const until = readyAt.get(key);
      if (until !== undefined && until > time) return { allowed: false, retryAfterMs: until - time };
      if (readyAt.size >= SWEEP_THRESHOLD) sweep(time);
      readyAt.set(key, time + durationMs);
      return { allowed: true };
    },
  };
}
