import type { Article, Paragraph } from '../corpus/article.js';
import { ANSWER_TYPES, type AnswerType, canHoldAnswer } from '../text/answer-types.js';
import { normalizeArabic } from '../text/normalize.js';
import { stemReadings } from '../text/stem.js';
import { isStopWord } from '../text/stopwords.js';
import { wordsOf } from '../text/tokenize.js';
import { AliasIndex, compileAliasPhrases } from './alias-phrases.js';
import { GrowableUint32Array } from './growable-array.js';
import { appendTo } from './multimap.js';
import { sentenceSpans } from './sentences.js';
import { TermDictionary } from './term-dictionary.js';
import { INDEX_WEIGHT, READING_KINDS, wordTerms } from './word-terms.js';

/** The terms one distinct word form contributes, shared by all its occurrences. */
export interface WordForm {
  readonly termIds: Int32Array;
  /** Term-frequency weight of each term (INDEX_WEIGHT of its reading kind). */
  readonly weights: Float32Array;
  /** Reading kind of each term, as an index into READING_KINDS, so queries can reuse the analysis. */
  readonly kinds: Uint8Array;
}

export interface IndexedPassage {
  readonly paragraph: Paragraph;
  readonly articleIndex: number;
  readonly sectionKey: number;
  /** Range into `tokens`. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Range into the sentence arrays. */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** Number of words that carry terms (stop words excluded): BM25's document length. */
  readonly length: number;
  /** The kinds of answer the passage could give (it has a number, a date). */
  readonly answerTypes: ReadonlySet<AnswerType>;
}

export interface Postings {
  readonly passages: Uint32Array;
  readonly frequencies: Float32Array;
}

/**
 * Everything the search needs, built once per set of articles. Large arrays
 * are typed and shared so that hundreds of thousands of passages fit in memory.
 */
export interface SearchIndex {
  readonly articles: readonly Article[];
  /** Passages of article i occupy [articleRanges[2i], articleRanges[2i+1]). */
  readonly articleRanges: Uint32Array;
  readonly passages: readonly IndexedPassage[];
  readonly dictionary: TermDictionary;
  readonly postings: readonly Postings[];
  /** Section titles, as a second, light field: term id → section keys whose title has it. */
  readonly titlePostings: ReadonlyMap<number, Uint32Array>;
  /** Passages of section k occupy [sectionRanges[2k], sectionRanges[2k+1]). */
  readonly sectionRanges: Uint32Array;
  readonly averageLength: number;
  /** Every word occurrence in reading order, as an index into `wordForms`. */
  readonly tokens: Uint32Array;
  readonly wordForms: readonly WordForm[];
  /** The normalized spelling of each word form. */
  readonly words: readonly string[];
  readonly wordFormIds: ReadonlyMap<string, number>;
  readonly sentenceStarts: Uint32Array;
  readonly sentenceEnds: Uint32Array;
  /** First token of each sentence (its last is the next sentence's first, or the passage end). */
  readonly sentenceTokenStarts: Uint32Array;
}

/** Terms of a section title; titles are short, so each term counts once. */
function titleTerms(title: string, dictionary: TermDictionary): number[] {
  const ids = new Set<number>();
  for (const word of wordsOf(normalizeArabic(title))) {
    if (isStopWord(word)) continue;
    for (const stem of stemReadings(word)) ids.add(dictionary.intern(stem));
  }
  return [...ids];
}

