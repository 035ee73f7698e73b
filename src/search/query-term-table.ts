import type { QueryGroup } from './query-analysis.js';

/**
 * Which query group each term serves, as flat arrays indexed by term id, so
 * scanning a passage's words costs one array read per term instead of a map
 * lookup. Sized to the dictionary once per engine; `load` fills only the
 * query's terms and `clear` resets just those, keeping a query's cost
 * independent of the corpus size.
 */
export class QueryTermTable {
  private readonly groups: Int16Array;
  private readonly weights: Float32Array;
  private readonly loaded: number[] = [];

  constructor(termCount: number) {
    this.groups = new Int16Array(termCount).fill(-1);
    this.weights = new Float32Array(termCount);
  }

  load(groups: readonly QueryGroup[]): void {
    this.clear();
    groups.forEach((group, g) => {
      for (const { termId, weight } of group.terms) {
        // A term serving two groups counts for the one it serves best.
        if ((this.groups[termId] as number) === -1) this.loaded.push(termId);
        else if ((this.weights[termId] as number) >= weight) continue;
        this.groups[termId] = g;
        this.weights[termId] = weight;
      }
    });
  }

  clear(): void {
    for (const termId of this.loaded) {
      this.groups[termId] = -1;
      this.weights[termId] = 0;
    }
    this.loaded.length = 0;
  }

  /** The group a term serves, or -1. */
  groupOf(termId: number): number {
    return this.groups[termId] as number;
  }

  weightOf(termId: number): number {
    return this.weights[termId] as number;
  }
}
