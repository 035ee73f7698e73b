import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../src/corpus/boilerplate.js';
import { IngestError, ingestRawText } from '../../src/corpus/ingest.js';
import { parseArticle } from '../../src/corpus/parse-article.js';
import { OPENING_SECTION_TITLE } from '../../src/corpus/segment-raw-text.js';
import { sectionsOf } from './sections-of.js';

const META = { title: 'مقال' };

// Pieces chosen to hit every rule: conjunction-led words, YAML look-alikes, boilerplate words, quotes, and
// (rarely, since a paragraph starting with one is refused) Markdown heading marks.
const word = fc.oneof(
  {
    weight: 40,
    arbitrary: fc.constantFrom(
      'روسيا',
      'وموسكو',
      'فيما',
      'الحرب',
      'مقدمة',
      '2020',
      '«قال»',
      '"رويترز"',
      'نقلًا',
      'ـــ',
      '---',
      'a:b',
      'اظهار',
      'أخبار',
      'متعلقة',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('#', '##') },
);
const ENDINGS = ['', '', '', '.', '؟', '!', '…', '.»', ':', '..'];

const textLine = fc
  .tuple(
    fc.array(word, { minLength: 1, maxLength: 12 }),
    fc.constantFrom(' ', '  ', '\t'),
    fc.constantFrom(...ENDINGS),
    fc.constantFrom('', ' ', '\t'),
  )
  .map(([words, separator, ending, padding]) => `${padding}${words.join(separator)}${ending}${padding}`);

const rawLine = fc.oneof(
  { weight: 8, arbitrary: textLine },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('اظهار أخبار متعلقة', 'إظهار أخبار متعلقة', 'اقرأ أيضا:') },
);

const articleLikeText = fc
  .tuple(fc.array(rawLine, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, lineBreak, withBom]) => `${withBom ? '\uFEFF' : ''}${lines.join(lineBreak)}`);

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc
    .array(fc.oneof(textLine, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 20 })
    .map((lines) => lines.join('\n')),
);

/** Ingests, returning undefined for input refused with an IngestError; any other error fails the property. */
function ingestOrRefuse(raw: string): string | undefined {
  try {
    return ingestRawText(raw, META);
  } catch (error) {
    if (error instanceof IngestError) return undefined;
    throw error;
  }
}

function contentLines(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !isBoilerplate(line));
}

const words = (text: string): string[] => text.split(/\s+/u).filter((word) => word !== '');

describe('ingestRawText on arbitrary input', () => {
  it('throws nothing but IngestError, and what it writes always loads', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, articleLikeText), (raw) => {
        const markdown = ingestOrRefuse(raw);
        if (markdown !== undefined) expect(() => parseArticle(markdown, 'arbitrary.md')).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every non-boilerplate line verbatim and loses, adds or reorders no word', () => {
    fc.assert(
      fc.property(articleLikeText, (raw) => {
        const markdown = ingestOrRefuse(raw);
        if (markdown === undefined) return;
        const sections = sectionsOf(parseArticle(markdown, 'arbitrary.md'));
        const lines = contentLines(raw);
        const titles = new Set(sections.map((section) => section.title));
        const paragraphs = sections.flatMap((section) => section.paragraphs);

        for (const line of lines) {
          if (!titles.has(line)) expect(paragraphs.some((paragraph) => paragraph.includes(line))).toBe(true);
        }
        const openingWasAdded =
          sections[0]?.title === OPENING_SECTION_TITLE && lines[0] !== OPENING_SECTION_TITLE;
        const written = sections.flatMap((section, index) =>
          index === 0 && openingWasAdded ? section.paragraphs : [section.title, ...section.paragraphs],
        );
        expect(words(written.join(' '))).toEqual(words(lines.join(' ')));
      }),
      { numRuns: 500 },
    );
  });
});
