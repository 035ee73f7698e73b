/**
 * The load benchmark: the real bot process against the fake Discord, the
 * same mix of `/ask` commands sent twice, with the bot's resident memory
 * read before, between and after, so that growth that repeats with every
 * round (a leak) shows apart from what the first round warms up.
 */
import type { ExitStatus } from '../test/e2e/support/script-process.js';
import { startLoadTarget } from './load-bot.js';
import { DEFAULT_LOAD_WINDOW } from './load-defaults.js';
import { type MemoryReading, readBotMemory } from './load-memory.js';
import { type LoadQuestion, loadMix, readLoadSources } from './load-mix.js';
import { type RoundResult, runRound } from './load-round.js';
import { progress } from './progress.js';

/** Round 2 repeats round 1 exactly: what it adds to memory is what every further round would. */
export const LOAD_ROUNDS = 2;

export interface LoadPlan {
  /** `/ask` commands per round. */
  readonly count: number;
  /** How long a round may take before the answers still missing count as such. */
  readonly answerTimeoutMs?: number;
  /** At most this many interactions awaiting their acknowledgement (see `RoundOptions.window`). */
  readonly window?: number;
}

export interface MixSummary {
  readonly answerable: number;
  readonly offTopic: number;
  readonly hostile: number;
  readonly hidden: number;
  readonly mentions: number;
}

export interface LoadMemory {
  /** The bot once ready, then after each round; each after a full garbage collection. */
  readonly ready: MemoryReading;
  readonly afterRound: readonly MemoryReading[];
}

export interface LoadRun {
  readonly count: number;
  readonly window: number;
  readonly mix: MixSummary;
  readonly rounds: readonly RoundResult[];
  readonly memory: LoadMemory;
  readonly botExit: ExitStatus;
}

/**
 * A generous bound for a round: discord.js sends at most 50 edits a second
 * (its client-side global rate limit), so the last of n deferred answers
 * lands after about n/50 s; four times that, plus slack, only trips on a hang.
 */
function defaultAnswerTimeoutMs(count: number): number {
  return 10_000 + count * 80;
}

export async function runLoad({
  count,
  answerTimeoutMs = defaultAnswerTimeoutMs(count),
  window = DEFAULT_LOAD_WINDOW,
}: LoadPlan): Promise<LoadRun> {
  const questions = loadMix(count, await readLoadSources());
  progress('load: starting the fake Discord and the bot');
  const target = await startLoadTarget();
  const memory = () => readBotMemory(target.bot.pid, target.inspectorUrl);
  const rounds: RoundResult[] = [];
  const afterRound: MemoryReading[] = [];
  let ready: MemoryReading;
  let botExit: ExitStatus;
  try {
    ready = await memory();
    for (let round = 1; round <= LOAD_ROUNDS; round++) {
      progress(`load: round ${round} of ${LOAD_ROUNDS}, ${count} /ask`);
      const result = await runRound(target, questions, { answerTimeoutMs, window });
      rounds.push(result);
      if (!result.botRunning) break;
      afterRound.push(await memory());
    }
  } finally {
    botExit = await target.stop();
  }
  return { count, window, mix: summarizeMix(questions), rounds, memory: { ready, afterRound }, botExit };
}

function summarizeMix(questions: readonly LoadQuestion[]): MixSummary {
  const counted = (keep: (question: LoadQuestion) => boolean) => questions.filter(keep).length;
  return {
    answerable: counted((q) => q.kind === 'answerable'),
    offTopic: counted((q) => q.kind === 'off-topic'),
    hostile: counted((q) => q.kind === 'hostile'),
    hidden: counted((q) => q.hide),
    mentions: counted((q) => q.mention),
  };
}
