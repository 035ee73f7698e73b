import type { Article } from '../corpus/article.js';
import { normalizeArabic } from '../text/normalize.js';
import { stemReadings } from '../text/stem.js';
import { isStopWord } from '../text/stopwords.js';
import { wordsOf } from '../text/tokenize.js';
import type { CorpusText, IndexedPassage } from './corpus-reader.js';
import { ARTICLE_TITLE_WEIGHT, MAX_SUBJECT_WORDS, SECTION_TITLE_WEIGHT } from './fields.js';
import { appendTo, NO_VALUES } from './multimap.js';
import { sortedIncludes } from './sorted.js';
import type { TermDictionary } from './term-dictionary.js';

/**
 * The titles every passage sits under, as one field: title keys [0, S) are the
 * S section titles, keys S + a the title of article a.
 */
export interface TitleField {
  /** Term id → the title keys (ascending) whose title holds the term. */
  readonly postings: ReadonlyMap<number, readonly number[]>;
  /** The passages under title key k are [ranges[2k], ranges[2k + 1]). */
  readonly ranges: Uint32Array;
  /** How much a match in title k counts against a body match. */
  readonly weights: Float32Array;
  readonly sectionCount: number;
}

function contentWords(title: string): string[] {
  return wordsOf(normalizeArabic(title)).filter((word) => !isStopWord(word));
}

export function buildTitleField(
  corpus: CorpusText,
  articles: readonly Article[],
  dictionary: TermDictionary,
): TitleField {
  const sectionCount = corpus.sectionTitles.length;
  const titleWords = [...corpus.sectionTitles, ...articles.map((article) => article.title)].map(contentWords);
  const weights = new Float32Array(titleWords.length);
  weights.fill(SECTION_TITLE_WEIGHT, 0, sectionCount);
  // An article's title is a field only where it names the subject (شيرين عبد الوهاب, مرض السكري), not
  // where it is a headline (كيم وبوتين: تحالف يتعمق بين موسكو وبيونغيانغ): a headline's words are the
  // news of one passage or another, not what all of them are about.
  for (let key = sectionCount; key < titleWords.length; key += 1) {
    weights[key] = (titleWords[key] as string[]).length <= MAX_SUBJECT_WORDS ? ARTICLE_TITLE_WEIGHT : 0;
  }
  const postings = new Map<number, number[]>();
  titleWords.forEach((words, key) => {
    if (weights[key] === 0) return;
    const termIds = new Set<number>();
    for (const word of words) {
      for (const stem of stemReadings(word)) termIds.add(dictionary.intern(stem));
    }
    for (const termId of termIds) appendTo(postings, termId, key);
  });
  const ranges = new Uint32Array(titleWords.length * 2);
  ranges.set(corpus.sectionRanges);
  ranges.set(corpus.articleRanges, sectionCount * 2);
  return { postings, ranges, weights, sectionCount };
}

/** The weight of the heaviest title over the passage that holds the term, or 0 if none does. */
export function titleWeightOf(field: TitleField, termId: number, passage: IndexedPassage): number {
  const keys = field.postings.get(termId);
  if (!keys) return 0;
  const articleKey = field.sectionCount + passage.articleIndex;
  let weight = 0;
  if (sortedIncludes(keys, passage.sectionKey)) weight = field.weights[passage.sectionKey] as number;
  if (sortedIncludes(keys, articleKey)) weight = Math.max(weight, field.weights[articleKey] as number);
  return weight;
}

/** How many passages sit under the titles that hold the term. */
export function titledPassageCount(field: TitleField, termId: number): number {
  let count = 0;
  for (const key of field.postings.get(termId) ?? NO_VALUES) {
    count += (field.ranges[key * 2 + 1] as number) - (field.ranges[key * 2] as number);
  }
  return count;
}
