import { parseArgs } from 'node:util';
import { loadArticles } from '../corpus/load-articles.js';
import { createSearchEngine, DEFAULT_TOP } from '../search/engine.js';
import type { Answer, SearchEngine } from '../search/types.js';
import { withoutControlCharacters } from '../text/control-characters.js';
import { type CliIo, EXIT_OK, EXIT_USAGE, firstLine, processIo, runIfMain, UsageError } from './cli-io.js';

const USAGE =
  'usage: npm run ask -- "<question>" [--json] [--top N] [--data DIR]\n' +
  '       npm run ask -- --stdin [--json] [--top N] [--data DIR] < questions.txt';

const DEFAULT_DATA_DIR = 'data/articles';
const MAX_TOP = 50;

interface AskRequest {
  readonly questions: readonly string[] | 'stdin';
  readonly json: boolean;
  readonly top: number;
  readonly dataDir: string;
}

/** The machine-readable shape of one answered question (one line of --json output). */
export interface AskJson {
  readonly query: string;
  readonly results: readonly {
    readonly article: string;
    readonly section: string;
    readonly paragraph: number;
    readonly excerpt: string;
    readonly score: number;
  }[];
}

function parseRequest(argv: readonly string[]): AskRequest | 'help' {
  let parsed: ReturnType<typeof parseFlags>;
  try {
    parsed = parseFlags(argv);
  } catch (error) {
    // parseArgs signals unknown or malformed flags with a TypeError coded ERR_PARSE_ARGS_*.
    throw new UsageError(firstLine(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) {
    throw new UsageError(`--top must be a whole number from 1 to ${MAX_TOP}, got '${values.top}'`);
  }
  if (values.stdin && positionals.length > 0) throw new UsageError('give a question or --stdin, not both');
  if (!values.stdin && positionals.length !== 1) {
    throw new UsageError(`expected one question (quote it), got ${positionals.length}`);
  }
  return { questions: values.stdin ? 'stdin' : positionals, json: values.json, top, dataDir: values.data };
}

function parseFlags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      stdin: { type: 'boolean', default: false },
      top: { type: 'string', default: String(DEFAULT_TOP) },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

export function toAskJson(query: string, answers: readonly Answer[]): AskJson {
  return {
    query,
    results: answers.map((answer) => ({
      article: answer.article.slug,
      section: answer.paragraph.sectionTitle,
      paragraph: answer.paragraph.number,
      excerpt: answer.excerpt,
      score: answer.score,
    })),
  };
}

/**
 * The question as echoed to a terminal: without control characters, which a
 * hostile input file could use to move the cursor, clear the screen or retitle
 * the window (ESC sequences). Articles cannot hold them (the loader refuses).
 */
function echoed(query: string): string {
  return withoutControlCharacters(query);
}

function formatHuman(query: string, answers: readonly Answer[], manyArticles: boolean): string[] {
  if (answers.length === 0) {
    return [`❓ ${echoed(query)}`, '   لا توجد إجابة لهذا السؤال في المقال. (No answer in the article.)'];
  }
  return [
    `❓ ${echoed(query)}`,
    ...answers.flatMap((answer, rank) => {
      const where = `${answer.paragraph.sectionTitle} · الفقرة ${answer.paragraph.number}`;
      const article = manyArticles ? ` · ${answer.article.title}` : '';
      return [
        `${rank + 1}. [${where}${article}] (score ${answer.score.toFixed(3)})`,
        `   «${answer.excerpt}»`,
      ];
    }),
  ];
}

async function readLines(stream: NodeJS.ReadableStream): Promise<string[]> {
  // One decoder for the whole stream, so a character whose bytes straddle two chunks is decoded whole.
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of stream) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  text += decoder.decode();
  const lines = text.split(/\r?\n/);
  // A final newline ends the last question; it does not start an empty one.
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function answer(engine: SearchEngine, request: AskRequest, question: string, io: CliIo): void {
  const answers = engine.ask(question, { top: request.top });
  if (request.json) io.stdout(JSON.stringify(toAskJson(question, answers)));
  else for (const line of formatHuman(question, answers, engine.articles.length > 1)) io.stdout(line);
}

/** The whole ask command, minus the process: returns the exit code and reports through `io`. */
export async function runAskCli(
  argv: readonly string[],
  io: CliIo,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  let request: AskRequest | 'help';
  try {
    request = parseRequest(argv);
  } catch (error) {
    io.stderr(`ask: ${firstLine(error)}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (request === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  let engine: SearchEngine;
  try {
    engine = createSearchEngine(await loadArticles(request.dataDir));
  } catch (error) {
    io.stderr(`ask: ${firstLine(error)}`);
    return EXIT_USAGE;
  }
  const questions = request.questions === 'stdin' ? await readLines(stdin) : request.questions;
  questions.forEach((question, i) => {
    if (i > 0 && !request.json) io.stdout('');
    answer(engine, request, question, io);
  });
  return EXIT_OK;
}

await runIfMain(import.meta.url, (argv) => runAskCli(argv, processIo));
