import { bm25Idf, bm25TermWeight } from './bm25.js';
import { DeferredScorer } from './deferred-scoring.js';
import { NO_VALUES } from './multimap.js';
import type { QueryGroup, QueryTerm } from './query-analysis.js';
import type { SearchIndex } from './search-index.js';
import { titledPassageCount } from './title-field.js';
import { outranks, type ScoredPassage, TopK } from './top-k.js';

export type { ScoredPassage } from './top-k.js';

/**
 * How much a question word no passage contains counts against confidence: about
 * the idf of a word found once in a small article. It is fixed rather than
 * growing with the corpus, since a word's absence means as much in 20 passages as
 * in 20,000, while a rare word's presence means more in the larger corpus.
 */
const UNKNOWN_WORD_IMPORTANCE = 2.5;
/** A framing word ("number", "reason") counts this much of a topic word toward confidence. */
const FRAMING_IMPORTANCE = 0.3;
/**
 * Terms in more passages than this (body, or under titles that have them) are
 * not scanned in full (MaxScore-style pruning): they are common, so each adds little, yet reading their postings
 * would dominate a query over a large corpus. They are scored only for the
 * best candidates found through the rarer terms. No term of a corpus under
 * this size is ever deferred, so small corpora are ranked exactly.
 */
const DEFERRED_DOCUMENT_FREQUENCY = 1024;
/** How many candidates, found through rare terms, the deferred common terms are added to. */
const DEFERRED_CANDIDATES = 128;

const NONE: readonly QueryTerm[] = [];

export interface RankingScope {
  /** Passages considered: [from, to). */
  readonly from: number;
  readonly to: number;
}

/**
 * BM25 over query groups with per-group disjunction-max. Scratch buffers are
 * sized to the corpus once and reset through a touched-list, so a query costs
 * what its postings cost, not what the corpus costs.
 */
export class Ranker {
  private readonly scores: Float64Array;
  private readonly groupBest: Float64Array;
  /** Bit g set when the passage matched group g through a term scanned in full. */
  private readonly matchedGroups: Uint32Array;
  private readonly touched: Uint32Array;
  private readonly touchedInGroup: Uint32Array;
  private readonly isTouched: Uint8Array;
  private readonly inGroup: Uint8Array;
  private groupTouched = 0;
  private readonly deferredScorer: DeferredScorer;
  /** Scores a single passage on every group, for the sequels added by withSequels. */
  private readonly passageScorer: DeferredScorer;
  /** Whether any term can be common enough to defer: never in a corpus of a few hundred passages. */
  private readonly deferrable: boolean;
  private readonly noneDeferred: readonly (readonly QueryTerm[])[];

  constructor(
    private readonly index: SearchIndex,
    maxGroups: number,
  ) {
    this.deferredScorer = new DeferredScorer(index, maxGroups);
    this.passageScorer = new DeferredScorer(index, maxGroups);
    const n = index.passages.length;
    // A term counts each passage at most twice (body and title), so below this nothing is common.
    this.deferrable = 2 * n > DEFERRED_DOCUMENT_FREQUENCY;
    // Shared by every query of a corpus too small to defer anything, rather than made for each.
    this.noneDeferred = new Array<readonly QueryTerm[]>(maxGroups).fill(NONE);
    this.scores = new Float64Array(n);
    this.groupBest = new Float64Array(n);
    this.matchedGroups = new Uint32Array(n);
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
    const deferred = this.deferrable ? this.deferredTerms(groups) : this.noneDeferred;

    let touchedCount = 0;
    groups.forEach((group, g) => {
      const scanned = deferred[g]?.length
        ? group.terms.filter((term) => !deferred[g]?.includes(term))
        : group.terms;
      const groupTouched = this.scoreGroup(scanned, scope);
      for (let i = 0; i < groupTouched; i += 1) {
        const p = this.touchedInGroup[i] as number;
        if (this.isTouched[p] === 0) {
          this.isTouched[p] = 1;
          this.touched[touchedCount] = p;
          touchedCount += 1;
        }
        this.scores[p] = (this.scores[p] as number) + (this.groupBest[p] as number);
        this.matchedGroups[p] = (this.matchedGroups[p] as number) | (1 << g);
        this.groupBest[p] = 0;
        this.inGroup[p] = 0;
      }
    });

    const hasDeferred = this.deferrable && deferred.some((terms) => terms.length > 0);
    const best = new TopK(hasDeferred ? Math.max(DEFERRED_CANDIDATES, limit) : limit);
    for (let i = 0; i < touchedCount; i += 1) {
      const p = this.touched[i] as number;
      best.offer(p, this.scores[p] as number, this.matchedGroups[p] as number);
    }
    // Read before the scratch buffers are cleared below.
    const matched = hasDeferred
      ? new Map(
          best.items.map(({ passageIndex }) => [passageIndex, this.matchedGroups[passageIndex] as number]),
        )
      : undefined;
    for (let i = 0; i < touchedCount; i += 1) {
      const p = this.touched[i] as number;
      this.scores[p] = 0;
      this.matchedGroups[p] = 0;
      this.isTouched[p] = 0;
    }
    if (!matched) return best.items;

    this.deferredScorer.load(deferred);
    const rescored = new TopK(limit);
    for (const { passageIndex, score } of best.items) {
      // A group already matched through a rarer reading keeps that (stronger) match.
      rescored.offer(
        passageIndex,
        score + this.deferredScorer.score(passageIndex, matched.get(passageIndex) ?? 0),
      );
    }
    return rescored.items;
  }

