import { LRUCache } from 'lru-cache';
import { AliasIndex, compileAliasPhrases } from './alias-phrases.js';
import { buildLexiconMap } from './lexicon-map.js';
import type { QueryResources } from './query-analysis.js';
import type { SearchIndex } from './search-index.js';
import { MIN_REPAIRABLE_LENGTH, MIN_SKELETON_LENGTH, TypoRepair } from './typo-repair.js';
import { VowelVariants } from './vowel-variants.js';

/**
 * Distinct words remembered. A few thousand cover the vocabulary a study group
 * asks with; a flood of new words (pasted text, gibberish) only evicts the
 * least recently used ones, so memory stays bounded at a few megabytes.
 */
const WORD_MEMO_SIZE = 4_096;

/** How many passages holding the first word are read to find the second right after it. */
const ADJACENCY_SCAN_LIMIT = 64;

function formsAdjacent(index: SearchIndex, left: number, right: number): boolean {
  const termId = index.wordForms.termsOf(left)[0];
  if (termId === undefined) return false;
  const passages = index.postings.passagesOf(termId);
  for (let i = 0; i < Math.min(passages.length, ADJACENCY_SCAN_LIMIT); i += 1) {
    const passage = index.passages[passages[i] as number];
    if (!passage) continue;
    for (let t = passage.tokenStart; t + 1 < passage.tokenEnd; t += 1) {
      if (index.tokens[t] === left && index.tokens[t + 1] === right) return true;
    }
  }
  return false;
}

/**
 * Word forms whose stem is too short to repair alone, each with that stem: بوتين → بوت, and
 * الشيوعية → شيوع, so that a misspelt form (بوتن, الشوعية) is still found through the whole word.
 */
function shortStemSpellings(index: SearchIndex): [string, string][] {
  const spellings: [string, string][] = [];
  for (const [form, formId] of index.wordFormIds) {
    const stemId = index.wordForms.termsOf(formId)[0];
    // A form that is itself a term (وزير, read also as و + زير) is repaired to itself.
    if (stemId === undefined || form.length < MIN_SKELETON_LENGTH || index.dictionary.has(form)) continue;
    const stem = index.dictionary.termOf(stemId);
    if (stem.length < MIN_REPAIRABLE_LENGTH) spellings.push([form, stem]);
  }
  return spellings;
}

/** Everything query analysis needs besides the question, derived once from the index. */
export function buildQueryResources(index: SearchIndex): QueryResources {
  return {
    dictionary: index.dictionary,
    adjacent: (left, right) => formsAdjacent(index, left, right),
    wordForms: index.wordForms,
    wordFormIds: index.wordFormIds,
    typoRepair: new TypoRepair(index.dictionary.allTerms(), shortStemSpellings(index)),
    aliases: new AliasIndex(index.articles.flatMap(compileAliasPhrases)),
    lexicon: buildLexiconMap(index.dictionary),
    memo: new LRUCache({ max: WORD_MEMO_SIZE }),
    vowelVariants: new VowelVariants(index.dictionary.allTerms()),
  };
}
