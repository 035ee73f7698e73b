import { execFileSync } from 'node:child_process';
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Article, paragraphsOf } from '../../src/corpus/article.js';
import { ArticleLoadError, loadArticles, MAX_ARTICLE_BYTES } from '../../src/corpus/load-articles.js';
import { ArticleFormatError } from '../../src/corpus/parse-article.js';
import { buildQuoteReply } from '../../src/discord/replies/quote.js';
import { createSearchEngine } from '../../src/search/engine.js';
import { MAX_EXCERPT_LENGTH } from '../../src/search/excerpt.js';
import { payloadProblems } from '../discord/helpers/discord-rules.js';
import { sectionsOf } from './sections-of.js';
import { useTempDir } from './temp-dir.js';

/**
 * Article files as they break in practice (hand edits, other editors, other
 * encodings, bad copies), each loaded from a real folder the way the bot
 * loads its corpus. Every one is either read exactly as its clean LF/UTF-8
 * twin, or refused with `file:line: problem`: never half-read, never crashed on.
 */

const FRONT_MATTER = [
  '---',
  'title: "كيم وبوتين: تحالف"',
  'source: رويترز',
  'language: ar',
  'aliases:',
  '  - [روسيا, موسكو]',
  '---',
];
const BODY = [
  '',
  '## مقدمة',
  '',
  'الفقرة الأولى.',
  '',
  'الفقرة الثانية',
  'ممتدة على سطرين.',
  '',
  '## الخلفية',
  '',
  'فقرة الخلفية.',
  '',
];
/** The clean file every accepted variant must read as: LF line breaks, no byte order mark. */
const CLEAN = [...FRONT_MATTER, ...BODY].join('\n');

const lines = (...all: string[]): string => all.join('\n');
/** A file with the valid front matter (lines 1–7) and `body` from line 8 on. */
const withBody = (...body: string[]): string => lines(...FRONT_MATTER, ...body);
/** A file with `yaml` (from line 2) as its front matter and a valid body after it. */
const withFrontMatter = (...yaml: string[]): string =>
  lines('---', ...yaml, '---', '', '## قسم', '', 'نص.', '');
const bytes = (...parts: (string | readonly number[])[]): Buffer =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))),
  );

interface Refused {
  readonly name: string;
  readonly content: string | Buffer;
  readonly line: number;
  readonly problem: RegExp;
}

