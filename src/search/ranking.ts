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

/** Higher score first; ties go to the earlier passage, so results are deterministic. */
function outranks(score: number, passageIndex: number, other: ScoredPassage): boolean {
  return score > other.score || (score === other.score && passageIndex < other.passageIndex);
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
  private groupTouched = 0;

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
        idf = Math.max(idf, bm25Idf(this.index.postings.documentFrequency(termId), n));
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

    // Keep only the best `limit` (a short sorted list): sorting every touched passage would cost
    // more than scoring them once a query touches tens of thousands.
    const best: ScoredPassage[] = [];
    for (let i = 0; i < touchedCount; i += 1) {
      const p = this.touched[i] as number;
      const score = this.scores[p] as number;
      this.scores[p] = 0;
      this.isTouched[p] = 0;
      if (best.length === limit) {
        if (!outranks(score, p, best[limit - 1] as ScoredPassage)) continue;
        best.pop();
      }
      let at = best.length;
      while (at > 0 && outranks(score, p, best[at - 1] as ScoredPassage)) at -= 1;
      best.splice(at, 0, { passageIndex: p, score });
    }
    return best;
  }

  /** Fill groupBest for one group; returns how many passages it touched. */
  private scoreGroup(group: QueryGroup, scope: RankingScope): number {
    const { postings, passageLengths, averageLength, titlePostings, sectionRanges } = this.index;
    const n = passageLengths.length;
    this.groupTouched = 0;
    for (const { termId, weight } of group.terms) {
      const idf = bm25Idf(postings.documentFrequency(termId), n);
      const end = postings.starts[termId + 1] ?? 0;
      for (let i = postings.starts[termId] ?? 0; i < end; i += 1) {
        const p = postings.passages[i] as number;
        if (p < scope.from || p >= scope.to) continue;
        const tf = postings.frequencies[i] as number;
        this.offer(p, weight * idf * bm25TermWeight(tf, passageLengths[p] as number, averageLength));
      }
      const sections = titlePostings.get(termId);
      if (!sections) continue;
      for (const sectionKey of sections) {
        const from = Math.max(scope.from, sectionRanges[sectionKey * 2] as number);
        const to = Math.min(scope.to, sectionRanges[sectionKey * 2 + 1] as number);
        for (let p = from; p < to; p += 1) this.offer(p, weight * TITLE_WEIGHT * idf);
      }
    }
    return this.groupTouched;
  }

  private offer(p: number, value: number): void {
    if (this.inGroup[p] === 0) {
      this.inGroup[p] = 1;
      this.touchedInGroup[this.groupTouched] = p;
      this.groupTouched += 1;
    }
    if (value > (this.groupBest[p] as number)) this.groupBest[p] = value;
  }
}
