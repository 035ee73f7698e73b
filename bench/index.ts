/**
 * `npm run bench` entry: picks the benchmark from the flags, prints a report
 * (or, with --json, one JSON object and nothing else on stdout).
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from './datasets.js';
import { runDataset } from './external.js';
import { DEFAULT_LOAD_COUNT, DEFAULT_LOAD_WINDOW } from './load-defaults.js';
import { DATASET_NAMES, DATASETS_ROOT } from './paths.js';
import { LUCENE_ARABIC_TOP1, README_PUNCT_SPLIT_ACROSS_TOP1 } from './references.js';
import { checksReport, datasetReport, scaleReport, seedReport } from './report.js';
import { DEFAULT_SIZES, runScale } from './scale.js';
import { loadSeedSet, runSeed } from './seed.js';
import { datasetChecks, SCALE_TARGET_SIZE, scaleChecks, seedChecks } from './targets.js';
import { requireGc } from './timing.js';

const USAGE = `usage:
  npm run bench [-- --questions FILE]                    seed article: iqtibas beside naive fuse.js
  npm run bench -- --dataset <dir>|all [--json]          external datasets (all = the four in ${DATASETS_ROOT})
  npm run bench -- --scale [--sizes 2000,20000] [--json] scaling curve (default sizes ${DEFAULT_SIZES.join(',')})
  npm run bench -- --load [--count N] [--window W] [--json]
                                                         the bot process under N /ask, twice (default ${DEFAULT_LOAD_COUNT}),
                                                         at most W awaiting acknowledgement (default ${DEFAULT_LOAD_WINDOW}; W = N: all at once)`;

class UsageError extends Error {}

interface Outcome {
  readonly json: object;
  readonly text: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string' },
      scale: { type: 'boolean' },
      sizes: { type: 'string' },
      load: { type: 'boolean' },
      count: { type: 'string' },
      window: { type: 'string' },
      questions: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.dataset !== undefined && values.scale)
    throw new UsageError('--dataset and --scale are separate runs');
  if (values.sizes !== undefined && !values.scale) throw new UsageError('--sizes only applies to --scale');
  if (values.questions !== undefined && (values.scale || values.dataset !== undefined))
    throw new UsageError('--questions only applies to the seed benchmark');
  if (values.load && (values.scale || values.dataset !== undefined || values.questions !== undefined))
    throw new UsageError('--load is a run of its own');
  if ((values.count !== undefined || values.window !== undefined) && !values.load)
    throw new UsageError('--count and --window only apply to --load');
  requireGc();
  const outcome = values.load
    ? await load(
        values.count === undefined ? DEFAULT_LOAD_COUNT : parseCount(values.count, '--count'),
        values.window === undefined ? DEFAULT_LOAD_WINDOW : parseCount(values.window, '--window'),
      )
    : values.dataset !== undefined
      ? await datasets(values.dataset)
      : values.scale
        ? await scale(values.sizes === undefined ? DEFAULT_SIZES : parseSizes(values.sizes))
        : await seed(values.questions === undefined ? undefined : resolve(values.questions));
  process.stdout.write(values.json ? `${JSON.stringify(outcome.json, null, 2)}\n` : `${outcome.text}\n`);
}

async function seed(questionsPath: string | undefined): Promise<Outcome> {
  const run = runSeed(await loadSeedSet(questionsPath));
  const targets = seedChecks(run);
  return {
    json: { mode: 'seed', run, targets },
    text: `${seedReport(run)}\n\n${checksReport('Targets', targets)}`,
  };
}

async function datasets(which: string): Promise<Outcome> {
  const dirs = which === 'all' ? DATASET_NAMES.map((name) => join(DATASETS_ROOT, name)) : [resolve(which)];
  const runs = [];
  for (const dir of dirs) runs.push(runDataset(await loadDataset(dir)));
  const targets = runs.flatMap(datasetChecks);
  const references = {
    luceneArabicTop1: LUCENE_ARABIC_TOP1,
    readmePunctSplitAcrossTop1: README_PUNCT_SPLIT_ACROSS_TOP1,
  };
  const text = [...runs.map(datasetReport), checksReport('Targets', targets)].join('\n\n');
  return { json: { mode: 'datasets', runs, references, targets }, text };
}

async function scale(sizes: readonly number[]): Promise<Outcome> {
  const run = await runScale(sizes);
  const targets = scaleChecks(run);
  const text = `${scaleReport(run)}\n\n${checksReport(`Targets at ${SCALE_TARGET_SIZE} passages`, targets)}`;
  return { json: { mode: 'scale', run, targets }, text };
}

async function load(count: number, window: number): Promise<Outcome> {
  // Loaded only for this run: the bot's modules (discord.js among them) in the process make the
  // seed benchmark's slowest calls slower, though they never run there.
  const { runLoad } = await import('./load.js');
  const { loadChecks } = await import('./load-checks.js');
  const { loadReport } = await import('./load-report.js');
  const run = await runLoad({ count, window });
  const checks = loadChecks(run);
  return {
    json: { mode: 'load', run, targets: checks },
    text: `${loadReport(run)}\n\n${checksReport('Checks', checks)}`,
  };
}

function parseCount(text: string, flag: string): number {
  const count = Number(text);
  if (!(Number.isInteger(count) && count > 0)) {
    throw new UsageError(`${flag} takes a positive whole number, got '${text}'`);
  }
  return count;
}

function parseSizes(list: string): number[] {
  const sizes = list.split(',').map((item) => Number(item.trim()));
  if (sizes.some((size) => !(Number.isInteger(size) && size > 0))) {
    throw new UsageError(`--sizes takes positive whole numbers separated by commas, got '${list}'`);
  }
  return sizes;
}

try {
  await main();
} catch (error) {
  // parseArgs reports unknown or malformed flags with a code; those deserve the usage text too.
  const isUsage =
    error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`bench: ${(error as Error).message}\n${isUsage ? `${USAGE}\n` : ''}`);
  process.exitCode = 1;
}
