/**
 * One point of the scaling curve for one system, meant to run alone in a
 * fresh process (see scale.ts) so that heap and RSS belong to it only.
 */
import { join } from 'node:path';
import { plainBm25 } from './baselines/plain-bm25.js';
import { loadDataset } from './datasets.js';
import { timeQuestions } from './evaluate.js';
import { iqtibas } from './iqtibas.js';
import { DATASET_NAMES, DATASETS_ROOT } from './paths.js';
import type { RetrieverFactory } from './retriever.js';
import { copiesFor, scaleCorpus } from './scale-corpus.js';
import { type LatencyStats, measureBuild } from './timing.js';

const WARM_UP_ARTICLES = 20;

export const SCALE_SYSTEMS = { iqtibas, bm25: plainBm25 } satisfies Record<string, RetrieverFactory>;
export type ScaleSystem = keyof typeof SCALE_SYSTEMS;

export interface ScalePointRun {
  readonly system: string;
  readonly passages: number;
  readonly buildMs: number;
  /** Memory held by the index on top of the corpus (heap and off-heap buffers). */
  readonly indexBytes: number;
  /** The whole process after the build, runtime and corpus included: heap with off-heap buffers, and RSS. */
  readonly processHeapBytes: number;
  readonly rssBytes: number;
  readonly latency: LatencyStats;
}

export async function runScalePoint(size: number, system: ScaleSystem): Promise<ScalePointRun> {
  const datasets = await Promise.all(DATASET_NAMES.map((name) => loadDataset(join(DATASETS_ROOT, name))));
  const base = datasets.flatMap((dataset) => dataset.articles);
  const basePassages = datasets.reduce((sum, dataset) => sum + dataset.paragraphOfPassage.size, 0);
  // ARCD's questions, asked across the whole corpus: their gold passages are in copy 0.
  const queries = (datasets[0]?.questions ?? []).map((q) => ({ question: q.question, scope: { top: 10 } }));
  const copies = copiesFor(size, basePassages);
  const corpus = scaleCorpus(base, copies);
  const factory = SCALE_SYSTEMS[system];
  // A throw-away build over a few articles first: the code and lazily built tables it brings to life
  // would otherwise be counted as index memory.
  factory.build(base.slice(0, WARM_UP_ARTICLES));
  const index = measureBuild(() => factory.build(corpus));
  return {
    system: factory.name,
    passages: basePassages * copies,
    buildMs: index.buildMs,
    indexBytes: index.retainedBytes,
    processHeapBytes: index.processHeapBytes,
    rssBytes: index.rssBytes,
    latency: timeQuestions(index.value, queries, { warmupRounds: 1, rounds: 2 }),
  };
}