  /**
   * The candidates with the sequels (see sequels.ts) of those followed by one, scored by BM25 as the
   * others are, best first. For a question about what came after an event: the paragraph telling the
   * event ranks high, while its sequel may share no more than a word with the question.
   */
  withSequels(
    candidates: readonly ScoredPassage[],
    groups: readonly QueryGroup[],
    scope: RankingScope,
  ): readonly ScoredPassage[] {
    const { passages } = this.index;
    const sequels: ScoredPassage[] = [];
    for (const { passageIndex } of candidates) {
      const next = passageIndex + 1;
      if (next >= scope.to || passages[next]?.continuation !== 'sequel') continue;
      if (candidates.some((c) => c.passageIndex === next)) continue;
      if (sequels.length === 0) this.passageScorer.load(groups.map((group) => group.terms));
      const score = this.passageScorer.score(next, 0);
      sequels.push({ passageIndex: next, score, matchedGroups: this.passageScorer.matchedGroups });
    }
    if (sequels.length === 0) return candidates;
    return [...candidates, ...sequels].sort((a, b) =>
      outranks(a.score, a.passageIndex, b) ? -1 : outranks(b.score, b.passageIndex, a) ? 1 : 0,
    );
  }

  /** Each group's terms too common to read in full, one list per group. */
  private deferredTerms(groups: readonly QueryGroup[]): readonly (readonly QueryTerm[])[] {
    const deferred = groups.map((group) => group.terms.filter(({ termId }) => this.isCommon(termId)));
    // With every term common, candidates come from the single rarest term, scanned in full.
    if (deferred.every((terms, g) => terms.length === (groups[g] as QueryGroup).terms.length)) {
      const rarest = this.rarestTerm(groups);
      if (rarest)
        deferred[rarest.group] = deferred[rarest.group]?.filter((term) => term !== rarest.term) ?? [];
    }
    return deferred;
  }

  private rarestTerm(groups: readonly QueryGroup[]): { group: number; term: QueryTerm } | undefined {
    let rarest: { group: number; term: QueryTerm; frequency: number } | undefined;
    groups.forEach((group, g) => {
      for (const term of group.terms) {
        const frequency = this.index.postings.documentFrequency(term.termId);
        if (!rarest || frequency < rarest.frequency) rarest = { group: g, term, frequency };
      }
    });
    return rarest;
  }

  /** Whether reading the term's postings (and the passages under the titles that hold it) costs too much. */
  private isCommon(termId: number): boolean {
    const { postings, titles } = this.index;
    return (
      postings.documentFrequency(termId) + titledPassageCount(titles, termId) > DEFERRED_DOCUMENT_FREQUENCY
    );
  }

  /** Fill groupBest for one group's terms; returns how many passages they touched. */
  private scoreGroup(terms: readonly QueryTerm[], scope: RankingScope): number {
    const { postings, passageLengths, averageLength, titles } = this.index;
    const n = passageLengths.length;
    this.groupTouched = 0;
    for (const { termId, weight } of terms) {
      const idf = bm25Idf(postings.documentFrequency(termId), n);
      const end = postings.starts[termId + 1] ?? 0;
      for (let i = postings.starts[termId] ?? 0; i < end; i += 1) {
        const p = postings.passages[i] as number;
        if (p < scope.from || p >= scope.to) continue;
        const tf = postings.frequencies[i] as number;
        this.offer(p, weight * idf * bm25TermWeight(tf, passageLengths[p] as number, averageLength));
      }
      for (const key of titles.postings.get(termId) ?? NO_VALUES) {
        const from = Math.max(scope.from, titles.ranges[key * 2] as number);
        const to = Math.min(scope.to, titles.ranges[key * 2 + 1] as number);
        const value = weight * (titles.weights[key] as number) * idf;
        for (let p = from; p < to; p += 1) this.offer(p, value);
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