export function buildSearchIndex(articles: readonly Article[]): SearchIndex {
  // Pass 1: read every paragraph once into a stream of word-form ids, collecting
  // the corpus's own stems, which decide which clitic readings are real (see wordTerms).
  const wordFormIds = new Map<string, number>();
  const words: string[] = [];
  const knownStems = new Set<string>();
  const tokens = new GrowableUint32Array();
  const sentenceStarts = new GrowableUint32Array();
  const sentenceEnds = new GrowableUint32Array();
  const sentenceTokenStarts = new GrowableUint32Array();
  const passages: IndexedPassage[] = [];
  const articleRanges = new Uint32Array(articles.length * 2);
  const sectionRangeList: number[] = [];
  const sectionTitles: string[] = [];
  let totalLength = 0;

  const answerTypesOfForm: AnswerType[][] = [];
  const intern = (word: string): number => {
    let id = wordFormIds.get(word);
    if (id === undefined) {
      id = words.length;
      wordFormIds.set(word, id);
      words.push(word);
      answerTypesOfForm.push(ANSWER_TYPES.filter((type) => canHoldAnswer(word, type)));
      if (!isStopWord(word)) for (const stem of stemReadings(word)) knownStems.add(stem);
    }
    return id;
  };

  articles.forEach((article, articleIndex) => {
    articleRanges[articleIndex * 2] = passages.length;
    for (const section of article.sections) {
      const sectionKey = sectionTitles.length;
      sectionTitles.push(section.title);
      sectionRangeList.push(passages.length, passages.length + section.paragraphs.length);
      for (const paragraph of section.paragraphs) {
        const tokenStart = tokens.length;
        const sentenceStart = sentenceStarts.length;
        let length = 0;
        const answerTypes = new Set<AnswerType>();
        for (const { start, end } of sentenceSpans(paragraph.text)) {
          sentenceStarts.push(start);
          sentenceEnds.push(end);
          sentenceTokenStarts.push(tokens.length);
          for (const word of wordsOf(normalizeArabic(paragraph.text.slice(start, end)))) {
            const formId = intern(word);
            tokens.push(formId);
            for (const type of answerTypesOfForm[formId] ?? []) answerTypes.add(type);
            if (!isStopWord(word)) length += 1;
          }
        }
        totalLength += length;
        passages.push({
          paragraph,
          articleIndex,
          sectionKey,
          tokenStart,
          tokenEnd: tokens.length,
          sentenceStart,
          sentenceEnd: sentenceStarts.length,
          length,
          answerTypes,
        });
      }
    }
    articleRanges[articleIndex * 2 + 1] = passages.length;
  });

  // Pass 2: the terms of each distinct word form.
  const isKnownStem = (stem: string): boolean => knownStems.has(stem);
  const dictionary = new TermDictionary();
  const wordForms: WordForm[] = words.map((word) => {
    const terms = wordTerms(word, isKnownStem);
    return {
      termIds: Int32Array.from(terms, (t) => dictionary.intern(t.term)),
      weights: Float32Array.from(terms, (t) => INDEX_WEIGHT[t.kind]),
      kinds: Uint8Array.from(terms, (t) => READING_KINDS.indexOf(t.kind)),
    };
  });

  // Pass 3: postings, with one synthetic term per alias-group occurrence.
  const tokenArray = tokens.toArray();
  const aliasIndexes = articles.map((article) => new AliasIndex(compileAliasPhrases(article)));
  const termsOfForm = (formId: number): string[] =>
    Array.from((wordForms[formId] as WordForm).termIds, (id) => dictionary.termOf(id));
  const aliasTermsIn = (aliases: AliasIndex, passage: IndexedPassage): string[] => {
    const contentWords: string[][] = [];
    for (let t = passage.tokenStart; t < passage.tokenEnd; t += 1) {
      const terms = termsOfForm(tokenArray[t] as number);
      if (terms.length > 0) contentWords.push(terms);
    }
    return aliases.find(contentWords).map((match) => match.groupTerm);
  };
  const postingPassages = new Map<number, number[]>();
  const postingFrequencies = new Map<number, number[]>();
  const frequencies = new Map<number, number>();
  passages.forEach((passage, passageIndex) => {
    frequencies.clear();
    for (let t = passage.tokenStart; t < passage.tokenEnd; t += 1) {
      const form = wordForms[tokenArray[t] as number] as WordForm;
      for (let i = 0; i < form.termIds.length; i += 1) {
        const termId = form.termIds[i] as number;
        frequencies.set(termId, (frequencies.get(termId) ?? 0) + (form.weights[i] as number));
      }
    }
    const aliases = aliasIndexes[passage.articleIndex];
    if (aliases?.isEmpty === false) {
      for (const aliasTerm of aliasTermsIn(aliases, passage)) {
        const termId = dictionary.intern(aliasTerm);
        frequencies.set(termId, (frequencies.get(termId) ?? 0) + 1);
      }
    }
    for (const [termId, frequency] of frequencies) {
      appendTo(postingPassages, termId, passageIndex);
      appendTo(postingFrequencies, termId, frequency);
    }
  });

  const titlePostingLists = new Map<number, number[]>();
  sectionTitles.forEach((title, sectionKey) => {
    for (const termId of titleTerms(title, dictionary)) appendTo(titlePostingLists, termId, sectionKey);
  });

  const postings: Postings[] = [];
  for (let termId = 0; termId < dictionary.size; termId += 1) {
    postings.push({
      passages: Uint32Array.from(postingPassages.get(termId) ?? []),
      frequencies: Float32Array.from(postingFrequencies.get(termId) ?? []),
    });
  }
  const titlePostings = new Map<number, Uint32Array>();
  for (const [termId, list] of titlePostingLists) titlePostings.set(termId, Uint32Array.from(list));

  return {
    articles,
    articleRanges,
    passages,
    dictionary,
    postings,
    titlePostings,
    sectionRanges: Uint32Array.from(sectionRangeList),
    averageLength: passages.length > 0 ? Math.max(1, totalLength / passages.length) : 1,
    tokens: tokenArray,
    wordForms,
    words,
    wordFormIds,
    sentenceStarts: sentenceStarts.toArray(),
    sentenceEnds: sentenceEnds.toArray(),
    sentenceTokenStarts: sentenceTokenStarts.toArray(),
  };
}
