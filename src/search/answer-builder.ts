import type { Article, Paragraph } from '../corpus/article.js';
import { buildExcerpt } from './excerpt.js';
import { type PassageEvidence, sentenceScores } from './passage-evidence.js';
import type { IndexedPassage, SearchIndex } from './search-index.js';
import type { SentenceSpan } from './sentences.js';
import type { Answer } from './types.js';

/**
 * An answer whose excerpt is cut when first read, like a search engine's
 * highlighter: a caller listing many hits pays only for the quotes it shows.
 * The evidence it needs is copied at construction, because the scanner's
 * buffers are reused by the next query.
 */
class RankedAnswer implements Answer {
  readonly article: Article;
  readonly paragraph: Paragraph;
  readonly score: number;
  private cut: string | undefined;
  private readonly evidence: PassageEvidence;

  constructor(
    private readonly index: SearchIndex,
    private readonly passage: IndexedPassage,
    evidence: PassageEvidence,
    private readonly importances: readonly number[],
    confidence: number,
  ) {
    this.article = index.articles[passage.articleIndex] as Article;
    this.paragraph = passage.paragraph;
    this.score = Math.round(confidence * 1000) / 1000;
    this.evidence = {
      wordGroups: evidence.wordGroups.slice(),
      wordStrengths: evidence.wordStrengths.slice(),
      sentenceBounds: evidence.sentenceBounds,
    };
  }

  get excerpt(): string {
    this.cut ??= this.cutExcerpt();
    return this.cut;
  }

  /** Plain data for JSON and equality checks: the getter and the private state are not data. */
  toJSON(): Answer {
    return { article: this.article, paragraph: this.paragraph, excerpt: this.excerpt, score: this.score };
  }

  private cutExcerpt(): string {
    const { index, passage, evidence } = this;
    const sentences: SentenceSpan[] = [];
    for (let s = passage.sentenceStart; s < passage.sentenceEnd; s += 1) {
      sentences.push({ start: index.sentenceStarts[s] as number, end: index.sentenceEnds[s] as number });
    }
    return buildExcerpt({
      text: passage.paragraph.text,
      sentences,
      sentenceScores: sentenceScores(evidence, this.importances),
      wordGroups: evidence.wordGroups,
      sentenceBounds: evidence.sentenceBounds,
    });
  }
}

/** Turn a ranked passage into an answer: its article, paragraph and the best-matching excerpt. */
export function buildAnswer(
  index: SearchIndex,
  passageIndex: number,
  evidence: PassageEvidence,
  importances: readonly number[],
  confidence: number,
): Answer {
  const passage = index.passages[passageIndex];
  if (!passage) throw new RangeError(`No passage ${passageIndex}`);
  return new RankedAnswer(index, passage, evidence, importances, confidence);
}
