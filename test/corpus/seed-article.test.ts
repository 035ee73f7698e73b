import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIngestCli } from '../../src/cli/ingest.js';
import { paragraphsOf } from '../../src/corpus/article.js';
import { isBoilerplate } from '../../src/corpus/boilerplate.js';
import { ingestRawText } from '../../src/corpus/ingest.js';
import { parseArticle } from '../../src/corpus/parse-article.js';
import { useTempDir } from './temp-dir.js';

const repoPath = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const RAW_PATH = repoPath('data/raw/000_b26cdf5148d532d7.txt');
const ARTICLE_PATH = repoPath('data/articles/kim-putin-alliance.md');
const SCRAPE_ARTIFACT = 'اظهار أخبار متعلقة';
const EXPECTED_SECTIONS = [
  { title: 'مقدمة', paragraphs: 2 },
  { title: 'موقفها من الحرب', paragraphs: 6 },
  { title: 'العلاقات الاقتصادية', paragraphs: 6 },
  { title: 'العلاقة تاريخيا', paragraphs: 6 },
];

const raw = await readFile(RAW_PATH, 'utf8');
const committed = await readFile(ARTICLE_PATH, 'utf8');
const article = parseArticle(committed, ARTICLE_PATH);
const paragraphs = paragraphsOf(article).map((paragraph) => paragraph.text);

/** The raw seed's sentences: artifact and heading lines left out, wrapped lines rejoined by one space. */
function rawSentences(): string[] {
  const headings = new Set(EXPECTED_SECTIONS.map((section) => section.title));
  const prose = raw
    .split('\n')
    .filter((line) => line !== SCRAPE_ARTIFACT && !headings.has(line))
    .join(' ');
  return (prose.match(/[^.!?؟]+(?:[.!?؟]+|$)/gu) ?? []).map((sentence) => sentence.trim());
}

/** Splits an npm script the way a shell would for the plain double-quoted words it uses. */
function scriptArguments(script: string): string[] {
  return [...script.matchAll(/"([^"]*)"|(\S+)/gu)].map((match) => match[1] ?? match[2] ?? '');
}

describe('the seed article kim-putin-alliance', () => {
  const tempDir = useTempDir();

  it('has the seed headings with its paragraph counts', () => {
    expect(
      article.sections.map((section) => ({ title: section.title, paragraphs: section.paragraphs.length })),
    ).toEqual(EXPECTED_SECTIONS);
  });

  it('keeps every raw sentence verbatim in exactly one paragraph', () => {
    const sentences = rawSentences();
    expect(sentences.length).toBeGreaterThan(20);
    for (const sentence of sentences) {
      expect({ sentence, holders: paragraphs.filter((text) => text.includes(sentence)).length }).toEqual({
        sentence,
        holders: 1,
      });
    }
  });

  it('rejoins the wrapped sentences, including the one that looks like a heading', () => {
    expect(paragraphs).toContain(
      'ونقلت الوكالة عن محللين وخبراء قولهم، إن العلاقة بين موسكو وبيونغيانغ لها أهمية بالغة لا سيما مع تزايد عزلة روسيا بعد حربها على أوكرانيا.',
    );
    expect(
      paragraphs.some((text) => text.startsWith('واتهمت الولايات المتحدة كوريا الشمالية بتزويد روسيا')),
    ).toBe(true);
  });

  it('lets no boilerplate line survive', () => {
    expect(committed).not.toContain(SCRAPE_ARTIFACT);
    expect(committed.split('\n').filter(isBoilerplate)).toEqual([]);
  });

  it('is reproduced byte for byte by ingesting the raw seed with the recorded metadata', () => {
    const { title, source, aliases } = article;
    expect(ingestRawText(raw, { title, ...(source === undefined ? {} : { source }), aliases })).toBe(
      committed,
    );
  });

  it('is reproduced byte for byte by the ingest:seed script', async () => {
    const packageJson = JSON.parse(await readFile(repoPath('package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const [runner, script, ...argv] = scriptArguments(packageJson.scripts['ingest:seed'] ?? '');
    expect([runner, script]).toEqual(['tsx', 'src/cli/ingest.ts']);
    const io = { stdout: () => {}, stderr: (line: string) => expect.fail(line) };

    expect(await runIngestCli([...argv, '--out', tempDir()], io)).toBe(0);
    expect(await readFile(join(tempDir(), 'kim-putin-alliance.md'), 'utf8')).toBe(committed);
  });
});
