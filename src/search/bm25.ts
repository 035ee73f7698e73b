/**
 * Okapi BM25, the ranking function of Lucene and most lexical engines.
 * k1 bounds how much repeating a word can add; b sets how strongly long
 * passages are discounted. The defaults are the usual ones (Robertson & Zaragoza).
 */
export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

/** Lucene's idf: always positive, so a word found everywhere still counts a little. */
export function bm25Idf(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** The saturating term-frequency part, for a passage of `length` words. */
export function bm25TermWeight(
  termFrequency: number,
  length: number,
  averageLength: number,
  params: Bm25Params = DEFAULT_BM25,
): number {
  const norm = params.k1 * (1 - params.b + (params.b * length) / averageLength);
  return (termFrequency * (params.k1 + 1)) / (termFrequency + norm);
}
