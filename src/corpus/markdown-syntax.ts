/** The pieces of Markdown the article format uses, shared by its writer and its reader. */

export const FRONT_MATTER_FENCE = '---';
export const SECTION_HEADING_PREFIX = '## ';
export const SECTION_HEADING_LEVEL = 2;

// CommonMark ATX heading: one to six '#' followed by whitespace or the end of the line. The s flag lets
// the title hold U+2028/U+2029, which are not line breaks in Markdown but which '.' would otherwise refuse.
const ATX_HEADING = /^(#{1,6})(?:\s+(.*))?$/su;

export interface MarkdownHeading {
  readonly level: number;
  /** Empty when the heading has no text. */
  readonly title: string;
}

/** The heading a trimmed line would be read as in Markdown, if any. */
export function parseMarkdownHeading(line: string): MarkdownHeading | undefined {
  const match = ATX_HEADING.exec(line);
  if (!match) return undefined;
  return { level: match[1]?.length ?? 0, title: (match[2] ?? '').trim() };
}
