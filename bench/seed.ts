/**
 * The seed article benchmark: the engine beside naive fuse.js on the
 * hand-written question set, including off-topic questions that should get
 * no answer at all.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { ANSWERS_PER_QUESTION } from '../commands/answers-per-question.js';
import { type Article, paragraphsOf } from '../src/corpus/article.js';
import { loadArticles } from '../src/corpus/load-articles.js';
import { naiveFuse } from './baselines/naive-fuse.js';
import {
  evaluateQuality,
  type GoldQuestion,
  rejectionRate,
  type ScopedQuestion,
  timeFirstSight,
  timeQuestions,
} from './evaluate.js';
import { iqtibas } from './iqtibas.js';
import { readJson } from './json-files.js';
import type { QualitySummary } from './metrics.js';
import { REPO_ROOT } from './paths.js';
import { progress } from './progress.js';
import type { RetrieverFactory } from './retriever.js';
import { type FirstSightStats, type LatencyStats, measureBuild, medianBuildMs } from './timing.js';

const SEED_SLUG = 'kim-putin-alliance';
const ARTICLES_DIR = join(REPO_ROOT, 'data', 'articles');
/** The development question set; `--questions` names another (the holdout, say). */
export const DEFAULT_QUESTIONS_PATH = join(REPO_ROOT, 'test', 'fixtures', 'seed-questions.json');
/** Ranks judged for quality: MRR@10 reads the first ten. */
const TOP = 10;
/** Latency is timed as `/ask` asks: for the answers its reply pages through. */
export const ASK_SCOPE = { top: ANSWERS_PER_QUESTION };

const seedQuestionsSchema = z.array(
  z.object({
    question: z.string().regex(/\S/, 'question is empty'),
    kind: z.string(),
    /** A verbatim phrase of the one answering paragraph; null for an off-topic question. */
    answer: z.string().min(1).nullable(),
  }),
);

export interface SeedPlan {
  readonly buildRepeats: number;
  readonly warmupRounds: number;
  readonly rounds: number;
  /** naive fuse.js takes milliseconds a question: fewer rounds still give thousands of samples. */
  readonly baselineRounds: number;
}

/** Few rounds, enough for the JIT, and few passes: naive fuse.js takes milliseconds a question. */
const FIRST_SIGHT_PLAN = { warmupRounds: 3, passes: 5 };

const DEFAULT_SEED_PLAN: SeedPlan = {
  buildRepeats: 30,
  // The steady state a bot in service reaches: V8 goes on optimizing the engine for some fifty
  // rounds, and after twenty the slowest calls still took a quarter longer (first sight measures
  // the engine before any of that).
  warmupRounds: 100,
  rounds: 200,
  baselineRounds: 20,
};

export interface SeedSet {
  readonly article: Article;
  readonly answerable: readonly GoldQuestion[];
  readonly offTopic: readonly ScopedQuestion[];
}

export interface SeedSystemRun {
  readonly system: string;
  /** Median of repeated builds. */
  readonly buildMs: number;
  /** Memory the built index keeps alive, JS heap and typed-array buffers together. */
  readonly indexBytes: number;
  /** Over the answerable questions. */
  readonly quality: QualitySummary;
  /** Share of the off-topic questions that got no answer. */
  readonly offTopicRejection: number;
  /** Over every question, answerable or not, `rounds` times each. */
  readonly latency: LatencyStats;
  /** Every question once a pass, in order, on a system that has answered none of them. */
  readonly firstSight: FirstSightStats;
  readonly rounds: number;
}

export interface SeedRun {
  readonly article: string;
  readonly paragraphs: number;
  readonly questions: { readonly answerable: number; readonly offTopic: number };
  /** How many answers each timed call asks for. */
  readonly timedTop: number;
  readonly systems: readonly SeedSystemRun[];
}

export async function loadSeedSet(questionsPath: string = DEFAULT_QUESTIONS_PATH): Promise<SeedSet> {
  const articles = await loadArticles(ARTICLES_DIR);
  const article = articles.find((candidate) => candidate.slug === SEED_SLUG);
  if (article === undefined) throw new Error(`no article '${SEED_SLUG}' in ${ARTICLES_DIR}`);
  const questions = await readJson(questionsPath, seedQuestionsSchema);
  const scope = { top: TOP };
  return {
    article,
    answerable: questions.flatMap(({ question, answer }) =>
      answer === null
        ? []
        : [{ question, scope, gold: new Set([goldParagraphId(article, question, answer, questionsPath)]) }],
    ),
    offTopic: questions.filter((q) => q.answer === null).map(({ question }) => ({ question, scope })),
  };
}

/** The one paragraph whose text contains the answer phrase; anything else is a broken fixture. */
export function goldParagraphId(
  article: Article,
  question: string,
  answer: string,
  questionsPath: string = DEFAULT_QUESTIONS_PATH,
): string {
  const holders = paragraphsOf(article).filter((paragraph) => paragraph.text.includes(answer));
  const [holder] = holders;
  if (holder === undefined || holders.length > 1) {
    throw new Error(
      `${questionsPath}: the answer to "${question}" must occur in exactly one paragraph of ` +
        `${article.slug}, found ${holders.length}: "${answer}"`,
    );
  }
  return holder.id;
}

export function runSeed(seed: SeedSet, plan: SeedPlan = DEFAULT_SEED_PLAN): SeedRun {
  const articles = [seed.article];
  const everyQuestion = [...seed.answerable, ...seed.offTopic].map(({ question }) => ({
    question,
    scope: ASK_SCOPE,
  }));
  const contenders: [RetrieverFactory, number][] = [
    [iqtibas, plan.rounds],
    [naiveFuse, plan.baselineRounds],
  ];
  const measured = contenders.map(([factory, rounds]) => {
    progress(`seed: ${factory.name}`);
    const buildMs = medianBuildMs(() => factory.build(articles), plan.buildRepeats);
    const { value: retriever, retainedBytes: indexBytes } = measureBuild(() => factory.build(articles));
    const run: Omit<SeedSystemRun, 'firstSight'> = {
      system: factory.name,
      buildMs,
      indexBytes,
      quality: evaluateQuality(retriever, seed.answerable),
      offTopicRejection: rejectionRate(retriever, seed.offTopic),
      latency: timeQuestions(retriever, everyQuestion, { warmupRounds: plan.warmupRounds, rounds }),
      rounds,
    };
    return { factory, run };
  });
  // Timed after every system's memory was measured: the engines built here leave garbage behind.
  const systems = measured.map(
    ({ factory, run }): SeedSystemRun => ({
      ...run,
      firstSight: timeFirstSight(factory, articles, everyQuestion, FIRST_SIGHT_PLAN),
    }),
  );
  return {
    article: seed.article.slug,
    paragraphs: paragraphsOf(seed.article).length,
    questions: { answerable: seed.answerable.length, offTopic: seed.offTopic.length },
    timedTop: ASK_SCOPE.top,
    systems,
  };
}
