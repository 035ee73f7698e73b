import { articlesFromPassages } from '../../bench/datasets.js';
import type { Article } from '../../src/corpus/article.js';

/** Builds small articles for tests: `{ slug: [paragraph texts] }`, paragraphs numbered from 1. */
export function syntheticArticles(texts: Record<string, readonly string[]>): Article[] {
  const passages = Object.entries(texts).flatMap(([slug, paragraphs]) =>
    paragraphs.map((text, i) => ({ id: `${slug}-p${i}`, doc: slug, title: slug, text })),
  );
  return articlesFromPassages(passages).articles;
}
