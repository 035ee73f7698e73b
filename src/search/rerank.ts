import type { AnswerType } from '../text/answer-types.js';
import type { PassageScanner } from './passage-evidence.js';
import type { QueryGroup } from './query-analysis.js';
import { ALL_GROUPS, insertAt, outranks, type ScoredPassage } from './top-k.js';

/** Weight of the proximity bonus relative to BM25 (both are in idf units). */
export const PROXIMITY_WEIGHT = 0.5;
/** A passage that cannot hold the kind of answer asked for ("how many" without a number) ranks lower. */
export const WRONG_ANSWER_TYPE_RANK_FACTOR = 0.65;
/**
 * How strongly a passage's score follows its coverage, the share of the question's importance it
 * matches at all. BM25 rewards a short passage for each word it shares with the question, so one
 * that lacks the question's rarest word can outrank a longer one that has every word (a "coord"
 * factor, as in classic Lucene). The square root keeps coverage a correction, not the ranking.
 */
export const COVERAGE_EXPONENT = 0.5;

/** A reranked passage; `score` includes coverage, `evidenceScore` is BM25 and proximity alone. */
export interface RerankedPassage extends ScoredPassage {
  readonly evidenceScore: number;
}

export interface RerankInput {
  /** BM25 candidates, best first. */
  readonly candidates: readonly ScoredPassage[];
  readonly groups: readonly QueryGroup[];
  readonly importances: readonly number[];
  readonly scanner: PassageScanner;
  /** How many answers are wanted: reranking stops once no later candidate can enter them. */
  readonly top: number;
  /** The kind of answer the question asks for, if any, and whether a passage could hold it. */
  readonly answerType: AnswerType | undefined;
  readonly fitsAnswerType: (passageIndex: number, answerType: AnswerType | undefined) => boolean;
  /**
   * The groups a passage covers, as a bit mask, given those it matches, where a passage is read with
   * the one before it (see sequels.ts): a sequel ("وبعد ذلك، …") covers the words of the event the
   * question asks what came after, which the passage telling that event then does not; a paragraph
   * going on with a speaker ("وأضاف أن …") covers the words of the one that names them.
   */
  readonly coveredGroups?: (passageIndex: number, matchedGroups: number) => number;
  /**
   * Evidence a passage takes from the one before it, in BM25 units, given the groups it matches: a
   * sequel that names nothing of the event it follows ("وبعد ذلك، بدأت روسيا بتصدير النفط" for "what did
   * Russia do after the trains came back?") still answers with that event's words. `most` bounds it.
   */
  readonly borrowedEvidence?: {
    readonly most: number;
    readonly of: (passageIndex: number, matchedGroups: number) => number;
  };
}

/** Share of the question's importance in the groups a passage matches; 1 when that is not known. */
function coverage(matchedGroups: number, importances: readonly number[], total: number): number {
  if (matchedGroups === ALL_GROUPS || total <= 0) return 1;
  let covered = 0;
  for (let g = 0; g < importances.length; g += 1) {
    if ((matchedGroups & (1 << g)) !== 0) covered += importances[g] as number;
  }
  return covered / total;
}

function insertSorted(list: RerankedPassage[], item: RerankedPassage): void {
  let at = list.length;
  while (at > 0 && outranks(item.score, item.passageIndex, list[at - 1] as ScoredPassage)) at -= 1;
  insertAt(list, at, item);
}

/**
 * Reorder BM25 candidates by proximity (question words found together), answer
 * type and coverage. Proximity can add at most the bonus of every neighbouring
 * pair of question words (and a sequel what it borrows, at most `most`), and the
 * other two only lower a score, so once a
 * candidate's BM25 plus that bound cannot reach the current top answers, no
 * later candidate can either and scanning stops. Each candidate is bounded the
 * same way by the pairs it matches: one that cannot reach the top is skipped,
 * one that matches no pair is not scanned.
 */
export function rerank(input: RerankInput): RerankedPassage[] {
  const { candidates, groups, importances, scanner, top, answerType, fitsAnswerType, coveredGroups } = input;
  const { borrowedEvidence } = input;
  const mostBorrowed = borrowedEvidence?.most ?? 0;
  // pairBonus[g]: what finding groups g and g + 1 together adds (a word no passage contains pairs with nothing).
  const pairBonus = importances.map((importance, g) =>
    g + 1 < importances.length && groups[g]?.terms.length && groups[g + 1]?.terms.length
      ? PROXIMITY_WEIGHT * Math.min(importance, importances[g + 1] as number)
      : 0,
  );
  const maxBonus = pairBonus.reduce((sum, bonus) => sum + bonus, 0);
  const totalImportance = importances.reduce((sum, importance) => sum + importance, 0);
  const reranked: RerankedPassage[] = [];
  for (const candidate of candidates) {
    const { passageIndex, score, matchedGroups } = candidate;
    const bar =
      reranked.length >= top ? (reranked[top - 1] as ScoredPassage).score : Number.NEGATIVE_INFINITY;
    if (score + maxBonus + mostBorrowed < bar) break;
    // Only pairs of neighbouring question words this passage matches both of can add to it.
    let reachable = 0;
    for (let g = 0; g < pairBonus.length; g += 1) {
      if ((matchedGroups & (3 << g)) === 3 << g) reachable += pairBonus[g] as number;
    }
    if (score + reachable + mostBorrowed < bar) continue;
    let evidenceScore = score;
    if (reachable > 0) {
      scanner.scan(passageIndex);
      evidenceScore += PROXIMITY_WEIGHT * scanner.proximity(importances);
    }
    if (borrowedEvidence && matchedGroups !== ALL_GROUPS) {
      evidenceScore += borrowedEvidence.of(passageIndex, matchedGroups);
    }
    if (!fitsAnswerType(passageIndex, answerType)) evidenceScore *= WRONG_ANSWER_TYPE_RANK_FACTOR;
    const covered =
      coveredGroups && matchedGroups !== ALL_GROUPS
        ? coveredGroups(passageIndex, matchedGroups)
        : matchedGroups;
    const finalScore = evidenceScore * coverage(covered, importances, totalImportance) ** COVERAGE_EXPONENT;
    insertSorted(reranked, { passageIndex, score: finalScore, matchedGroups, evidenceScore });
  }
  return reranked;
}
