import type { Article, Paragraph } from '../corpus/article.js';
import { answerTypeBits } from '../text/answer-types.js';
import { normalizeArabic } from '../text/normalize.js';
import { type Continuation, continuationOf, SEQUEL_OPENING_WORDS } from '../text/sequels.js';
import { wordsOf } from '../text/tokenize.js';
import { GrowableUint32Array } from './growable-array.js';
import { sentenceSpans } from './sentences.js';

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
  /** The kinds of answer the passage could give (it has a number, a date), as answerTypeBits. */
  readonly answerTypes: number;
  /**
   * How it takes up the passage before it in its section: as a sequel ("وبعد ذلك، …") or going on
   * with the words of the speaker named there ("وأضاف أن …").
   */
  readonly continuation: Continuation;
}

/** The articles read once into a stream of word-form ids, with sentence and passage boundaries. */
export interface CorpusText {
  readonly passages: readonly IndexedPassage[];
  /** Passages of article i occupy [articleRanges[2i], articleRanges[2i+1]). */
  readonly articleRanges: Uint32Array;
  readonly sectionTitles: readonly string[];
  /** Passages of section k occupy [sectionRanges[2k], sectionRanges[2k+1]). */
  readonly sectionRanges: Uint32Array;
  /** Every word occurrence in reading order, as a word-form id. */
  readonly tokens: Uint32Array;
  /** The normalized spelling of each word form. */
  readonly words: readonly string[];
  readonly wordFormIds: ReadonlyMap<string, number>;
  readonly sentenceStarts: Uint32Array;
  readonly sentenceEnds: Uint32Array;
  /** First token of each sentence (its last is the next sentence's first, or the passage end). */
  readonly sentenceTokenStarts: Uint32Array;
  /** The kinds of answer each word form could hold, as answerTypeBits. */
  readonly formAnswerTypes: Uint8Array;
}

/** The normalized words a passage opens with, as many as a sequel's connective may stand in. */
function openingWords(words: readonly string[], tokens: GrowableUint32Array, tokenStart: number): string[] {
  const opening: string[] = [];
  for (let t = tokenStart; t < tokens.length && opening.length < SEQUEL_OPENING_WORDS; t += 1) {
    opening.push(words[tokens.at(t)] as string);
  }
  return opening;
}

/** Tokenize every paragraph of every article, interning each distinct word once. */
export function readCorpus(articles: readonly Article[]): CorpusText {
  const wordFormIds = new Map<string, number>();
  const words: string[] = [];
  const answerTypesOfForm: number[] = [];
  const tokens = new GrowableUint32Array();
  const sentenceStarts = new GrowableUint32Array();
  const sentenceEnds = new GrowableUint32Array();
  const sentenceTokenStarts = new GrowableUint32Array();
  const passages: IndexedPassage[] = [];
  const articleRanges = new Uint32Array(articles.length * 2);
  const sectionRanges: number[] = [];
  const sectionTitles: string[] = [];

  const intern = (word: string): number => {
    let id = wordFormIds.get(word);
    if (id === undefined) {
      id = words.length;
      wordFormIds.set(word, id);
      words.push(word);
      answerTypesOfForm.push(answerTypeBits(word));
    }
    return id;
  };

  articles.forEach((article, articleIndex) => {
    articleRanges[articleIndex * 2] = passages.length;
    for (const section of article.sections) {
      const sectionKey = sectionTitles.length;
      sectionTitles.push(section.title);
      sectionRanges.push(passages.length, passages.length + section.paragraphs.length);
      section.paragraphs.forEach((paragraph, paragraphIndex) => {
        const tokenStart = tokens.length;
        const sentenceStart = sentenceStarts.length;
        let answerTypes = 0;
        for (const { start, end } of sentenceSpans(paragraph.text)) {
          sentenceStarts.push(start);
          sentenceEnds.push(end);
          sentenceTokenStarts.push(tokens.length);
          for (const word of wordsOf(normalizeArabic(paragraph.text.slice(start, end)))) {
            const formId = intern(word);
            tokens.push(formId);
            answerTypes |= answerTypesOfForm[formId] ?? 0;
          }
        }
        passages.push({
          paragraph,
          articleIndex,
          sectionKey,
          tokenStart,
          tokenEnd: tokens.length,
          sentenceStart,
          sentenceEnd: sentenceStarts.length,
          answerTypes,
          continuation: paragraphIndex > 0 ? continuationOf(openingWords(words, tokens, tokenStart)) : 'none',
        });
      });
    }
    articleRanges[articleIndex * 2 + 1] = passages.length;
  });

  return {
    passages,
    articleRanges,
    sectionTitles,
    sectionRanges: Uint32Array.from(sectionRanges),
    tokens: tokens.toArray(),
    words,
    wordFormIds,
    sentenceStarts: sentenceStarts.toArray(),
    sentenceEnds: sentenceEnds.toArray(),
    sentenceTokenStarts: sentenceTokenStarts.toArray(),
    formAnswerTypes: Uint8Array.from(answerTypesOfForm),
  };
}
