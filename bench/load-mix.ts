/**
 * The `/ask` commands a load run sends: real questions the article answers,
 * off-topic ones it must decline, and hostile text, in a fixed interleaving so
 * that any prefix (a small CI run) holds every kind in the same proportions.
 */
import { z } from 'zod';
import { readJson } from './json-files.js';
import { HOSTILE_QUESTIONS } from './load-hostile.js';
import { DEFAULT_QUESTIONS_PATH } from './seed.js';

export type LoadQuestionKind = 'answerable' | 'off-topic' | 'hostile';

export interface LoadQuestion {
  readonly kind: LoadQuestionKind;
  readonly text: string;
  /** `hide: true`: the answer is ephemeral (deferred, then edited in). */
  readonly hide: boolean;
  /** `mention:` someone: answered at once, without deferring. */
  readonly mention: boolean;
}

export interface LoadSources {
  readonly answerable: readonly string[];
  readonly offTopic: readonly string[];
  readonly hostile: readonly string[];
}

/** Out of every ten: five answerable, two off-topic, three hostile. */
const PATTERN: readonly LoadQuestionKind[] = [
  'answerable',
  'hostile',
  'answerable',
  'off-topic',
  'answerable',
  'hostile',
  'answerable',
  'off-topic',
  'answerable',
  'hostile',
];
/** Every fourth is hidden; every tenth (offset so both can meet) mentions someone. */
const HIDE_EVERY = 4;
const MENTION_EVERY = 10;
const MENTION_OFFSET = 3;

const seedQuestionsSchema = z.array(z.object({ question: z.string(), answer: z.string().nullable() }));

export async function readLoadSources(questionsPath: string = DEFAULT_QUESTIONS_PATH): Promise<LoadSources> {
  const questions = await readJson(questionsPath, seedQuestionsSchema);
  return {
    answerable: questions.filter((q) => q.answer !== null).map((q) => q.question),
    offTopic: questions.filter((q) => q.answer === null).map((q) => q.question),
    hostile: HOSTILE_QUESTIONS,
  };
}

export function loadMix(count: number, sources: LoadSources): LoadQuestion[] {
  const pools: Record<LoadQuestionKind, readonly string[]> = {
    answerable: sources.answerable,
    'off-topic': sources.offTopic,
    hostile: sources.hostile,
  };
  for (const [kind, pool] of Object.entries(pools)) {
    if (pool.length === 0) throw new Error(`the load mix needs at least one ${kind} question`);
  }
  const used: Record<LoadQuestionKind, number> = { answerable: 0, 'off-topic': 0, hostile: 0 };
  return Array.from({ length: count }, (_, index) => {
    const kind = PATTERN[index % PATTERN.length] as LoadQuestionKind;
    const pool = pools[kind];
    const text = pool[used[kind]++ % pool.length] as string;
    return {
      kind,
      text,
      hide: index % HIDE_EVERY === HIDE_EVERY - 1,
      mention: index % MENTION_EVERY === MENTION_OFFSET,
    };
  });
}
