/**
 * One external dataset, three systems, two settings: "within" ranks only the
 * question's own article (articles with at least two passages), "across"
 * ranks every passage of the set. All systems see the same questions, except
 * that naive fuse.js may get an evenly spaced sample because it is slow.
 */
import { type Article, paragraphsOf } from '../src/corpus/article.js';
import { naiveFuse } from './baselines/naive-fuse.js';
import { plainBm25 } from './baselines/plain-bm25.js';
import type { Dataset, ReferenceBaseline } from './datasets.js';
import { evaluateQuality, type GoldQuestion, timeQuestions } from './evaluate.js';
import { iqtibas } from './iqtibas.js';
import type { QualitySummary } from './metrics.js';
import { progress } from './progress.js';
import type { RetrieverFactory } from './retriever.js';
import { evenlySpaced } from './sample.js';
import { type LatencyStats, measureBuild, medianBuildMs } from './timing.js';

/** The bot asks for ten so that MRR@10 can be read off its answers. */
const TOP = 10;

export interface ExternalPlan {
  readonly buildRepeats: number;
  readonly latencyRounds: number;
  /** Questions per setting for naive fuse.js, which takes ~0.1 s a question over hundreds of passages. */
  readonly fuseSample: number;
}

const DEFAULT_EXTERNAL_PLAN: ExternalPlan = { buildRepeats: 5, latencyRounds: 3, fuseSample: 200 };

export interface SettingRun {
  readonly quality: QualitySummary;
  readonly latency: LatencyStats;
  /** True when the figures come from a sample of the setting's questions. */
  readonly sampled: boolean;
}

export interface DatasetSystemRun {
  readonly system: string;
  /** Median of repeated builds. */
  readonly buildMs: number;
  /** Memory the built index keeps alive, JS heap and typed-array buffers together. */
  readonly indexBytes: number;
  readonly within: SettingRun;
  readonly across: SettingRun;
}

export interface DatasetRun {
  readonly dataset: string;
  readonly articles: number;
  readonly passages: number;
  readonly questions: { readonly within: number; readonly across: number };
  readonly systems: readonly DatasetSystemRun[];
  readonly reference?: ReferenceBaseline;
}

export function runDataset(dataset: Dataset, plan: ExternalPlan = DEFAULT_EXTERNAL_PLAN): DatasetRun {
  const passagesOf = new Map(dataset.articles.map((article) => [article.slug, paragraphsOf(article).length]));
  const across = dataset.questions.map((q) => ({ question: q.question, gold: q.gold, scope: { top: TOP } }));
  const within = dataset.questions
    .filter((q) => (passagesOf.get(q.article) ?? 0) >= 2)
    .map((q) => ({ question: q.question, gold: q.gold, scope: { top: TOP, article: q.article } }));
  const contenders: [RetrieverFactory, number][] = [
    [iqtibas, Number.POSITIVE_INFINITY],
    [plainBm25, Number.POSITIVE_INFINITY],
    [naiveFuse, plan.fuseSample],
  ];
  const systems = contenders.map(([factory, questionLimit]) => {
    progress(`${dataset.name}: ${factory.name}`);
    return runSystem(factory, dataset.articles, { within, across }, questionLimit, plan);
  });
  return {
    dataset: dataset.name,
    articles: dataset.articles.length,
    passages: dataset.paragraphOfPassage.size,
    questions: { within: within.length, across: across.length },
    systems,
    ...(dataset.reference && { reference: dataset.reference }),
  };
}

function runSystem(
  factory: RetrieverFactory,
  articles: readonly Article[],
  settings: { within: readonly GoldQuestion[]; across: readonly GoldQuestion[] },
  questionLimit: number,
  plan: ExternalPlan,
): DatasetSystemRun {
  const buildMs = medianBuildMs(() => factory.build(articles), plan.buildRepeats);
  const { value: retriever, retainedBytes: indexBytes } = measureBuild(() => factory.build(articles));
  const run = (all: readonly GoldQuestion[]): SettingRun => {
    const questions = evenlySpaced(all, questionLimit);
    // The quality pass doubles as the warm-up for the timed rounds.
    const quality = evaluateQuality(retriever, questions);
    const rounds = questions.length < all.length ? 1 : plan.latencyRounds;
    const latency = timeQuestions(retriever, questions, { warmupRounds: 0, rounds });
    return { quality, latency, sampled: questions.length < all.length };
  };
  return {
    system: factory.name,
    buildMs,
    indexBytes,
    within: run(settings.within),
    across: run(settings.across),
  };
}
