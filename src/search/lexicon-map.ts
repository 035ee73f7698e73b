import { LEXICON } from '../text/lexicon.js';
import { normalizeArabic } from '../text/normalize.js';
import { stemReadings } from '../text/stem.js';
import type { TermDictionary } from './term-dictionary.js';

/** Stem → term ids of its lexicon partners (broken plurals, derivations, near-synonyms) that the index holds. */
export type LexiconMap = ReadonlyMap<string, readonly number[]>;

export function buildLexiconMap(
  dictionary: TermDictionary,
  groups: readonly (readonly string[])[] = LEXICON,
): LexiconMap {
  const partners = new Map<string, Set<number>>();
  for (const group of groups) {
    const stems = [...new Set(group.flatMap((word) => stemReadings(normalizeArabic(word))))];
    for (const stem of stems) {
      for (const other of stems) {
        const otherId = dictionary.idOf(other);
        if (other === stem || otherId === undefined) continue;
        let set = partners.get(stem);
        if (!set) partners.set(stem, (set = new Set()));
        set.add(otherId);
      }
    }
  }
  return new Map([...partners].map(([stem, ids]) => [stem, [...ids]]));
}