const REFUSED: readonly Refused[] = [
  { name: 'an empty file', content: '', line: 1, problem: /the file is empty/ },
  { name: 'a whitespace-only file', content: '  \n\t\n\n', line: 1, problem: /only whitespace/ },
  {
    name: 'no front matter',
    content: lines('## قسم', '', 'نص.'),
    line: 1,
    problem: /must start with a '---' line opening the YAML front matter/,
  },
  {
    name: 'a front matter that is never closed',
    content: lines('---', 'title: عنوان', 'language: ar', '', '## قسم', '', 'نص.'),
    line: 1,
    problem: /front matter is never closed by a '---' line/,
  },
  {
    name: 'a front matter that is not YAML',
    content: withFrontMatter('title: عنوان', 'language: ar', 'aliases: [روسيا, موسكو'),
    line: 4,
    problem: /invalid YAML in the front matter/,
  },
  {
    name: 'a front matter that is a YAML list',
    content: withFrontMatter('- title: عنوان', '- language: ar'),
    line: 1,
    problem: /front matter must be a YAML mapping of keys to values/,
  },
  {
    name: 'a front matter that is plain text',
    content: withFrontMatter('مقال عن كيم وبوتين'),
    line: 1,
    problem: /front matter must be a YAML mapping/,
  },
  {
    name: 'a title of the wrong type',
    content: withFrontMatter('title: 2024', 'language: ar'),
    line: 2,
    problem: /title must be a string/,
  },
  {
    name: 'aliases of the wrong type',
    content: withFrontMatter('title: عنوان', 'language: ar', 'aliases: روسيا وموسكو'),
    line: 4,
    problem: /aliases must be a list of alias groups/,
  },
  {
    name: 'a missing title',
    content: withFrontMatter('source: رويترز', 'language: ar'),
    line: 1,
    problem: /title is required/,
  },
  {
    name: 'an unknown language',
    content: withFrontMatter('title: عنوان', 'language: fr'),
    line: 3,
    problem: /language must be 'ar', the only language iqtibas analyzes/,
  },
  {
    name: 'a control character in the title, escaped in YAML',
    content: withFrontMatter('title: "عنوان\\x07"', 'language: ar'),
    line: 2,
    problem: /title contains the character U\+0007, which is not article text/,
  },
  {
    name: 'two sections with the same title',
    content: withBody(
      '',
      '## الخلفية',
      '',
      'نص أول.',
      '',
      '## مقدمة',
      '',
      'نص.',
      '',
      '## الخلفية',
      '',
      'نص آخر.',
    ),
    line: 17,
    problem: /section title 'الخلفية' is already used at line 9: give each section its own title/,
  },
  {
    name: 'a section heading with no paragraph',
    content: withBody('', '## مقدمة', '', '## الخلفية', '', 'نص.'),
    line: 9,
    problem: /the section 'مقدمة' has no paragraph/,
  },
  {
    // The format: every paragraph belongs to a `## ` section, since answers cite a section and a paragraph number.
    name: 'text before the first heading',
    content: withBody('', 'فقرة بلا قسم.', '', '## مقدمة', '', 'نص.'),
    line: 9,
    problem: /text before the first '## ' heading: every paragraph must belong to a section/,
  },
  {
    name: 'invalid UTF-8 in a paragraph',
    content: bytes(withBody('', '## مقدمة', '', 'نص سليم.', '', 'نص '), [0xff, 0xfe], ' تالف.\n'),
    line: 13,
    problem: /the byte 0xFF is not valid UTF-8: save the file as UTF-8/,
  },
  {
    // What an Arabic file saved by an old Windows editor looks like: نص in Windows-1256.
    name: 'a paragraph in Windows-1256',
    content: bytes(withBody('', '## مقدمة', '', ''), [0xe4, 0xd5], '.\n'),
    line: 11,
    problem: /the byte 0xE4 is not valid UTF-8.*Windows-1256/,
  },
  {
    name: 'a file cut off inside a character',
    content: bytes(withBody('', '## مقدمة', '', 'نص'), [0xd8]),
    line: 11,
    problem: /the byte 0xD8 is not valid UTF-8/,
  },
  {
    name: 'invalid UTF-8 in the front matter, after CRLF line breaks',
    content: bytes(
      '---\r\ntitle: عنوان\r\nsource: ',
      [0xc0, 0x80],
      '\r\nlanguage: ar\r\n---\r\n## قسم\r\nنص.\r\n',
    ),
    line: 3,
    problem: /the byte 0xC0 is not valid UTF-8/,
  },
  {
    name: 'a NUL byte',
    content: withBody('', '## مقدمة', '', 'نص\u0000ثنائي.'),
    line: 11,
    problem: /contains a NUL byte, which is not article text \(binary data or a wrong encoding\?\)/,
  },
  {
    name: 'a replacement character left by an earlier bad conversion',
    content: withBody('', '## مقدمة', '', 'نص \uFFFD.'),
    line: 11,
    problem: /contains the character U\+FFFD/,
  },
];

/** Each accepted variant, as bytes on disk; all must load exactly as `CLEAN`. */
const ACCEPTED: readonly { readonly name: string; readonly content: string }[] = [
  { name: 'a byte order mark', content: `\uFEFF${CLEAN}` },
  { name: 'CRLF line breaks', content: CLEAN.replaceAll('\n', '\r\n') },
  { name: 'lone CR line breaks (classic Mac)', content: CLEAN.replaceAll('\n', '\r') },
  { name: 'a byte order mark and CRLF', content: `\uFEFF${CLEAN.replaceAll('\n', '\r\n')}` },
  { name: 'mixed line breaks', content: CLEAN.replace('\n', '\r\n').replace('\n', '\r') },
];

