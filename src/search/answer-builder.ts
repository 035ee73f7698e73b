import type { Article, Paragraph } from '../corpus/article.js';
import { buildExcerpt } from './excerpt.js';
import {
  matchWords,
  type PassageEvidence,
  sentenceBoundsOf,
  sentenceScores,
  type TermLookup,
} from './passage-evidence.js';
import type { QueryGroup } from './query-analysis.js';
import type { IndexedPassage, SearchIndex } from './search-index.js';
import type { SentenceSpan } from './sentences.js';
import type { Answer } from './types.js';

/**
 * An answer whose excerpt is cut when first read, like a search engine's
 * highlighter: a caller listing many hits pays only for the quotes it shows.
 * It keeps the query's groups and reads the passage again then, since the
 * engine's scanner has moved on to other queries by that time.
 */
class RankedAnswer implements Answer {
  readonly article: Article;
  readonly paragraph: Paragraph;
  readonly score: number;
  private cut: string | undefined;

  constructor(
    private readonly index: SearchIndex,
    private readonly passageIndex: number,
    private readonly passage: IndexedPassage,
    private readonly groups: readonly QueryGroup[],
    private readonly importances: readonly number[],
    confidence: number,
    evidence: PassageEvidence | undefined,
  ) {
    this.article = index.articles[passage.articleIndex] as Article;
    this.paragraph = passage.paragraph;
    this.score = Math.round(confidence * 1000) / 1000;
    if (evidence) this.cut = this.cutExcerpt(evidence);
  }

  get excerpt(): string {
    this.cut ??= this.cutExcerpt();
    return this.cut;
  }

  /** Plain data for JSON and equality checks: the getter and the private state are not data. */
  toJSON(): Answer {
    return { article: this.article, paragraph: this.paragraph, excerpt: this.excerpt, score: this.score };
  }

  private cutExcerpt(evidence = readEvidence(this.index, this.passageIndex, this.groups)): string {
    const { index, passage } = this;
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

/** The query's terms for one passage read: a small map, where the engine's scanner keeps a corpus-sized table. */
class GroupMap implements TermLookup {
  private readonly served = new Map<number, { group: number; weight: number }>();

  constructor(groups: readonly QueryGroup[]) {
    groups.forEach((group, g) => {
      for (const { termId, weight } of group.terms) {
        if ((this.served.get(termId)?.weight ?? -1) < weight) this.served.set(termId, { group: g, weight });
      }
    });
  }

  groupOf(termId: number): number {
    return this.served.get(termId)?.group ?? -1;
  }

  weightOf(termId: number): number {
    return this.served.get(termId)?.weight ?? 0;
  }
}

function readEvidence(
  index: SearchIndex,
  passageIndex: number,
  groups: readonly QueryGroup[],
): PassageEvidence {
  const passage = index.passages[passageIndex] as IndexedPassage;
  const count = passage.tokenEnd - passage.tokenStart;
  const wordGroups = new Int16Array(count);
  const wordStrengths = new Float32Array(count);
  matchWords(index, passageIndex, new GroupMap(groups), wordGroups, wordStrengths);
  return { wordGroups, wordStrengths, sentenceBounds: sentenceBoundsOf(index, passage) };
}

/**
 * Turn a ranked passage into an answer: its article, paragraph and the best-matching excerpt.
 * `evidence`, when the caller has just read the passage against the query, is used at once to cut
 * the excerpt (an answer whose quote is sure to be shown); without it the excerpt waits to be read.
 */
export function buildAnswer(
  index: SearchIndex,
  passageIndex: number,
  groups: readonly QueryGroup[],
  importances: readonly number[],
  confidence: number,
  evidence?: PassageEvidence,
): Answer {
  const passage = index.passages[passageIndex];
  if (!passage) throw new RangeError(`No passage ${passageIndex}`);
  return new RankedAnswer(index, passageIndex, passage, groups, importances, confidence, evidence);
}
