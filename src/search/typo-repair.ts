import Fuse from 'fuse.js';
import { isArabicWord } from '../text/arabic-word.js';
import { boundedEditDistance } from '../text/edit-distance.js';
import { spellingSkeleton } from '../text/skeleton.js';
import { appendTo } from './multimap.js';

export interface Suggestion {
  readonly term: string;
  /** 1 for an exact match, falling with fuse's error score. */
  readonly similarity: number;
}

/**
 * Shorter words have too many one-letter neighbours (نفط, نفت, نظير; عاصمة, عامل)
 * to correct safely; names of four letters are still matched by their spelling key.
 */
export const MIN_REPAIRABLE_LENGTH = 5;
const MIN_SKELETON_LENGTH = 4;
/** Joined halves of a name are long; short joins are more likely two unrelated words. */
const MIN_NAME_LENGTH = 6;

// Fuse's bitap score is roughly errors / pattern length: one error in four or five letters, two in eight.
const MAX_TYPO_SCORE = 0.25;
// Spelling-key matches (شويجو/شويغو) are likelier to be the same name, so they may differ more.
const MAX_SKELETON_SCORE = 0.5;
const MAX_EDITS = 2;
const MAX_SCORED = 1;
const MAX_SUGGESTIONS = 2;
const FUSE_OPTIONS = { ignoreLocation: true, isCaseSensitive: true } as const;

function deletions(word: string): string[] {
  const result: string[] = [];
  for (let i = 0; i < word.length; i += 1) result.push(word.slice(0, i) + word.slice(i + 1));
  return result;
}

function addTo(map: Map<string, string[]>, key: string, term: string): void {
  // A term's deletions repeat where it doubles a letter (مرر gives مر twice): list the term once per key.
  if (map.get(key)?.at(-1) !== term) appendTo(map, key, term);
}

/**
 * Repairs query words the index does not know: misspellings (العقوبت), and
 * transliteration variants of names (شويجو → شويغو, فلاديفستوك → فلاديفوستوك).
 *
 * Candidates come from two small inverted maps, so a lookup costs the same
 * for 500 or 500,000 known terms: one-letter deletions (SymSpell's trick:
 * two words within two edits share a deletion) and the spelling skeleton.
 * A bounded edit distance discards far candidates, fuse.js scores the few
 * left, and only close ones are kept.
 */
export class TypoRepair {
  private readonly byDeletion = new Map<string, string[]>();
  private readonly bySkeleton = new Map<string, string[]>();

  constructor(terms: Iterable<string>) {
    for (const term of terms) {
      if (term.length < MIN_SKELETON_LENGTH || !isArabicWord(term)) continue;
      addTo(this.bySkeleton, spellingSkeleton(term), term);
      if (term.length < MIN_REPAIRABLE_LENGTH) continue;
      addTo(this.byDeletion, term, term);
      for (const deleted of deletions(term)) addTo(this.byDeletion, deleted, term);
    }
  }

  /**
   * Whether a known term shares the word's spelling key: the cheap test for a
   * name written differently (بيونجيانج for بيونغيانغ), used before deciding
   * to join two unknown words.
   */
  isNameVariant(word: string): boolean {
    return word.length >= MIN_NAME_LENGTH && this.sameSkeleton(word).length > 0;
  }

  /** Known terms with the word's spelling key; keys of one or two letters (رئيس → رس, like روسيا) say nothing. */
  private sameSkeleton(word: string): readonly string[] {
    const skeleton = spellingSkeleton(word);
    return skeleton.length >= 3 ? (this.bySkeleton.get(skeleton) ?? []) : [];
  }

  suggest(word: string): Suggestion[] {
    if (word.length < MIN_SKELETON_LENGTH || !isArabicWord(word)) return [];
    const skeletonMatches = new Set(this.sameSkeleton(word));
    const candidates = new Set(skeletonMatches);
    if (word.length >= MIN_REPAIRABLE_LENGTH) {
      for (const key of [word, ...deletions(word)]) {
        for (const term of this.byDeletion.get(key) ?? []) candidates.add(term);
      }
    }
    // A cheap bound first: fuse.js is accurate but costs microseconds per comparison, so it
    // scores only the nearest candidates and the ones that share the name's spelling key.
    const close = [...candidates]
      .map((term) => ({ term, distance: boundedEditDistance(word, term, MAX_EDITS) }))
      .filter(({ term, distance }) => distance <= MAX_EDITS || skeletonMatches.has(term))
      .sort((a, b) => a.distance - b.distance || (a.term < b.term ? -1 : 1));
    const nearest = close[0]?.distance ?? MAX_EDITS;
    const scored = close.filter(({ term, distance }) => distance === nearest || skeletonMatches.has(term));

    const suggestions: Suggestion[] = [];
    for (const { term } of scored.slice(0, MAX_SCORED)) {
      const limit = skeletonMatches.has(term) ? MAX_SKELETON_SCORE : MAX_TYPO_SCORE;
      const { isMatch, score } = Fuse.match(word, term, { ...FUSE_OPTIONS, threshold: limit });
      if (isMatch && score <= limit) suggestions.push({ term, similarity: 1 - score });
    }
    suggestions.sort((a, b) => b.similarity - a.similarity || (a.term < b.term ? -1 : 1));
    return suggestions.slice(0, MAX_SUGGESTIONS);
  }
}