async function loadFailure(dir: string): Promise<ArticleLoadError> {
  const outcome = await loadArticles(dir).then(
    (articles) => articles,
    (error: unknown) => error,
  );
  if (outcome instanceof ArticleLoadError) return outcome;
  throw new Error(
    `expected an ArticleLoadError, got ${Array.isArray(outcome) ? 'a corpus' : String(outcome)}`,
  );
}

/** Everything of an article a user can be shown or search, without the content hash (it hashes the bytes). */
function readable(article: Article) {
  return {
    slug: article.slug,
    title: article.title,
    source: article.source,
    aliases: article.aliases,
    sections: sectionsOf(article),
  };
}

function allTexts(article: Article): string[] {
  return [
    article.title,
    article.source ?? '',
    ...article.aliases.flat(),
    ...article.sections.map((section) => section.title),
    ...paragraphsOf(article).flatMap((paragraph) => [paragraph.text, paragraph.sectionTitle]),
  ];
}

describe('loading broken article files', () => {
  const tempDir = useTempDir();

  async function loadOne(content: string | Buffer): Promise<Article[]> {
    await writeFile(join(tempDir(), 'article.md'), content);
    return loadArticles(tempDir());
  }

  it.each(REFUSED)('refuses $name, naming the file, line and problem', async ({ content, line, problem }) => {
    const path = join(tempDir(), 'article.md');
    await writeFile(path, content);

    const error = await loadFailure(tempDir());
    expect(error.message.startsWith(`${path}:${line}: `)).toBe(true);
    expect(error.message).toMatch(problem);
    // One line: it is printed as the reason the bot will not start.
    expect(error.message).not.toContain('\n');
    expect(error.cause).toBeInstanceOf(ArticleFormatError);
    expect(error.cause).toMatchObject({ file: path, line });
  });

  it.each(ACCEPTED)('reads a file with $name exactly as its LF twin', async ({ content }) => {
    const [clean] = await loadOne(CLEAN);
    const [variant] = await loadOne(content);
    if (clean === undefined || variant === undefined) throw new Error('expected one article each time');

    expect(readable(variant)).toEqual(readable(clean));
    for (const text of allTexts(variant)) {
      expect(text).not.toMatch(/[\r\uFEFF]/u);
    }
  });

  it('refuses the whole corpus when one file of two is broken: nothing is served partially', async () => {
    // The good file sorts first, so a loader that stopped at the broken one would already hold it.
    await writeFile(join(tempDir(), 'a-good.md'), CLEAN);
    await writeFile(
      join(tempDir(), 'b-broken.md'),
      bytes(withBody('', '## مقدمة', '', 'نص '), [0xff], '.\n'),
    );

    const error = await loadFailure(tempDir());
    expect(error.message).toMatch(/b-broken\.md:11: the byte 0xFF is not valid UTF-8/);
    expect(error.message).not.toContain('a-good.md');
  });
});

/**
 * Entries named like an article that are not one. Each is refused before it
 * is read: reading a link to a pipe would block startup forever, and a link to
 * /dev/zero would read until the memory ran out.
 */
describe('article entries that are not article files', () => {
  const tempDir = useTempDir();

  it.each([
    ['a link to an endless device', async (path: string) => symlink('/dev/zero', path), /not a regular file/],
    [
      'a named pipe',
      async (path: string) => {
        execFileSync('mkfifo', [path]);
      },
      /not a regular file/,
    ],
    [
      'a link to a named pipe',
      async (path: string) => {
        execFileSync('mkfifo', [`${path}.fifo`]);
        await symlink(`${path}.fifo`, path);
      },
      /not a regular file/,
    ],
    [
      'a link to a folder',
      async (path: string) => {
        await mkdir(`${path}.d`);
        await symlink(`${path}.d`, path);
      },
      /not a regular file/,
    ],
    [
      'a link to nothing (an editor lock file, say)',
      async (path: string) => symlink(`${path}.gone`, path),
      /a link to nothing/,
    ],
    ['a link to itself', async (path: string) => symlink(path, path), /leads back to itself/],
    [
      'a file over the size limit',
      async (path: string) => {
        await writeFile(path, CLEAN);
        await truncate(path, MAX_ARTICLE_BYTES + 1);
      },
      /MiB, over the 16 MiB an article may have/,
    ],
  ] as const)('refuses %s with a clear reason, without reading it', async (_, make, reason) => {
    await writeFile(join(tempDir(), 'a-good.md'), CLEAN);
    const path = join(tempDir(), 'b-entry.md');
    await make(path);

    const error = await loadFailure(tempDir());
    expect(error.message).toContain(`'${path}'`);
    expect(error.message).toMatch(reason);
    expect(error.message).not.toContain('\n');
  });
});

