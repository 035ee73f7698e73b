import type { Article, Paragraph, Section } from '../corpus/article.js';

/**
 * Finding articles, sections and paragraphs from what a user typed or what a
 * custom id / autocomplete value carries. Every lookup returns undefined
 * rather than throwing: a missing target is an answer ("not found", "stale"),
 * not an error.
 */

export interface SectionMatch {
  readonly article: Article;
  readonly section: Section;
}

export function findArticle(articles: readonly Article[], slug: string): Article | undefined {
  return articles.find((article) => article.slug === slug);
}

export function findArticleByHash(articles: readonly Article[], hashPrefix: string): Article | undefined {
  return articles.find((article) => article.contentHash.startsWith(hashPrefix));
}

export function findParagraph(article: Article, sectionIndex: number, number: number): Paragraph | undefined {
  return article.sections[sectionIndex]?.paragraphs.find((paragraph) => paragraph.number === number);
}

export function findParagraphById(articles: readonly Article[], id: string): Paragraph | undefined {
  for (const article of articles) {
    for (const section of article.sections) {
      const paragraph = section.paragraphs.find((candidate) => candidate.id === id);
      if (paragraph !== undefined) return paragraph;
    }
  }
  return undefined;
}

/** The value a section autocomplete choice carries: the paragraph-id prefix `<slug>/<section index>`. */
export function sectionKey(article: Article, section: Section): string {
  return `${article.slug}/${section.index}`;
}

const sameTitle = (left: string, right: string) => left.trim().toLowerCase() === right.trim().toLowerCase();

/**
 * The section a user means: a key from autocomplete, else a 1-based section
 * number (when one article is in scope), else an exact title, else the one
 * title containing what they typed. Ambiguous input finds nothing.
 */
export function resolveSection(articles: readonly Article[], input: string): SectionMatch | undefined {
  const all = articles.flatMap((article) => article.sections.map((section) => ({ article, section })));
  const byKey = all.find(({ article, section }) => sectionKey(article, section) === input);
  if (byKey !== undefined) return byKey;
  const [onlyArticle] = articles;
  if (articles.length === 1 && onlyArticle !== undefined && /^\d+$/.test(input.trim())) {
    const section = onlyArticle.sections[Number(input.trim()) - 1];
    return section === undefined ? undefined : { article: onlyArticle, section };
  }
  const exact = all.filter(({ section }) => sameTitle(section.title, input));
  if (exact.length === 1) return exact[0];
  const needle = input.trim().toLowerCase();
  const partial = all.filter(({ section }) => needle !== '' && section.title.toLowerCase().includes(needle));
  return partial.length === 1 ? partial[0] : undefined;
}
