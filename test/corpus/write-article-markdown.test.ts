import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdownHeading } from '../../src/corpus/markdown-syntax.js';
import { parseArticle } from '../../src/corpus/parse-article.js';
import { nonTextProblem } from '../../src/corpus/text-characters.js';
import { writeArticleMarkdown } from '../../src/corpus/write-article-markdown.js';
import { sectionsOf } from './sections-of.js';

describe('writeArticleMarkdown', () => {
  it('writes front matter, one alias group per line, and blank-line separated sections', () => {
    const markdown = writeArticleMarkdown(
      { title: 'كيم وبوتين: تحالف', source: 'رويترز', aliases: [['روسيا', 'موسكو']] },
      [
        { title: 'مقدمة', paragraphs: ['الأولى.', 'الثانية.'] },
        { title: 'الخلفية', paragraphs: ['الثالثة.'] },
      ],
    );
    expect(markdown).toBe(
      [
        '---',
        'title: "كيم وبوتين: تحالف"',
        'source: رويترز',
        'language: ar',
        'aliases:',
        '  - [روسيا, موسكو]',
        '---',
        '',
        '## مقدمة',
        '',
        'الأولى.',
        '',
        'الثانية.',
        '',
        '## الخلفية',
        '',
        'الثالثة.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out a missing source and an empty alias list', () => {
    const markdown = writeArticleMarkdown({ title: 'عنوان', aliases: [] }, [
      { title: 'قسم', paragraphs: ['نص.'] },
    ]);
    expect(markdown.startsWith('---\ntitle: عنوان\nlanguage: ar\n---\n')).toBe(true);
  });
});

// Any text a line of the body can hold: one line, no surrounding whitespace, no character articles refuse.
const lineText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter(
    (text) =>
      text.trim() === text && text !== '' && !/[\r\n]/u.test(text) && nonTextProblem(text) === undefined,
  );
const paragraphText = lineText.filter((text) => parseMarkdownHeading(text) === undefined);
// Front matter values go through YAML, so they may hold any text that is not blank.
const metaText = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 40 })
  .filter((text) => text.trim() !== '' && nonTextProblem(text) === undefined);

describe('the article writer and parser', () => {
  it('agree: parsing a written article gives back its metadata and sections', () => {
    fc.assert(
      fc.property(
        metaText,
        fc.option(metaText, { nil: undefined }),
        fc.array(fc.array(metaText, { minLength: 2, maxLength: 3 }), { maxLength: 3 }),
        // Section titles are unique within an article (the parser refuses repeats).
        fc.uniqueArray(
          fc.record({ title: lineText, paragraphs: fc.array(paragraphText, { minLength: 1, maxLength: 4 }) }),
          { minLength: 1, maxLength: 4, selector: (section) => section.title.toLowerCase() },
        ),
        (title, source, aliases, sections) => {
          const meta = { title, ...(source === undefined ? {} : { source }), aliases };
          const article = parseArticle(writeArticleMarkdown(meta, sections), 'round-trip.md');
          expect({ title: article.title, source: article.source, aliases: article.aliases }).toEqual({
            title,
            source,
            aliases,
          });
          expect(sectionsOf(article)).toEqual(sections);
        },
      ),
    );
  });
});
