import { NO_VALUES } from './multimap.js';
import type { IndexedPassage, SearchIndex } from './search-index.js';

/** Which query group a term serves, and how well; QueryTermTable is the fast one. */
export interface TermLookup {
  groupOf(termId: number): number;
  weightOf(termId: number): number;
}

/**
 * For each word of the passage, the query group it serves best (or -1) and how
 * strongly, written into `groups` and `strengths`; returns the word count.
 */
export function matchWords(
  index: SearchIndex,
  passageIndex: number,
  terms: TermLookup,
  groups: Int16Array,
  strengths: Float32Array,
): number {
  const passage = index.passages[passageIndex];
  if (!passage) throw new RangeError(`No passage ${passageIndex}`);
  const { starts, termIds, weights } = index.wordForms;
  const count = passage.tokenEnd - passage.tokenStart;
  for (let w = 0; w < count; w += 1) {
    let bestGroup = -1;
    let bestStrength = 0;
    const form = index.tokens[passage.tokenStart + w] as number;
    for (let i = starts[form] as number; i < (starts[form + 1] as number); i += 1) {
      const termId = termIds[i] as number;
      const group = terms.groupOf(termId);
      if (group < 0) continue;
      const strength = terms.weightOf(termId) * (weights[i] as number);
      if (strength > bestStrength) {
        bestStrength = strength;
        bestGroup = group;
      }
    }
    groups[w] = bestGroup;
    strengths[w] = bestStrength;
  }
  // A name standing for a question word through an alias (روسيا for موسكو) matches it too.
  for (const { offset, termId } of index.aliasWords.get(passageIndex) ?? NO_VALUES) {
    const group = terms.groupOf(termId);
    const strength = terms.weightOf(termId);
    if (group >= 0 && strength > (strengths[offset] as number)) {
      groups[offset] = group;
      strengths[offset] = strength;
    }
  }
  return count;
}

/** Word index where each sentence of the passage starts, plus the passage's word count at the end. */
export function sentenceBoundsOf(index: SearchIndex, passage: IndexedPassage): number[] {
  const bounds: number[] = [];
  for (let s = passage.sentenceStart; s < passage.sentenceEnd; s += 1) {
    bounds.push((index.sentenceTokenStarts[s] as number) - passage.tokenStart);
  }
  bounds.push(passage.tokenEnd - passage.tokenStart);
  return bounds;
}

/** Where, word by word, a passage matches the query. */
export interface PassageEvidence {
  /** For each word of the passage (in order), the strongest group it matches, or -1. */
  readonly wordGroups: Int16Array;
  readonly wordStrengths: Float32Array;
  /** Word index where each sentence of the passage starts, plus the passage's word count at the end. */
  readonly sentenceBounds: readonly number[];
}

/** Words within this distance count as near (a stop word or two may stand between). */
const NEAR = 3;

/**
 * Reads candidate passages word by word against the loaded query terms.
 * Scratch buffers are sized to the longest passage once, because reranking
 * scans many candidates per query and small typed-array allocations add up.
 */
export class PassageScanner {
  private readonly groups: Int16Array;
  private readonly strengths: Float32Array;
  private readonly lastSeen: Int32Array;
  private scannedPassage = -1;
  private scannedCount = 0;
  private scannedEvidence: PassageEvidence | undefined;

  constructor(
    private readonly index: SearchIndex,
    private readonly terms: TermLookup,
    maxGroups: number,
  ) {
    let longest = 0;
    for (const passage of index.passages) longest = Math.max(longest, passage.tokenEnd - passage.tokenStart);
    this.groups = new Int16Array(longest);
    this.strengths = new Float32Array(longest);
    this.lastSeen = new Int32Array(maxGroups + 1);
  }

  /** Find, for each word of the passage, the query group it serves best. */
  scan(passageIndex: number): void {
    this.scannedCount = matchWords(this.index, passageIndex, this.terms, this.groups, this.strengths);
    this.scannedPassage = passageIndex;
    this.scannedEvidence = undefined;
  }

  /**
   * Proximity of the scanned passage: each pair of question words that are
   * neighbours in the question and stand near each other in the passage
   * ("الحرب الباردة", "كوريا الشمالية") adds the smaller of their importances.
   * Word order is ignored: Arabic questions often reorder the text's phrase
   * (a VSO sentence in the text, SVO in the question).
   */
  proximity(importances: readonly number[]): number {
    const { groups, lastSeen } = this;
    const groupCount = importances.length;
    lastSeen.fill(-1_000_000, 0, groupCount + 1);
    // Pairs already counted, one bit per pair (g, g+1); MAX_QUERY_GROUPS keeps g below 31.
    let paired = 0;
    let score = 0;
    for (let w = 0; w < this.scannedCount; w += 1) {
      const group = groups[w] as number;
      if (group < 0) continue;
      // The pair with the previous group, then with the next one.
      for (let first = group - 1; first <= group; first += 1) {
        if (first < 0 || first + 1 >= groupCount) continue;
        const other = first === group ? group + 1 : first;
        const bit = 1 << first;
        if ((paired & bit) === 0 && w - (lastSeen[other] as number) <= NEAR) {
          paired |= bit;
          score += Math.min(importances[first] ?? 0, importances[first + 1] ?? 0);
        }
      }
      lastSeen[group] = w;
    }
    return score;
  }

  /**
   * What the last scan found, with the passage's sentence bounds. The arrays are
   * views of the scanner's buffers: use them before the next scan.
   */
  evidence(): PassageEvidence {
    if (this.scannedEvidence) return this.scannedEvidence;
    const passage = this.index.passages[this.scannedPassage];
    if (!passage) throw new RangeError('Nothing scanned yet');
    // Kept until the next scan: the answer's confidence and its excerpt read the same passage.
    this.scannedEvidence = {
      wordGroups: this.groups.subarray(0, this.scannedCount),
      wordStrengths: this.strengths.subarray(0, this.scannedCount),
      sentenceBounds: sentenceBoundsOf(this.index, passage),
    };
    return this.scannedEvidence;
  }
}

/** Per sentence: the summed importance of the distinct groups it matches, scaled by match strength. */
export function sentenceScores(evidence: PassageEvidence, importances: readonly number[]): number[] {
  const scores: number[] = [];
  const { sentenceBounds, wordGroups, wordStrengths } = evidence;
  // Each group's strongest match in the sentence, by group number.
  const best = new Float64Array(importances.length);
  for (let s = 0; s + 1 < sentenceBounds.length; s += 1) {
    best.fill(0);
    for (let w = sentenceBounds[s] as number; w < (sentenceBounds[s + 1] as number); w += 1) {
      const group = wordGroups[w] as number;
      if (group >= 0) best[group] = Math.max(best[group] ?? 0, wordStrengths[w] as number);
    }
    let score = 0;
    best.forEach((strength, group) => {
      score += (importances[group] ?? 0) * strength;
    });
    scores.push(score);
  }
  return scores;
}
