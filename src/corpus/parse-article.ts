import { createHash } from 'node:crypto';
import type { Article, Section } from './article.js';
import { ArticleFormatError } from './article-format-error.js';
import type { DraftSection } from './draft-section.js';
import { readFrontMatter } from './read-front-matter.js';
import { readSections } from './read-sections.js';
import { SLUG_RULE, slugFromFileName } from './slug.js';
import { BYTE_ORDER_MARK, LINE_BREAK, nonTextProblem } from './text-characters.js';

export { ArticleFormatError } from './article-format-error.js';

const CONTENT_HASH_LENGTH = 12;

function contentHashOf(markdown: string): string {
  return createHash('sha256').update(markdown, 'utf8').digest('hex').slice(0, CONTENT_HASH_LENGTH);
}

function numberSection(slug: string, draft: DraftSection, sectionIndex: number): Section {
  return {
    index: sectionIndex,
    title: draft.title,
    paragraphs: draft.paragraphs.map((text, position) => ({
      id: `${slug}/${sectionIndex}/${position + 1}`,
      articleSlug: slug,
      sectionIndex,
      sectionTitle: draft.title,
      number: position + 1,
      text,
    })),
  };
}

/** Refuses a file that is empty, or holds characters no article text has, at the first line that does. */
function assertIsArticleText(text: string, lines: readonly string[], file: string): void {
  if (text.trim() === '') {
    throw new ArticleFormatError(
      file,
      1,
      `the file is ${text === '' ? 'empty' : 'blank (only whitespace)'}: an article needs a front matter and at least one section`,
    );
  }
  lines.forEach((line, index) => {
    const problem = nonTextProblem(line);
    if (problem !== undefined) throw new ArticleFormatError(file, index + 1, problem);
  });
}

/**
 * Reads one article file. `fileName` names the file in errors and gives the
 * slug (`<slug>.md`); any path before the name is ignored for the slug.
 */
export function parseArticle(markdown: string, fileName: string): Article {
  const slug = slugFromFileName(fileName);
  if (slug === undefined) {
    throw new ArticleFormatError(
      fileName,
      1,
      `an article file must be named <slug>.md, the slug made of ${SLUG_RULE}`,
    );
  }
  const text = markdown.startsWith(BYTE_ORDER_MARK) ? markdown.slice(BYTE_ORDER_MARK.length) : markdown;
  const lines = text.split(LINE_BREAK);
  assertIsArticleText(text, lines, fileName);
  const { meta, bodyStart } = readFrontMatter(lines, fileName);
  const sections = readSections(lines, bodyStart, fileName);
  return {
    slug,
    title: meta.title,
    ...(meta.source === undefined ? {} : { source: meta.source }),
    language: 'ar',
    aliases: meta.aliases ?? [],
    sections: sections.map((draft, index) => numberSection(slug, draft, index)),
    contentHash: contentHashOf(markdown),
  };
}
