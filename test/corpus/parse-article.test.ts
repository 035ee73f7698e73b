import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ArticleFormatError, parseArticle } from '../../src/corpus/parse-article.js';
import { sectionsOf } from './sections-of.js';

const VALID = [
  '---',
  'title: "كيم وبوتين: تحالف"',
  'source: رويترز',
  'language: ar',
  'aliases:',
  '  - [روسيا, موسكو]',
  '  - [الصين, بكين]',
  '---',
  '',
  '## مقدمة',
  '',
  'الفقرة الأولى.',
  '',
  'الفقرة الثانية.',
  '',
  '## الخلفية',
  '',
  'فقرة الخلفية.',
  '',
].join('\n');

function formatFailure(markdown: string, fileName = 'sample.md'): ArticleFormatError {
  try {
    parseArticle(markdown, fileName);
  } catch (error) {
    if (error instanceof ArticleFormatError) return error;
    throw error;
  }
  throw new Error('expected the article to be rejected');
}

describe('parseArticle on a valid file', () => {
  const article = parseArticle(VALID, 'data/articles/kim-putin.md');

  it('reads the front matter, taking the slug from the file name', () => {
    expect(article).toMatchObject({
      slug: 'kim-putin',
      title: 'كيم وبوتين: تحالف',
      source: 'رويترز',
      language: 'ar',
      aliases: [
        ['روسيا', 'موسكو'],
        ['الصين', 'بكين'],
      ],
    });
  });

  it('numbers sections from 0 and paragraphs from 1 within their section', () => {
    expect(article.sections.map((section) => section.index)).toEqual([0, 1]);
    expect(article.sections[0]?.paragraphs[1]).toEqual({
      id: 'kim-putin/0/2',
      articleSlug: 'kim-putin',
      sectionIndex: 0,
      sectionTitle: 'مقدمة',
      number: 2,
      text: 'الفقرة الثانية.',
    });
    expect(article.sections[1]?.paragraphs[0]?.id).toBe('kim-putin/1/1');
  });

  it('hashes the file content into a 12 hex digit content hash', () => {
    const expected = createHash('sha256').update(VALID).digest('hex').slice(0, 12);
    expect(article.contentHash).toBe(expected);
    expect(parseArticle(VALID.replace('الأولى', 'الأولي'), 'kim-putin.md').contentHash).not.toBe(expected);
  });

  it('defaults to no aliases and no source', () => {
    const minimal = parseArticle('---\ntitle: عنوان\nlanguage: ar\n---\n## قسم\nنص.', 'minimal.md');
    expect(minimal.aliases).toEqual([]);
    expect(minimal).not.toHaveProperty('source');
  });

  it('reads CRLF files and a byte order mark like LF files', () => {
    const crlf = parseArticle(`\uFEFF${VALID.replaceAll('\n', '\r\n')}`, 'kim-putin.md');
    expect(sectionsOf(crlf)).toEqual(sectionsOf(article));
  });

  it('joins the lines of a hand-wrapped paragraph with a space, as Markdown renders them', () => {
    const wrapped = parseArticle(
      '---\ntitle: عنوان\nlanguage: ar\n---\n## قسم\nسطر أول\nسطر ثان.\n',
      'wrapped.md',
    );
    expect(sectionsOf(wrapped)).toEqual([{ title: 'قسم', paragraphs: ['سطر أول سطر ثان.'] }]);
  });
});

