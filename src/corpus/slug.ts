import { basename } from 'node:path';

/** Slugs become file names, paragraph ids and command arguments, so they stay plain lowercase ASCII. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const ARTICLE_EXTENSION = /\.md$/i;

export const SLUG_RULE = 'lowercase ASCII letters, digits and "-", starting with a letter or digit';

export function isValidSlug(slug: string): boolean {
  return SLUG.test(slug);
}

export function isArticleFileName(fileName: string): boolean {
  return ARTICLE_EXTENSION.test(fileName);
}

/** The slug an article file name stands for, or undefined when the name is not `<slug>.md`. */
export function slugFromFileName(fileName: string): string | undefined {
  const name = basename(fileName);
  if (!isArticleFileName(name)) return undefined;
  const slug = name.replace(ARTICLE_EXTENSION, '');
  return isValidSlug(slug) ? slug : undefined;
}
