import Fuse from 'fuse.js';
import { isArabicWord } from '../text/arabic-word.js';
import { boundedEditDistance } from '../text/edit-distance.js';
import { spellingSkeleton } from '../text/skeleton.js';
import { appendTo } from './multimap.js';

export interface Suggestion {
  readonly term: string;
  /** 1 for an exact match, falling with fuse's error score. */
  readonly similarity: number;
  /** The known spelling the word was matched to: the term, or a word form standing for it. */
  readonly spelling: string;
}

/**
 * Shorter words have too many one-letter neighbours (نفط, نفت, نظير; عاصمة, عامل)
 * to correct safely alone; names of four letters are still matched by their
 * spelling key, and other four-letter stems through nearTerms where the caller
 * can confirm the repair.
 */
export const MIN_REPAIRABLE_LENGTH = 5;
export const MIN_SKELETON_LENGTH = 4;
/**
 * No word is longer: the longest Arabic words, clitics and all, have about 15
 * letters, and two names run together about 20. Repairing costs grow with the
 * square of a word's length (a deletion per letter, a split per cut), so a
 * pasted 1,000-letter token is matched only as spelled, never repaired.
 */
export const MAX_REPAIRABLE_LENGTH = 40;
/** Joined halves of a name are long; short joins are more likely two unrelated words. */
const MIN_NAME_LENGTH = 6;

// Fuse's bitap score is roughly errors / pattern length: one error in four or five letters, two in eight.
const MAX_TYPO_SCORE = 0.25;
// Spelling-key matches (شويجو/شويغو) are likelier to be the same name, so they may differ more.
const MAX_SKELETON_SCORE = 0.5;
const MAX_EDITS = 2;
const FUSE_OPTIONS = { ignoreLocation: true, isCaseSensitive: true } as const;

/** How close fuse.js finds a word to the spelling meant: 1 when equal, falling with its error score. */
export function spellingSimilarity(word: string, meant: string): number {
  return 1 - Fuse.match(word, meant, { ...FUSE_OPTIONS, threshold: 1 }).score;
}

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
 * A bounded edit distance picks the nearest candidate, fuse.js scores it,
 * and it is kept only if close.
 */
export class TypoRepair {
  private readonly byDeletion = new Map<string, string[]>();
  private readonly bySkeleton = new Map<string, string[]>();
  /** Spellings indexed for another term: a word form whose stem is too short to repair. */
  private readonly termOfSpelling = new Map<string, string>();

  /**
   * `terms` are repaired to themselves. `spellings` pairs a word form with its
   * term, for names light stemming cuts short (بوتين → بوت): too short to match
   * a misspelling (بوتن) themselves, they are found through their full form.
   */
  constructor(terms: Iterable<string>, spellings: Iterable<readonly [string, string]> = []) {
    for (const term of terms) this.add(term);
    for (const [spelling, term] of spellings) {
      this.termOfSpelling.set(spelling, term);
      this.add(spelling);
    }
  }

  /** Index one spelling under its spelling key and its one-letter deletions. */
  private add(term: string): void {
    if (term.length < MIN_SKELETON_LENGTH || !isArabicWord(term)) return;
    addTo(this.bySkeleton, spellingSkeleton(term), term);
    // Beyond this no query word (at most MAX_REPAIRABLE_LENGTH letters) comes within MAX_EDITS, and the
    // deletions of a 50,000-letter token in an article would fill the heap.
    if (term.length > MAX_REPAIRABLE_LENGTH + MAX_EDITS) return;
    addTo(this.byDeletion, term, term);
    for (const deleted of deletions(term)) addTo(this.byDeletion, deleted, term);
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

  /**
   * The closest known term, if fuse.js finds it close enough (an empty list
   * otherwise). Candidates are ranked by edit distance, then spelling for
   * determinism; only the nearest is scored, since fuse.js costs microseconds
   * per comparison.
   */
  suggest(word: string): Suggestion[] {
    if (word.length < MIN_SKELETON_LENGTH || word.length > MAX_REPAIRABLE_LENGTH || !isArabicWord(word)) {
      return [];
    }
    const skeletonMatches = this.sameSkeleton(word);
    const sources: (readonly string[])[] = [skeletonMatches];
    if (word.length >= MIN_REPAIRABLE_LENGTH) {
      for (const key of [word, ...deletions(word)]) {
        const terms = this.byDeletion.get(key);
        if (terms) sources.push(terms);
      }
    }
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let s = 0; s < sources.length; s += 1) {
      for (const term of sources[s] as readonly string[]) {
        // Four-letter terms are indexed for nearTerms; for a word alone they are too many to trust.
        if (term === best || (s > 0 && term.length < MIN_REPAIRABLE_LENGTH)) continue;
        const distance = boundedEditDistance(word, term, MAX_EDITS);
        // Beyond MAX_EDITS only a shared spelling key (sources[0]) keeps a candidate: شويجو/شويغو.
        if (distance > MAX_EDITS && s > 0) continue;
        if (distance < bestDistance || (distance === bestDistance && best !== undefined && term < best)) {
          best = term;
          bestDistance = distance;
        }
      }
    }
    if (best === undefined) return [];
    // One edit is always close enough; fuse.js then only grades it (a swap of neighbours is two errors to bitap).
    const limit =
      bestDistance <= 1 ? 1 : skeletonMatches.includes(best) ? MAX_SKELETON_SCORE : MAX_TYPO_SCORE;
    const { isMatch, score } = Fuse.match(word, best, { ...FUSE_OPTIONS, threshold: limit });
    if (!isMatch || score > limit) return [];
    return [{ term: this.termOfSpelling.get(best) ?? best, similarity: 1 - score, spelling: best }];
  }

  /**
   * Known terms one edit from a four-letter stem (حدبد → حديد, مجاغ → مجاع), in
   * spelling order. Four letters have too many neighbours to repair alone
   * (نفط, نفت), so the caller keeps one only where something else confirms it.
   */
  nearTerms(stem: string): string[] {
    if (stem.length !== MIN_SKELETON_LENGTH || !isArabicWord(stem)) return [];
    const near = new Set<string>();
    for (const key of [stem, ...deletions(stem)]) {
      for (const term of this.byDeletion.get(key) ?? []) {
        if (term !== stem && boundedEditDistance(stem, term, 1) <= 1) near.add(term);
      }
    }
    return [...near].sort();
  }
}
