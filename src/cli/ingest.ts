import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ArticleMeta, ArticleMetaError, validateArticleMeta } from '../corpus/article-meta.js';
import { decodeUtf8, InvalidUtf8Error } from '../corpus/decode-utf8.js';
import { IngestError, ingestRawText } from '../corpus/ingest.js';
import { isValidSlug, SLUG_RULE } from '../corpus/slug.js';
import { TargetExistsError, writeFileAtomically } from '../corpus/write-file-atomically.js';
import {
  type CliIo,
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  firstLine,
  processIo,
  runIfMain,
  UsageError,
} from './cli-io.js';

const USAGE =
  'usage: npm run ingest -- <raw.txt> --slug <slug> --title "<title>" [--source "<source>"] ' +
  '[--alias "name1,name2" ...] [--force] [--out DIR]';

const DEFAULT_OUT_DIR = 'data/articles';

// Both the Latin and the Arabic comma, since alias lists are typed on Arabic keyboards.
const ALIAS_SEPARATOR = /[,،]/u;

interface IngestRequest {
  readonly rawPath: string;
  readonly slug: string;
  readonly meta: ArticleMeta;
  readonly outDir: string;
  readonly force: boolean;
}

function parseAliasFlag(value: string): string[] {
  return value.split(ALIAS_SEPARATOR).map((name) => name.trim());
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        slug: { type: 'string' },
        title: { type: 'string' },
        source: { type: 'string' },
        alias: { type: 'string', multiple: true },
        force: { type: 'boolean', default: false },
        out: { type: 'string', default: DEFAULT_OUT_DIR },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // parseArgs signals bad flags with a TypeError coded ERR_PARSE_ARGS_*.
    throw new UsageError((error as Error).message);
  }
}

function parseRequest(argv: readonly string[]): IngestRequest | 'help' {
  const { values, positionals } = parseFlags(argv);
  if (values.help) return 'help';
  const [rawPath, ...extra] = positionals;
  if (rawPath === undefined || extra.length > 0) {
    throw new UsageError(`expected exactly one raw text file, got ${positionals.length}`);
  }
  if (values.slug === undefined) throw new UsageError('missing --slug');
  if (!isValidSlug(values.slug)) throw new UsageError(`--slug '${values.slug}' must be made of ${SLUG_RULE}`);
  if (values.title === undefined) throw new UsageError('missing --title');
  try {
    const meta = validateArticleMeta({
      title: values.title,
      ...(values.source === undefined ? {} : { source: values.source }),
      aliases: (values.alias ?? []).map(parseAliasFlag),
    });
    return { rawPath, slug: values.slug, meta, outDir: values.out, force: values.force };
  } catch (error) {
    if (error instanceof ArticleMetaError) throw new UsageError(error.message);
    throw error;
  }
}

async function readRawText(rawPath: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(rawPath);
  } catch (error) {
    throw new Error(`cannot read the raw text file: ${(error as Error).message}`);
  }
  try {
    return decodeUtf8(bytes);
  } catch (error) {
    if (error instanceof InvalidUtf8Error) throw new Error(`${rawPath}:${error.line}: ${error.message}`);
    throw error;
  }
}

/** Writes the article all at once; on any failure an existing article is left exactly as it was. */
async function writeArticle(target: string, markdown: string, force: boolean): Promise<void> {
  try {
    await writeFileAtomically(target, markdown, { overwrite: force });
  } catch (error) {
    if (error instanceof TargetExistsError) {
      throw new Error(`${target} already exists; pass --force to overwrite it`);
    }
    throw new Error(`cannot write ${target}: ${(error as Error).message} (nothing was changed)`);
  }
}

async function ingest(request: IngestRequest): Promise<string> {
  const raw = await readRawText(request.rawPath);
  let markdown: string;
  try {
    markdown = ingestRawText(raw, request.meta);
  } catch (error) {
    if (error instanceof IngestError) throw new Error(`${request.rawPath}:${error.line}: ${error.problem}`);
    throw error;
  }
  const target = join(request.outDir, `${request.slug}.md`);
  await writeArticle(target, markdown, request.force);
  return target;
}

/** The whole ingest command, minus the process: returns the exit code and reports through `io`. */
export async function runIngestCli(argv: readonly string[], io: CliIo): Promise<number> {
  let request: IngestRequest | 'help';
  try {
    request = parseRequest(argv);
  } catch (error) {
    io.stderr(`ingest: ${firstLine(error)} (${USAGE})`);
    return EXIT_USAGE;
  }
  if (request === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  try {
    io.stdout(`ingest: wrote ${await ingest(request)}`);
    return EXIT_OK;
  } catch (error) {
    io.stderr(`ingest: ${firstLine(error)}`);
    return EXIT_FAILED;
  }
}

await runIfMain(import.meta.url, (argv) => runIngestCli(argv, processIo));
