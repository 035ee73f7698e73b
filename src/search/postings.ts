import { GrowableFloat32Array, GrowableUint32Array } from './growable-array.js';
import { sortedIndexOf } from './sorted.js';

/**
 * Every term's postings (passages holding it, with term frequencies) in
 * compressed sparse rows: the postings of term t are at [starts[t], starts[t + 1])
 * of two flat arrays, passages ascending. Three arrays in all, whatever the
 * vocabulary size, instead of two small arrays per term.
 */
export class PostingsTable {
  constructor(
    readonly starts: Uint32Array,
    readonly passages: Uint32Array,
    readonly frequencies: Float32Array,
  ) {}

  /** Number of passages holding the term. */
  documentFrequency(termId: number): number {
    return ((this.starts[termId + 1] ?? 0) as number) - ((this.starts[termId] ?? 0) as number);
  }

  /** The passages holding the term, ascending (a view, not a copy). */
  passagesOf(termId: number): Uint32Array {
    return this.passages.subarray(this.starts[termId] ?? 0, this.starts[termId + 1] ?? 0);
  }

  contains(termId: number, passage: number): boolean {
    return this.indexOf(termId, passage) !== -1;
  }

  /** Where the posting of `passage` for the term sits in the flat arrays (binary search), or -1. */
  indexOf(termId: number, passage: number): number {
    return sortedIndexOf(this.passages, passage, this.starts[termId] ?? 0, this.starts[termId + 1] ?? 0);
  }
}

/** Collects (term, passage, frequency) entries passage by passage, then sorts them by term once. */
export class PostingsBuilder {
  private readonly terms = new GrowableUint32Array();
  private readonly passages = new GrowableUint32Array();
  private readonly frequencies = new GrowableFloat32Array();

  /** Record that `passage` holds `termId`; passages must be added in ascending order. */
  add(termId: number, passage: number, frequency: number): void {
    this.terms.push(termId);
    this.passages.push(passage);
    this.frequencies.push(frequency);
  }

  build(termCount: number): PostingsTable {
    // Counting sort by term: stable, so each term's passages stay ascending.
    const starts = new Uint32Array(termCount + 1);
    for (let i = 0; i < this.terms.length; i += 1) {
      const term = this.terms.at(i);
      starts[term + 1] = (starts[term + 1] as number) + 1;
    }
    for (let t = 0; t < termCount; t += 1) starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number);
    const next = starts.slice(0, termCount);
    const passages = new Uint32Array(this.terms.length);
    const frequencies = new Float32Array(this.terms.length);
    for (let i = 0; i < this.terms.length; i += 1) {
      const term = this.terms.at(i);
      const at = next[term] as number;
      next[term] = at + 1;
      passages[at] = this.passages.at(i);
      frequencies[at] = this.frequencies.at(i);
    }
    return new PostingsTable(starts, passages, frequencies);
  }
}
