import { GENERAL_LEXICON } from '../text/general-lexicon.js';
import { LEXICON } from '../text/lexicon.js';
import { normalizeArabic } from '../text/normalize.js';
import { stemReadings } from '../text/stem.js';
import { appendTo } from './multimap.js';
import type { TermDictionary } from './term-dictionary.js';

/** Stem → term ids of its lexicon partners (broken plurals, derivations, near-synonyms) that the index holds. */
export type LexiconMap = ReadonlyMap<string, readonly number[]>;

export function buildLexiconMap(
  dictionary: TermDictionary,
  groups: readonly (readonly string[])[] = [...LEXICON, ...GENERAL_LEXICON],
): LexiconMap {
  const partners = new Map<string, number[]>();
  for (const group of groups) {
    const stems = [...new Set(group.flatMap((word) => stemReadings(normalizeArabic(word))))];
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
