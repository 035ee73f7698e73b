import { bm25Idf, bm25TermWeight } from './bm25.js';
import type { QueryTerm } from './query-analysis.js';
import { QueryTermTable } from './query-term-table.js';
import type { SearchIndex } from './search-index.js';
import { titleWeightOf } from './title-field.js';

/**
 * Scores common ("deferred") query terms for a few candidate passages by
 * reading each candidate's own words, not the terms' postings: postings of a
 * common term are long, and binary-searching them for every candidate costs a
 * cache miss per step, while a passage's words sit together in the token stream.
 */
export class DeferredScorer {
  private readonly table: QueryTermTable;
  private readonly frequencies: Float32Array;
  private readonly seen: number[] = [];
  private readonly groupBest: Float64Array;
  private deferred: readonly (readonly QueryTerm[])[] = [];

  constructor(
    private readonly index: SearchIndex,
    maxGroups: number,
  ) {
    this.table = new QueryTermTable(index.dictionary.size);
    this.frequencies = new Float32Array(index.dictionary.size);
    this.groupBest = new Float64Array(maxGroups);
  }

  /** The deferred terms of each query group (empty lists for groups with none). */
  load(deferred: readonly (readonly QueryTerm[])[]): void {
    this.deferred = deferred;
    this.table.load(deferred.map((terms) => ({ word: '', terms, framing: false })));
  }

  /** The groups the last `score` found in its passage, one bit each. */
  matchedGroups = 0;

  /** Sum over groups of the best deferred term's BM25 contribution; groups whose bit is set in `skip` are left out. */
  score(passageIndex: number, skip: number): number {
    const { index, table, frequencies, seen, groupBest } = this;
    const { tokens, wordForms, postings, passageLengths, averageLength, titles } = index;
    const passage = index.passages[passageIndex];
    if (!passage) return 0;
    for (let t = passage.tokenStart; t < passage.tokenEnd; t += 1) {
      const form = tokens[t] as number;
      for (let i = wordForms.starts[form] as number; i < (wordForms.starts[form + 1] as number); i += 1) {
        const termId = wordForms.termIds[i] as number;
        const group = table.groupOf(termId);
        if (group < 0 || (skip & (1 << group)) !== 0) continue;
        if (frequencies[termId] === 0) seen.push(termId);
        frequencies[termId] = (frequencies[termId] as number) + (wordForms.weights[i] as number);
      }
    }
    groupBest.fill(0, 0, this.deferred.length);
    const n = passageLengths.length;
    const length = passageLengths[passageIndex] as number;
    for (const termId of seen) {
      const idf = bm25Idf(postings.documentFrequency(termId), n);
      const value =
        table.weightOf(termId) * idf * bm25TermWeight(frequencies[termId] as number, length, averageLength);
      const group = table.groupOf(termId);
      if (value > (groupBest[group] as number)) groupBest[group] = value;
      frequencies[termId] = 0;
    }
    seen.length = 0;
    let total = 0;
    this.matchedGroups = 0;
    this.deferred.forEach((terms, group) => {
      if ((skip & (1 << group)) !== 0) return;
      for (const { termId, weight } of terms) {
        const titleWeight = titleWeightOf(titles, termId, passage);
        if (titleWeight === 0) continue;
        const value = weight * titleWeight * bm25Idf(postings.documentFrequency(termId), n);
        if (value > (groupBest[group] as number)) groupBest[group] = value;
      }
      if ((groupBest[group] as number) > 0) this.matchedGroups |= 1 << group;
      total += groupBest[group] as number;
    });
    return total;
  }
}
