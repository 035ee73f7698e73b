import type { Article } from '../corpus/article.js';
import { stemReadings } from '../text/stem.js';
import { isStopWord } from '../text/stopwords.js';
import { AliasIndex, compileAliasPhrases } from './alias-phrases.js';
import { type CorpusText, readCorpus } from './corpus-reader.js';
import { lexiconStems } from './lexicon-map.js';
import { appendTo } from './multimap.js';
import { PostingsBuilder, type PostingsTable } from './postings.js';
import { TermDictionary } from './term-dictionary.js';
import { buildTitleField, type TitleField } from './title-field.js';
import { WordFormTable } from './word-form-table.js';
import { wordTerms } from './word-terms.js';

export type { IndexedPassage } from './corpus-reader.js';

/**
 * Everything the search needs, built once per set of articles. Large arrays
 * are typed and flat so that hundreds of thousands of passages fit in memory.
 */
export interface SearchIndex extends CorpusText {
  readonly articles: readonly Article[];
  readonly dictionary: TermDictionary;
  readonly postings: PostingsTable;
  /** Section and article titles, a second field (see title-field.ts). */
  readonly titles: TitleField;
  /** BM25 length of each passage: its words that carry terms (stop words excluded). */
  readonly passageLengths: Float32Array;
  readonly averageLength: number;
  /** The terms of each word form, shared by all its occurrences. */
  readonly wordForms: WordFormTable;
  /**
   * Where alias-group names occur, by passage: the words (offsets in the passage)
   * each name covers and the group's term. Word forms cannot carry these terms,
   * since a name of several words (كوريا الشمالية) is an alias only as a whole.
   */
  readonly aliasWords: ReadonlyMap<number, readonly AliasWord[]>;
}

/** One word of an alias-group name occurring in a passage. */
export interface AliasWord {
  /** Word index within the passage. */
  readonly offset: number;
  readonly termId: number;
}

/** The stems the corpus itself uses: they decide which clitic readings are real (see wordTerms). */
function corpusStems(words: readonly string[]): Set<string> {
  const stems = new Set<string>();
  for (const word of words) {
    if (!isStopWord(word)) for (const stem of stemReadings(word)) stems.add(stem);
  }
  return stems;
}

interface PostingsAndLengths {
  readonly aliasWords: Map<number, AliasWord[]>;
  readonly postings: PostingsTable;
  /** BM25 length of each passage: its words that carry terms (stop words excluded). */
  readonly passageLengths: Float32Array;
}

/** Postings of every term, plus one synthetic term per alias-group name occurrence. */
function buildPostings(
  corpus: CorpusText,
  articles: readonly Article[],
  dictionary: TermDictionary,
  wordForms: WordFormTable,
): PostingsAndLengths {
  const aliasIndexes = articles.map((article) => {
    const phrases = compileAliasPhrases(article);
    // Interned up front so the dictionary is complete before the scratch array is sized.
    for (const phrase of phrases) dictionary.intern(phrase.groupTerm);
    return new AliasIndex(phrases);
  });
  const { starts, termIds, weights } = wordForms;
  const { tokens } = corpus;
  const frequencies = new Float32Array(dictionary.size);
  const seen: number[] = [];
  const count = (termId: number, weight: number): void => {
    if (frequencies[termId] === 0) seen.push(termId);
    frequencies[termId] = (frequencies[termId] as number) + weight;
  };
  const passageLengths = new Float32Array(corpus.passages.length);
  const aliasWords = new Map<number, AliasWord[]>();
  const builder = new PostingsBuilder();
  corpus.passages.forEach((passage, passageIndex) => {
    let length = 0;
    for (let t = passage.tokenStart; t < passage.tokenEnd; t += 1) {
      const form = tokens[t] as number;
      const end = starts[form + 1] as number;
      if (end > (starts[form] as number)) length += 1;
      for (let i = starts[form] as number; i < end; i += 1) count(termIds[i] as number, weights[i] as number);
    }
    passageLengths[passageIndex] = length;
    const aliases = aliasIndexes[passage.articleIndex];
    if (aliases && !aliases.isEmpty) {
      // Each alias-group name found in the passage adds the group's shared term.
      const contentWords: string[][] = [];
      const contentOffsets: number[] = [];
      for (let t = passage.tokenStart; t < passage.tokenEnd; t += 1) {
        const terms = Array.from(wordForms.termsOf(tokens[t] as number), (id) => dictionary.termOf(id));
        if (terms.length === 0) continue;
        contentWords.push(terms);
        contentOffsets.push(t - passage.tokenStart);
      }
      for (const match of aliases.find(contentWords)) {
        const termId = dictionary.intern(match.groupTerm);
        count(termId, 1);
        for (let w = match.start; w < match.end; w += 1) {
          appendTo(aliasWords, passageIndex, { offset: contentOffsets[w] as number, termId });
        }
      }
    }
    // Passages arrive in order, so each term's postings come out ascending without sorting.
    for (const termId of seen) {
      builder.add(termId, passageIndex, frequencies[termId] as number);
      frequencies[termId] = 0;
    }
    seen.length = 0;
  });
  return { aliasWords, postings: builder.build(dictionary.size), passageLengths };
}

export function buildSearchIndex(articles: readonly Article[]): SearchIndex {
  const corpus = readCorpus(articles);
  const knownStems = corpusStems(corpus.words);
  const dictionary = new TermDictionary();
  const wordForms = WordFormTable.build(
    // A reading of a text word is confirmed by the corpus, or by the lexicon, whose words are real words
    // too: the text's ويناقشا (dual, with its alef) is read as يناقش and so meets the lexicon's ناقش.
    corpus.words.map((word) => wordTerms(word, (stem) => knownStems.has(stem) || lexiconStems().has(stem))),
    dictionary,
  );
  const { aliasWords, postings, passageLengths } = buildPostings(corpus, articles, dictionary, wordForms);
  const titles = buildTitleField(corpus, articles, dictionary);
  const totalLength = passageLengths.reduce((sum, length) => sum + length, 0);
  return {
    ...corpus,
    articles,
    dictionary,
    postings,
    titles,
    passageLengths,
    averageLength: corpus.passages.length > 0 ? Math.max(1, totalLength / corpus.passages.length) : 1,
    wordForms,
    aliasWords,
  };
}
