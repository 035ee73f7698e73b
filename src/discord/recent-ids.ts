/**
 * Remembers the last `capacity` ids seen, to tell a first delivery from a
 * repeat. Discord may deliver an interaction twice (a replay on resume, an
 * event sent again after a reconnect); answering it twice would send a second
 * acknowledgement that Discord refuses. Memory stays bounded: an interaction
 * can be answered for only 3 seconds, so a few thousand ids cover any repeat.
 */
export interface RecentIds {
  /** True the first time `id` is seen (within the last `capacity` ids), false for a repeat. */
  firstTime(id: string): boolean;
}

export function createRecentIds(capacity: number): RecentIds {
  const seen = new Set<string>();
  const order: string[] = new Array(capacity);
  let next = 0;
  return {
    firstTime(id) {
      if (seen.has(id)) return false;
      const evicted = order[next];
      if (evicted !== undefined) seen.delete(evicted);
      order[next] = id;
      next = (next + 1) % capacity;
      seen.add(id);
      return true;
    },
  };
}
