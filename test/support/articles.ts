import type { AliasGroup, Article, Paragraph, Section } from '../../src/corpus/article.js';

/** A hand-made article for tests: sections given as [title, paragraphs]. */
export function makeArticle(
  slug: string,
  sections: readonly (readonly [string, readonly string[]])[],
  aliases: readonly AliasGroup[] = [],
): Article {
  const built: Section[] = sections.map(([title, texts], index) => ({
    index,
    title,
    paragraphs: texts.map(
      (text, i): Paragraph => ({
        id: `${slug}/${index}/${i + 1}`,
        articleSlug: slug,
        sectionIndex: index,
        sectionTitle: title,
        number: i + 1,
        text,
      }),
    ),
  }));
  return {
    slug,
    title: `مقال ${slug}`,
    language: 'ar',
    aliases,
    sections: built,
    contentHash: `hash-${slug}`,
  };
}
