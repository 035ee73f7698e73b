import { bm25Idf, bm25TermWeight } from './bm25.js';
import type { QueryGroup } from './query-analysis.js';
import type { SearchIndex } from './search-index.js';

/** Section titles are weak evidence: a passage sits under a title but rarely repeats it. */
export const TITLE_WEIGHT = 0.3;
/**
 * How much a question word no passage contains counts against confidence: about
 * the idf of a word found once in a small article. It is fixed rather than
 * growing with the corpus, since a word's absence means as much in 20 passages as
 * in 20,000, while a rare word's presence means more in the larger corpus.
 */
const UNKNOWN_WORD_IMPORTANCE = 2.5;
/** A framing word ("number", "reason") counts this much of a topic word toward confidence. */
const FRAMING_IMPORTANCE = 0.3;

export interface ScoredPassage {
  readonly passageIndex: number;
  readonly score: number;
}

export interface RankingScope {
  /** Passages considered: [from, to). */
  readonly from: number;
  readonly to: number;
}

/**
 * BM25 over query groups with per-group disjunction-max. Scratch buffers are sized to the corpus once and
 * reset through a touched-list, so a query costs what its postings cost, not
 * what the corpus costs.
 */
export class Ranker {
  private readonly scores: Float64Array;
  private readonly groupBest: Float64Array;
  private readonly touched: Uint32Array;
  private readonly touchedInGroup: Uint32Array;
  private readonly isTouched: Uint8Array;
  private readonly inGroup: Uint8Array;

  constructor(private readonly index: SearchIndex) {
    const n = index.passages.length;
    this.scores = new Float64Array(n);
    this.groupBest = new Float64Array(n);
    this.touched = new Uint32Array(n);
    this.touchedInGroup = new Uint32Array(n);
    this.isTouched = new Uint8Array(n);
    this.inGroup = new Uint8Array(n);
  }

  /** How much each group matters: its rarest reading's idf, lowered for framing words. */
  importance(group: QueryGroup): number {
    const n = this.index.passages.length;
    let idf = UNKNOWN_WORD_IMPORTANCE;
    if (group.terms.length > 0) {
      idf = 0;
      for (const { termId } of group.terms) {
        idf = Math.max(idf, bm25Idf(this.index.postings[termId]?.passages.length ?? 0, n));
      }
    }
    return group.framing ? idf * FRAMING_IMPORTANCE : idf;
  }

  rank(groups: readonly QueryGroup[], scope: RankingScope, limit: number): ScoredPassage[] {
    let touchedCount = 0;
    for (const group of groups) {
      const groupTouched = this.scoreGroup(group, scope);
      for (let i = 0; i < groupTouched; i += 1) {
        const p = this.touchedInGroup[i] as number;
        if (this.isTouched[p] === 0) {
          this.isTouched[p] = 1;
          this.touched[touchedCount] = p;
          touchedCount += 1;
        }
        this.scores[p] = (this.scores[p] as number) + (this.groupBest[p] as number);
        this.groupBest[p] = 0;
        this.inGroup[p] = 0;
      }
    }

    const results: ScoredPassage[] = [];
    for (let i = 0; i < touchedCount; i += 1) {
      const p = this.touched[i] as number;
      results.push({ passageIndex: p, score: this.scores[p] as number });
      this.scores[p] = 0;
      this.isTouched[p] = 0;
    }
    // Ties break on reading order so results are deterministic.
    results.sort((a, b) => b.score - a.score || a.passageIndex - b.passageIndex);
    return results.slice(0, limit);
  }

  /** Fill groupBest for one group; returns how many passages it touched. */
  private scoreGroup(group: QueryGroup, scope: RankingScope): number {
    const { postings, passages, averageLength, titlePostings, sectionRanges } = this.index;
    const n = passages.length;
    let count = 0;
    const offer = (p: number, value: number): void => {
      if (this.inGroup[p] === 0) {
        this.inGroup[p] = 1;
        this.touchedInGroup[count] = p;
        count += 1;
      }
      if (value > (this.groupBest[p] as number)) this.groupBest[p] = value;
    };
    for (const { termId, weight } of group.terms) {
      const list = postings[termId];
      if (!list) continue;
      const idf = bm25Idf(list.passages.length, n);
      for (let i = 0; i < list.passages.length; i += 1) {
        const p = list.passages[i] as number;
        if (p < scope.from || p >= scope.to) continue;
        const tf = list.frequencies[i] as number;
        const length = (passages[p] as { length: number }).length;
        offer(p, weight * idf * bm25TermWeight(tf, length, averageLength));
      }
      const sections = titlePostings.get(termId);
      if (!sections) continue;
      for (const sectionKey of sections) {
        const from = Math.max(scope.from, sectionRanges[sectionKey * 2] as number);
        const to = Math.min(scope.to, sectionRanges[sectionKey * 2 + 1] as number);
        for (let p = from; p < to; p += 1) offer(p, weight * TITLE_WEIGHT * idf);
      }
    }
    return count;
  }
}