describe('parseArticle on a malformed file', () => {
  const frontMatter = (yaml: string) => `---\n${yaml}\n---\n\n## قسم\n\nنص.\n`;
  const body = (markdown: string) => `---\ntitle: عنوان\nlanguage: ar\n---\n${markdown}`;

  it.each([
    {
      name: 'missing front matter',
      markdown: '## قسم\n\nنص.\n',
      line: 1,
      problem: /must start with a '---'/,
    },
    {
      name: 'an unclosed front matter',
      markdown: '---\ntitle: عنوان\nlanguage: ar\n',
      line: 1,
      problem: /never closed/,
    },
    {
      name: 'bad YAML',
      markdown: frontMatter('title: عنوان\nlanguage: [ar'),
      line: 3,
      problem: /invalid YAML/,
    },
    {
      name: 'a duplicate key',
      markdown: frontMatter('title: أ\ntitle: ب\nlanguage: ar'),
      line: 3,
      problem: /YAML/,
    },
    {
      name: 'a front matter that is not a mapping',
      markdown: frontMatter('- عنوان'),
      line: 1,
      problem: /mapping/,
    },
    { name: 'a missing title', markdown: frontMatter('language: ar'), line: 1, problem: /title is required/ },
    {
      name: 'a blank title',
      markdown: frontMatter('language: ar\ntitle: " "'),
      line: 3,
      problem: /title must not be blank/,
    },
    {
      name: 'a title that is not text',
      markdown: frontMatter('title: [أ]\nlanguage: ar'),
      line: 2,
      problem: /title must be a string/,
    },
    {
      name: 'a wrong language',
      markdown: frontMatter('title: عنوان\nlanguage: en'),
      line: 3,
      problem: /language must be 'ar'/,
    },
    {
      name: 'a missing language',
      markdown: frontMatter('title: عنوان'),
      line: 1,
      problem: /language is required/,
    },
    {
      name: 'an alias group of one name',
      markdown: frontMatter('title: عنوان\nlanguage: ar\naliases:\n  - [روسيا, موسكو]\n  - [بكين]'),
      line: 6,
      problem: /at least two names.*\(at aliases\[1\]\)/,
    },
    {
      name: 'a blank alias name',
      markdown: frontMatter('title: عنوان\nlanguage: ar\naliases:\n  - [روسيا, ""]'),
      line: 5,
      problem: /alias name must not be blank/,
    },
    {
      name: 'an unknown key',
      markdown: frontMatter('title: عنوان\nlanguage: ar\nauthor: أحد'),
      line: 4,
      problem: /unknown front matter key 'author'/,
    },
    {
      name: 'text before the first heading',
      markdown: body('\nنص تائه.\n## قسم\nنص.'),
      line: 6,
      problem: /before the first '## '/,
    },
    {
      name: 'an empty section',
      markdown: body('## قسم فارغ\n\n## قسم\nنص.'),
      line: 5,
      problem: /'قسم فارغ' has no paragraph/,
    },
    {
      name: 'an empty last section',
      markdown: body('## قسم\nنص.\n\n## الأخير\n\n'),
      line: 8,
      problem: /'الأخير' has no paragraph/,
    },
    { name: 'no sections', markdown: body('\n'), line: 5, problem: /no sections/ },
    {
      name: 'a level-1 heading',
      markdown: body('# قسم\nنص.'),
      line: 5,
      problem: /only '## ' section headings/,
    },
    {
      name: 'a level-3 heading',
      markdown: body('## قسم\nنص.\n### فرع\nنص.'),
      line: 7,
      problem: /only '## ' section headings/,
    },
    {
      name: 'a heading without a title',
      markdown: body('## قسم\nنص.\n##\nنص.'),
      line: 7,
      problem: /needs a title/,
    },
  ])('rejects $name, naming file, line and problem', ({ markdown, line, problem }) => {
    const error = formatFailure(markdown);
    expect(error).toMatchObject({ file: 'sample.md', line });
    expect(error.message).toMatch(problem);
    expect(error.message.startsWith(`sample.md:${line}: `)).toBe(true);
  });

  it.each(['Kim-Putin.md', '-kim.md', 'kim_putin.md', 'kim.txt', 'روسيا.md'])(
    'rejects the file name %s as a slug',
    (fileName) => {
      expect(formatFailure(VALID, fileName)).toMatchObject({
        file: fileName,
        line: 1,
        message: expect.stringMatching(/<slug>\.md/),
      });
    },
  );
});
