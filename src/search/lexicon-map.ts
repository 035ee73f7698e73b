import { GENERAL_LEXICON } from '../text/general-lexicon.js';
import { LEXICON } from '../text/lexicon.js';
import { normalizeArabic } from '../text/normalize.js';
import { stemReadings } from '../text/stem.js';
import { appendTo } from './multimap.js';
import type { TermDictionary } from './term-dictionary.js';

/** Stem → term ids of its lexicon partners (broken plurals, derivations, near-synonyms) that the index holds. */
export type LexiconMap = ReadonlyMap<string, readonly number[]>;

/** Each group's distinct stems: the index and the query meet on stems, not on spellings. */
function stemsOfGroups(groups: readonly (readonly string[])[]): string[][] {
  return groups.map((group) => [...new Set(group.map((word) => lexiconStem(normalizeArabic(word))))]);
}

/**
 * A lexicon word is written bare, so a leading و is its own letter (ولادة, وقود), never the
 * conjunction: of its readings (see stemReadings) the one that keeps the letter is meant.
 */
function lexiconStem(word: string): string {
  const readings = stemReadings(word);
  return readings[readings.length - 1] as string;
}

// The bundled lexicons' stems do not depend on the articles: worked out once, not for every engine.
let bundledStems: string[][] | undefined;

function bundledGroupStems(): string[][] {
  bundledStems ??= stemsOfGroups([...LEXICON, ...GENERAL_LEXICON]);
  return bundledStems;
}

/** The partners, among the terms the index holds, of every stem of the bundled lexicons. */
export function buildLexiconMap(dictionary: TermDictionary): LexiconMap {
  const partners = new Map<string, number[]>();
  for (const stems of bundledGroupStems()) {
    for (const stem of stems) {
      for (const other of stems) {
        const otherId = dictionary.idOf(other);
        if (other !== stem && otherId !== undefined && !partners.get(stem)?.includes(otherId)) {
          appendTo(partners, stem, otherId);
        }
      }
    }
  }
  return partners;
}

let bundledStemSet: ReadonlySet<string> | undefined;

/** Every stem of the bundled lexicons. */
export function lexiconStems(): ReadonlySet<string> {
  bundledStemSet ??= new Set(bundledGroupStems().flat());
  return bundledStemSet;
}
