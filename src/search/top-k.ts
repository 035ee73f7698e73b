/** A passage with its score. */
export interface ScoredPassage {
  readonly passageIndex: number;
  readonly score: number;
  /** Bit g set when the passage matches query group g (all bits set when unknown). */
  readonly matchedGroups: number;
}

/** The mask used when which groups a passage matches is not known. */
export const ALL_GROUPS = -1;

/** Higher score first; ties go to the earlier passage, so results are deterministic. */
export function outranks(score: number, passageIndex: number, other: ScoredPassage): boolean {
  return score > other.score || (score === other.score && passageIndex < other.passageIndex);
}

/**
 * Puts the item at `at`, moving the later ones up: as `splice` would, without the array of removed
 * items it allocates on every call, which adds up over the thousands of insertions of a busy bot.
 */
export function insertAt<T>(list: T[], at: number, item: T): void {
  list.push(item);
  for (let i = list.length - 1; i > at; i -= 1) list[i] = list[i - 1] as T;
  list[at] = item;
}

/**
 * Keeps the best `limit` passages offered, best first, in a short sorted list:
 * sorting every candidate would cost more than scoring them once a query
 * touches tens of thousands of passages.
 */
export class TopK {
  readonly items: ScoredPassage[] = [];

  constructor(private readonly limit: number) {}

  offer(passageIndex: number, score: number, matchedGroups = ALL_GROUPS): void {
    const { items, limit } = this;
    if (items.length === limit) {
      if (!outranks(score, passageIndex, items[limit - 1] as ScoredPassage)) return;
      items.pop();
    }
    let at = items.length;
    while (at > 0 && outranks(score, passageIndex, items[at - 1] as ScoredPassage)) at -= 1;
    insertAt(items, at, { passageIndex, score, matchedGroups });
  }
}