/**
 * A 50,000-character paragraph is accepted. A paragraph is what users cite by
 * number, so the loader cannot split it without renumbering what people have
 * quoted, and refusing it would make a whole article (a transcript, a speech
 * with no breaks) unusable. Accepting it is safe because nothing downstream
 * grows with a paragraph's length: the engine scores and excerpts sentences
 * (at most ~350 characters), and replies are clipped to Discord's limits.
 */
describe('a single 50,000-character paragraph', () => {
  const tempDir = useTempDir();
  const PARAGRAPH_LENGTH = 50_000;
  const FILLER = 'وتحدث المسؤولون في الاجتماع عن قضايا كثيرة تخص التجارة والزراعة والتعليم في المنطقة';
  const NEEDLE = 'وافتتح الوزير جسر النهر الجديد في مدينة الإسكندرية عام 1998';

  /** FILLER repeated around NEEDLE (halfway in), `end` closing each sentence, cut to exactly the length. */
  function longParagraph(end: string): string {
    const sentences = (count: number) => Array.from({ length: count }, () => `${FILLER}${end}`).join(' ');
    const half = Math.ceil(PARAGRAPH_LENGTH / 2 / FILLER.length);
    const text = `${sentences(half)} ${NEEDLE}${end} ${sentences(half)}`;
    // A final full stop, so the cut never leaves trailing whitespace (the loader trims lines).
    return `${text.slice(0, PARAGRAPH_LENGTH - 1)}.`;
  }

  async function loadLong(paragraph: string): Promise<Article> {
    await writeFile(
      join(tempDir(), 'long.md'),
      withBody('', '## مقدمة', '', paragraph, '', '## الخلفية', '', 'جملة قصيرة.'),
    );
    const [article] = await loadArticles(tempDir());
    if (article === undefined) throw new Error('expected the article to load');
    return article;
  }

  it.each([
    { name: 'of sentences', end: '.' },
    { name: 'one sentence, with no punctuation before its end', end: '' },
  ])(
    'made $name loads verbatim, and the engine quotes the sentence asked about in a bounded excerpt',
    async ({ end }) => {
      const paragraph = longParagraph(end);
      expect(paragraph).toHaveLength(PARAGRAPH_LENGTH);
      const article = await loadLong(paragraph);
      expect(article.sections[0]?.paragraphs.map((each) => each.text)).toEqual([paragraph]);

      const [best] = createSearchEngine([article]).ask('متى افتتح الوزير جسر النهر في الإسكندرية؟');
      expect(best?.paragraph.text).toBe(paragraph);
      expect(best?.excerpt).toContain('افتتح الوزير جسر النهر');
      expect(best?.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH);
    },
  );

  it('made of one 50,000-letter word loads, indexes and leaves the rest of the article searchable', async () => {
    const word = 'ب'.repeat(PARAGRAPH_LENGTH);
    const article = await loadLong(word);
    const engine = createSearchEngine([article]);
    expect(engine.ask('جملة قصيرة')[0]?.paragraph.sectionTitle).toBe('الخلفية');
    for (const answer of engine.ask(word.slice(0, 300), { minScore: 0 })) {
      expect(answer.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH);
    }
  });

  it('is quoted whole within Discord limits', async () => {
    const article = await loadLong(longParagraph('.'));
    const section = article.sections[0];
    const paragraph = section?.paragraphs[0];
    if (section === undefined || paragraph === undefined) throw new Error('expected the long paragraph');
    expect(payloadProblems(buildQuoteReply(article, section, paragraph))).toEqual([]);
  });
});
