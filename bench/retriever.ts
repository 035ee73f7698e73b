import type { Article } from '../src/corpus/article.js';

/** Where to look and how many answers to take. */
export interface SearchScope {
  readonly top: number;
  /** Rank only this article's paragraphs (by slug). */
  readonly article?: string;
}

/** What every benchmarked system is reduced to: a question in, ranked paragraph ids out. */
export interface Retriever {
  /** Paragraph ids, best first; an empty list means the system abstained. */
  search(question: string, scope: SearchScope): string[];
}

export interface RetrieverFactory {
  readonly name: string;
  build(articles: readonly Article[]): Retriever;
}
