import { GrowableUint32Array } from './growable-array.js';
import type { TermDictionary } from './term-dictionary.js';
import { INDEX_WEIGHT, READING_KINDS, type WordTerm } from './word-terms.js';

/**
 * The terms of every distinct word form, in flat typed arrays: the terms of
 * form f are at [starts[f], starts[f + 1]). Scanning passages reads these for
 * every word, and large corpora have hundreds of thousands of forms, so one
 * flat table beats an object with three small arrays per form in both speed
 * and memory.
 */
export class WordFormTable {
  private constructor(
    readonly starts: Uint32Array,
    readonly termIds: Int32Array,
    /** Term-frequency weight of each term (INDEX_WEIGHT of its reading kind). */
    readonly weights: Float32Array,
    /** Reading kind of each term, as an index into READING_KINDS. */
    readonly kinds: Uint8Array,
  ) {}

  static build(formTerms: Iterable<readonly WordTerm[]>, dictionary: TermDictionary): WordFormTable {
    const starts = new GrowableUint32Array();
    const termIds = new GrowableUint32Array();
    const kinds = new GrowableUint32Array();
    for (const terms of formTerms) {
      starts.push(termIds.length);
      for (const { term, kind } of terms) {
        termIds.push(dictionary.intern(term));
        kinds.push(READING_KINDS.indexOf(kind));
      }
    }
    starts.push(termIds.length);
    const kindArray = Uint8Array.from(kinds.toArray());
    return new WordFormTable(
      starts.toArray(),
      Int32Array.from(termIds.toArray()),
      Float32Array.from(kindArray, (kind) => INDEX_WEIGHT[READING_KINDS[kind] ?? 'root']),
      kindArray,
    );
  }

  /** Number of forms. */
  get size(): number {
    return this.starts.length - 1;
  }

  /** Whether the form is a stop word (it has no terms). */
  isEmpty(form: number): boolean {
    return this.starts[form] === this.starts[form + 1];
  }

  /** The term ids of one form (a view, not a copy). */
  termsOf(form: number): Int32Array {
    return this.termIds.subarray(this.starts[form], this.starts[form + 1]);
  }
}
