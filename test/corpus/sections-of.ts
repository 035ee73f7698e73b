import type { Article } from '../../src/corpus/article.js';

/** An article's sections as plain titles and paragraph texts, for comparing structure. */
export function sectionsOf(article: Article): { title: string; paragraphs: string[] }[] {
  return article.sections.map((section) => ({
    title: section.title,
    paragraphs: section.paragraphs.map((paragraph) => paragraph.text),
  }));
}
