import type { Article } from '../corpus/article.js';
import { normalizeArabic } from '../text/normalize.js';
import { stemReadings } from '../text/stem.js';
import { isStopWord } from '../text/stopwords.js';
import { wordsOf } from '../text/tokenize.js';
import { NO_VALUES } from './multimap.js';

/** One name of an alias group, as the stems of its content words, and the group's shared term. */
export interface AliasPhrase {
  readonly stems: readonly string[];
  readonly groupTerm: string;
}

/**
 * Aliases become one synthetic term per group (e.g. موسكو and روسيا both add
 * "@alias/<article>/<n>"), indexed wherever any of its names occurs, so a
 * query naming one finds passages naming another. The "@" keeps these terms
 * apart from words; the article slug keeps one article's aliases out of another.
 */
export function compileAliasPhrases(article: Article): AliasPhrase[] {
  return article.aliases.flatMap((group, groupIndex) => {
    const groupTerm = `@alias/${article.slug}/${groupIndex}`;
    return group
      .map((name) => wordsOf(normalizeArabic(name)).filter((word) => !isStopWord(word)))
      .filter((words) => words.length > 0)
      .map((words) => words.map((word) => stemReadings(word)[0] ?? word))
      .flatMap((stems) => {
        const adjective = stems.length === 1 ? adjectiveStem(stems[0] as string) : undefined;
        return adjective
          ? [
              { stems, groupTerm },
              { stems: [adjective], groupTerm },
            ]
          : [{ stems, groupTerm }];
      });
  });
}

/**
 * The stem of a place name's adjective (nisba), which drops its final ا or يا:
 * أمريكا → الأمريكية (امريك), روسيا → الروسي (روس). "The American accusations"
 * are Washington's, so the adjective stands for the place as its name does.
 */
function adjectiveStem(stem: string): string | undefined {
  if (stem.endsWith('يا') && stem.length - 2 >= 3) return stem.slice(0, -2);
  if (stem.endsWith('ا') && stem.length - 1 >= 4) return stem.slice(0, -1);
  return undefined;
}

export interface PhraseMatch {
  /** Positions in the sequence the phrase covers, inclusive start, exclusive end. */
  readonly start: number;
  readonly end: number;
  readonly groupTerm: string;
}

/** Finds alias names in sequences of words, each word given by its readings (stems, variants). */
export class AliasIndex {
  // Phrases by their first stem, so a word that starts no name costs one map lookup.
  private readonly byFirstStem = new Map<string, AliasPhrase[]>();

  constructor(phrases: readonly AliasPhrase[]) {
    for (const phrase of phrases) {
      const first = phrase.stems[0];
      if (first === undefined) continue;
      const list = this.byFirstStem.get(first);
      if (list) list.push(phrase);
      else this.byFirstStem.set(first, [phrase]);
    }
  }

  get isEmpty(): boolean {
    return this.byFirstStem.size === 0;
  }

  find(words: readonly (readonly string[])[]): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    if (this.isEmpty) return matches;
    words.forEach((readings, start) => {
      for (const reading of readings) {
        for (const phrase of this.byFirstStem.get(reading) ?? NO_VALUES) {
          const end = start + phrase.stems.length;
          if (end > words.length) continue;
          if (phrase.stems.every((stem, offset) => words[start + offset]?.includes(stem))) {
            matches.push({ start, end, groupTerm: phrase.groupTerm });
          }
        }
      }
    });
    return matches;
  }
}
