import { isBoilerplate } from './boilerplate.js';
import type { DraftSection } from './draft-section.js';
import { IngestError } from './ingest-error.js';
import { parseMarkdownHeading } from './markdown-syntax.js';
import { type RawLine, readRawLines } from './raw-lines.js';

/** The section that holds the paragraphs of an article's untitled opening. */
export const OPENING_SECTION_TITLE = 'مقدمة';

/** Headings in scraped news are a few words; anything longer is a sentence that lost its punctuation. */
const MAX_HEADING_WORDS = 6;

// Sentence punctuation (Latin and Arabic), optionally followed by closing quotes or brackets.
const SENTENCE_END = /[.!?؟…۔]["'”’»)\]]*$/u;

// A line led by the conjunction و or ف continues the sentence before it, however short it is.
const CONJUNCTION_LED = /^[وف]/u;

const LETTER = /\p{L}/u;

function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

function isHeadingLine(text: string): boolean {
  return (
    text.split(/\s+/u).length <= MAX_HEADING_WORDS &&
    !endsSentence(text) &&
    !CONJUNCTION_LED.test(text) &&
    LETTER.test(text)
  );
}

interface OpenSection {
  readonly title: string;
  /** Raw line of the heading (0 for the synthesized opening section). */
  readonly line: number;
  readonly paragraphs: string[];
}

function headingWithoutParagraph(section: OpenSection): IngestError {
  return new IngestError(section.line, `the heading '${section.title}' has no paragraph after it`);
}

// The article file refuses two sections with one title (readers pick sections by title), so ingest does too.
const sameSectionTitle = (left: string, right: string): boolean => left.toLowerCase() === right.toLowerCase();

function headingRepeated(line: RawLine, earlier: OpenSection): IngestError {
  const where =
    earlier.line === 0
      ? 'the title given to the untitled opening'
      : `already a heading at line ${earlier.line}`;
  return new IngestError(
    line.number,
    `the heading '${line.text}' is ${where}: an article cannot have two sections with one title`,
  );
}

/**
 * Rebuilds the sections of a raw scrape. Hard-wrapped lines are buffered until
 * one ends a sentence (or a blank line, boilerplate or the end of input closes
 * the paragraph) and joined with a single space; a short line without final
 * punctuation that starts a paragraph is a heading. Kept text is otherwise
 * copied character for character.
 */
export function segmentRawText(raw: string): DraftSection[] {
  const lines = readRawLines(raw);
  if (lines.every((line) => line.text === '')) throw new IngestError(1, 'the input is empty');

  const sections: OpenSection[] = [];
  let paragraphLines: RawLine[] = [];

  const closeParagraph = (): void => {
    const [first] = paragraphLines;
    if (first === undefined) return;
    const text = paragraphLines.map((line) => line.text).join(' ');
    if (parseMarkdownHeading(text)) {
      throw new IngestError(
        first.number,
        "a paragraph cannot start with '#' and a space: the article file would read it as a Markdown heading",
      );
    }
    if (sections.length === 0) sections.push({ title: OPENING_SECTION_TITLE, line: 0, paragraphs: [] });
    sections.at(-1)?.paragraphs.push(text);
    paragraphLines = [];
  };

  const openSection = (line: RawLine): void => {
    const current = sections.at(-1);
    if (current && current.paragraphs.length === 0) throw headingWithoutParagraph(current);
    const namesake = sections.find((section) => sameSectionTitle(section.title, line.text));
    if (namesake) throw headingRepeated(line, namesake);
    sections.push({ title: line.text, line: line.number, paragraphs: [] });
  };

  for (const line of lines) {
    if (line.text === '' || isBoilerplate(line.text)) {
      closeParagraph();
    } else if (paragraphLines.length === 0 && isHeadingLine(line.text)) {
      openSection(line);
    } else {
      paragraphLines.push(line);
      if (endsSentence(line.text)) closeParagraph();
    }
  }
  closeParagraph();

  const last = sections.at(-1);
  if (last === undefined) throw new IngestError(1, 'found no paragraphs: the input holds only boilerplate');
  if (last.paragraphs.length === 0) throw headingWithoutParagraph(last);
  return sections.map(({ title, paragraphs }) => ({ title, paragraphs }));
}
