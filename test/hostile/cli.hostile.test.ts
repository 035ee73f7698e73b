import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AskJson, runAskCli } from '../../src/cli/ask.js';
import { type Paragraph, paragraphsOf } from '../../src/corpus/article.js';
import { loadArticles } from '../../src/corpus/load-articles.js';
import { HOSTILE_INPUTS, type HostileOutcome, SEED_QUESTION } from './hostile-inputs.js';

/** Every hostile case through `npm run ask`, one question at a time and all together on stdin. */

async function run(argv: readonly string[], stdin: Readable = Readable.from([''])) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAskCli(
    argv,
    { stdout: (line) => out.push(line), stderr: (line) => err.push(line) },
    stdin,
  );
  return { code, out, err };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what must not appear.
const RAW_CONTROL = /[\u0000-\u001F]/;

/** One line of --json output: well-formed text on one line that parses as the documented shape. */
function parseJsonLine(line: string): AskJson {
  expect(line).not.toMatch(RAW_CONTROL);
  expect(line).not.toMatch(LONE_SURROGATE);
  const parsed = JSON.parse(line) as AskJson;
  expect(Object.keys(parsed).sort()).toEqual(['query', 'results']);
  return parsed;
}

let paragraphs: Paragraph[];

beforeAll(async () => {
  paragraphs = (await loadArticles('data/articles')).flatMap(paragraphsOf);
});

function expectOutcome(parsed: AskJson, expected: HostileOutcome): void {
  if (expected.kind === 'no-result') {
    expect(parsed.results).toEqual([]);
    return;
  }
  const answering = paragraphs.find((paragraph) => paragraph.text.includes(expected.passage));
  if (answering === undefined) throw new Error(`no paragraph holds «${expected.passage}»`);
  expect(parsed.results[0]).toMatchObject({ section: answering.sectionTitle, paragraph: answering.number });
  expect(answering.text).toContain(parsed.results[0]?.excerpt.replaceAll('…', '').trim());
}

describe('npm run ask -- --json on hostile input', () => {
  it.each(HOSTILE_INPUTS.map((input) => [input.name, input] as const))('%s', async (_name, input) => {
    // `--` ends the flags, so a question starting with `-` (subtext, a list) is still a question.
    const { code, out, err } = await run(['--json', '--', input.text]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const parsed = parseJsonLine(out[0] ?? '');
    expect(parsed.query).toBe(input.text);
    expectOutcome(parsed, input.expect);
  });

  it('answers the question a hostile case wraps with the passage the catalogue names', async () => {
    const { out } = await run(['--json', '--top', '1', '--', `\u202E@everyone ${SEED_QUESTION}\u0000`]);
    expect(parseJsonLine(out[0] ?? '').results[0]).toMatchObject({
      section: 'العلاقة تاريخيا',
      paragraph: 6,
    });
  });

  it('refuses a question that looks like a flag with a clear message instead of guessing', async () => {
    const { code, out, err } = await run(['--json', '-# سؤال']);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/^ask: .*'-#'.*'--'/);
  });
});

/**
 * The catalogue as stdin lines: the CLI splits on newlines, so each text's own
 * line breaks become spaces (and so does a carriage return ending a text,
 * which would read as half of a CRLF line break).
 */
const STDIN_LINES = HOSTILE_INPUTS.map((input) => ({
  ...input,
  text: input.text.replace(/\r?\n|\r$/g, ' '),
}));

describe('npm run ask -- --stdin --json on hostile input', () => {
  it('answers every line with one JSON object, in order, and exits 0', async () => {
    const stdin = Readable.from([`${STDIN_LINES.map((line) => line.text).join('\n')}\n`]);
    const { code, out, err } = await run(['--stdin', '--json'], stdin);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(STDIN_LINES.length);
    out.forEach((line, index) => {
      const input = STDIN_LINES[index];
      if (input === undefined) throw new Error(`no input for output line ${index}`);
      const parsed = parseJsonLine(line);
      expect(parsed.query, input.name).toBe(input.text);
      expectOutcome(parsed, input.expect);
    });
  });

  it('decodes a character whose bytes arrive in two chunks, and shows undecodable bytes as U+FFFD', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${SEED_QUESTION}\n`),
      Buffer.from([0xff, 0xfe, 0x0a]),
      // A surrogate encoded as UTF-8 (CESU-8), which no valid UTF-8 holds.
      Buffer.from([0xed, 0xa0, 0x80, 0x0a]),
    ]);
    // Every split point, each inside or between characters: the decoding must never depend on chunking.
    const splits = [1, 2, 3, 5, 8, 13];
    const chunks = splits.map((at, i) => bytes.subarray(splits[i - 1] ?? 0, at));
    chunks.push(bytes.subarray(splits.at(-1)));
    const { code, out } = await run(['--stdin', '--json'], Readable.from(chunks));
    expect(code).toBe(0);
    const queries = out.map((line) => parseJsonLine(line).query);
    expect(queries[0]).toBe(SEED_QUESTION);
    expect(queries.slice(1).every((query) => /^\uFFFD+$/.test(query))).toBe(true);
    expect(queries).toHaveLength(3);
  });
});
