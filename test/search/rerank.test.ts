import { describe, expect, it } from 'vitest';
import type { PassageScanner } from '../../src/search/passage-evidence.js';
import type { QueryGroup } from '../../src/search/query-analysis.js';
import { COVERAGE_EXPONENT, rerank } from '../../src/search/rerank.js';
import { ALL_GROUPS, type ScoredPassage } from '../../src/search/top-k.js';

// Groups without terms pair with nothing, so no candidate is scanned for proximity and the
// scanner is never called: what is left is BM25, answer type and coverage.
const group = (word: string): QueryGroup => ({ word, terms: [], framing: false });
const groups = [group('common'), group('usual'), group('rare')];
const importances = [1, 1, 3];
const unusedScanner = {} as PassageScanner;

function rerankCandidates(candidates: ScoredPassage[], fits: (passageIndex: number) => boolean = () => true) {
  return rerank({
    candidates,
    groups,
    importances,
    scanner: unusedScanner,
    top: 3,
    answerType: undefined,
    fitsAnswerType: fits,
  });
}

describe('rerank coverage', () => {
  it('puts a passage with every question word above a higher-scoring one that lacks the rarest', () => {
    const [first, second] = rerankCandidates([
      { passageIndex: 0, score: 10, matchedGroups: 0b011 },
      { passageIndex: 1, score: 9, matchedGroups: 0b111 },
    ]);
    expect(first?.passageIndex).toBe(1);
    expect(first?.score).toBe(9);
    // Two of five importance units: the score shrinks by their share, softened by the exponent.
    expect(second?.score).toBeCloseTo(10 * (2 / 5) ** COVERAGE_EXPONENT);
  });

  it('keeps the score before coverage as the evidence score', () => {
    const reranked = rerankCandidates([
      { passageIndex: 0, score: 10, matchedGroups: 0b011 },
      { passageIndex: 1, score: 9, matchedGroups: 0b111 },
    ]);
    expect(reranked.map((ranked) => [ranked.passageIndex, ranked.evidenceScore])).toEqual([
      [1, 9],
      [0, 10],
    ]);
  });

  it('leaves a passage whose matched groups are unknown at full coverage', () => {
    const [only] = rerankCandidates([{ passageIndex: 4, score: 7, matchedGroups: ALL_GROUPS }]);
    expect(only?.score).toBe(7);
  });

  it('still ranks a passage that cannot hold the kind of answer asked for lower', () => {
    const reranked = rerankCandidates(
      [
        { passageIndex: 0, score: 10, matchedGroups: 0b111 },
        { passageIndex: 1, score: 9, matchedGroups: 0b111 },
      ],
      (passageIndex: number) => passageIndex === 1,
    );
    expect(reranked.map((ranked) => ranked.passageIndex)).toEqual([1, 0]);
  });
});

describe('rerank with evidence borrowed from the passage before', () => {
  const candidates: ScoredPassage[] = [
    { passageIndex: 0, score: 6, matchedGroups: 0b111 },
    { passageIndex: 3, score: 1, matchedGroups: 0b001 },
  ];
  const rerankBorrowing = (top: number) =>
    rerank({
      candidates,
      groups,
      importances,
      scanner: unusedScanner,
      top,
      answerType: undefined,
      fitsAnswerType: () => true,
      // Passage 3 is a sequel that takes the two words of the event it follows from passage 2.
      coveredGroups: (passageIndex, matched) => (passageIndex === 3 ? matched | 0b110 : matched),
      borrowedEvidence: { most: 8, of: (passageIndex) => (passageIndex === 3 ? 8 : 0) },
    });

  it('adds what a sequel borrows to its evidence', () => {
    expect(rerankBorrowing(3).map((ranked) => [ranked.passageIndex, ranked.evidenceScore])).toEqual([
      [3, 9],
      [0, 6],
    ]);
  });

  it('reaches a sequel whose own score alone could not enter the top answers', () => {
    expect(rerankBorrowing(1)[0]?.passageIndex).toBe(3);
  });
});
