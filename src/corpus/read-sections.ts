import { ArticleFormatError } from './article-format-error.js';
import type { DraftSection } from './draft-section.js';
import { parseMarkdownHeading, SECTION_HEADING_LEVEL, SECTION_HEADING_PREFIX } from './markdown-syntax.js';

interface OpenSection {
  readonly title: string;
  /** 1-based file line of the heading. */
  readonly line: number;
  readonly paragraphs: string[];
}

/**
 * Reads the body of an article file (from the 0-based line `start`): `## `
 * sections of blank-line separated paragraphs. Lines of one paragraph are
 * joined with a space, as Markdown renders them.
 */
export function readSections(lines: readonly string[], start: number, file: string): DraftSection[] {
  const sections: OpenSection[] = [];
  let paragraphLines: string[] = [];

  const closeParagraph = (): void => {
    if (paragraphLines.length === 0) return;
    sections.at(-1)?.paragraphs.push(paragraphLines.join(' '));
    paragraphLines = [];
  };

  // Readers pick a section by its title (case aside), so two sections of one article may not share one.
  const headingLineByTitle = new Map<string, number>();
  const failIfTitleTaken = (title: string, lineNumber: number): void => {
    const earlier = headingLineByTitle.get(title.toLowerCase());
    if (earlier !== undefined) {
      throw new ArticleFormatError(
        file,
        lineNumber,
        `the section title '${title}' is already used at line ${earlier}: give each section its own title`,
      );
    }
    headingLineByTitle.set(title.toLowerCase(), lineNumber);
  };

  const failIfEmpty = (section: OpenSection | undefined): void => {
    if (section && section.paragraphs.length === 0) {
      throw new ArticleFormatError(file, section.line, `the section '${section.title}' has no paragraph`);
    }
  };

  for (let index = start; index < lines.length; index += 1) {
    const lineNumber = index + 1;
    const text = (lines[index] ?? '').trim();
    const heading = parseMarkdownHeading(text);
    if (text === '') {
      closeParagraph();
    } else if (heading) {
      if (heading.level !== SECTION_HEADING_LEVEL) {
        throw new ArticleFormatError(
          file,
          lineNumber,
          `only '${SECTION_HEADING_PREFIX}' section headings are allowed`,
        );
      }
      if (heading.title === '')
        throw new ArticleFormatError(file, lineNumber, 'a section heading needs a title');
      closeParagraph();
      failIfEmpty(sections.at(-1));
      failIfTitleTaken(heading.title, lineNumber);
      sections.push({ title: heading.title, line: lineNumber, paragraphs: [] });
    } else if (sections.length === 0) {
      throw new ArticleFormatError(
        file,
        lineNumber,
        `text before the first '${SECTION_HEADING_PREFIX}' heading: every paragraph must belong to a section`,
      );
    } else {
      paragraphLines.push(text);
    }
  }
  closeParagraph();

  if (sections.length === 0) {
    throw new ArticleFormatError(file, Math.min(start + 1, lines.length), 'the article has no sections');
  }
  failIfEmpty(sections.at(-1));
  return sections.map(({ title, paragraphs }) => ({ title, paragraphs }));
}
