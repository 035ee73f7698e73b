import type { Article, Paragraph } from '../corpus/article.js';

/** One passage that answers a question, ready to quote. */
export interface Answer {
  readonly article: Article;
  readonly paragraph: Paragraph;
  /** The best-matching sentence(s) of the paragraph, verbatim, at most ~350 characters. */
  readonly excerpt: string;
  /** Calibrated confidence in [0, 1]; answers below the engine's threshold are never returned unless asked. */
  readonly score: number;
}

export interface AskOptions {
  /** How many answers at most (default 3). */
  readonly top?: number;
  /** Restrict the search to one article (by slug). */
  readonly article?: string;
  /**
   * Minimum confidence an answer needs. Defaults to the engine's calibrated
   * abstention threshold; 0 returns every passage that shares a term with the query
   * (autocomplete uses this).
   */
  readonly minScore?: number;
}

export interface SearchEngine {
  readonly articles: readonly Article[];
  /** Ranked answers, best first; empty when the articles do not answer the question. */
  ask(question: string, options?: AskOptions): Answer[];
}
