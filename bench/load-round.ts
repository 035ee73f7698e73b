/**
 * One load round: every `/ask` of the mix dispatched through the gateway as
 * fast as the bot acknowledges them (a bounded window of unacknowledged
 * ones, see `RoundOptions.window`), each from its own new member, and every
 * answer followed to the end. It settles when the bot has logged every
 * interaction as handled, so the audit sees everything the handlers sent.
 */
import type { APIInteraction } from 'discord.js';
import type { OptionValues } from '../test/e2e/fake-discord/interactions.js';
import { type AnswerTiming, AnswerWatch } from './load-answers.js';
import { auditRound, type RoundAudit } from './load-audit.js';
import type { LoadTarget } from './load-bot.js';
import { isHandledLine, waitForHandledLines } from './load-log.js';
import type { LoadQuestion } from './load-mix.js';
import { type LatencySummary, summarizeLatency } from './load-stats.js';

/** Once every answer is in, how long the last handlers may take to log that they are done. */
const SETTLE_MS = 10_000;

export interface RoundOptions {
  /** How long after the round starts every answer may take before the missing ones count as such. */
  readonly answerTimeoutMs: number;
  /**
   * At most this many interactions dispatched and not yet acknowledged: the
   * bot is sent work as fast as it accepts it, and a queue of its own making
   * cannot push acknowledgements past Discord's deadline.
   */
  readonly window: number;
}

export interface RoundResult {
  readonly count: number;
  /** Sent to the bot: all of them, unless the round ran out of time first. */
  readonly dispatched: number;
  /** Interactions whose final answer arrived in time. */
  readonly answered: number;
  /** First dispatch → last answer. */
  readonly wallMs: number;
  /** Answers per second over `wallMs`. */
  readonly throughput: number;
  /** Dispatch → callback, as the fake saw it (Discord refuses one after 3 s). */
  readonly ack: LatencySummary;
  /** Dispatch → final answer (end to end). */
  readonly answer: LatencySummary;
  /** The router's own `latencyMs` of each `/ask` (whole milliseconds). */
  readonly handler: LatencySummary;
  readonly audit: RoundAudit;
  /** Still running once the round settled. */
  readonly botRunning: boolean;
}

export async function runRound(
  { fake, bot }: LoadTarget,
  questions: readonly LoadQuestion[],
  { answerTimeoutMs, window }: RoundOptions,
): Promise<RoundResult> {
  const firstRequest = fake.requests.entries.length;
  const firstCallback = fake.callbacks.entries.length;
  const firstLogLine = bot.stdout.entries.length;
  const round = `r${firstCallback}`;
  const interactions: APIInteraction[] = questions.map((question, index) =>
    fake.interactions.slashCommand(
      'ask',
      optionsFor(question, fake.world.bystander),
      fake.interactions.newMember(`load-${round}-${index}`),
    ),
  );

  const watch = new AnswerWatch(fake, interactions, answerTimeoutMs);
  const started = performance.now();
  let dispatched = 0;
  for (const interaction of interactions) {
    await watch.acknowledgedBelow(window);
    if (watch.finished) break;
    watch.sent(interaction, performance.now());
    fake.dispatchInteraction(interaction);
    dispatched++;
  }
  const timings = await watch.answers();
  // The last answers arrive just before their handlers log that they are done (with the latency):
  // wait for those lines. With answers missing the round has failed already; waiting would only add time.
  if (bot.running && timings.length === dispatched) {
    await waitForHandledLines(bot, firstLogLine, dispatched, SETTLE_MS).catch(() => undefined);
  }

  const logLines = bot.stdout.entries.slice(firstLogLine);
  return {
    count: interactions.length,
    dispatched,
    answered: timings.length,
    ...throughputOf(timings, started),
    ack: summarizeLatency(timings.map((timing) => timing.ackMs)),
    answer: summarizeLatency(timings.map((timing) => timing.answerMs)),
    handler: summarizeLatency(handlerLatencies(logLines.filter(isHandledLine))),
    audit: auditRound({
      interactions,
      callbacks: fake.callbacks.entries.slice(firstCallback),
      requests: fake.requests.entries.slice(firstRequest),
      logLines,
    }),
    botRunning: bot.running,
  };
}

function optionsFor(question: LoadQuestion, mentioned: OptionValues[string]): OptionValues {
  return {
    question: question.text,
    ...(question.hide ? { hide: true } : {}),
    ...(question.mention ? { mention: mentioned } : {}),
  };
}

function throughputOf(timings: readonly AnswerTiming[], started: number) {
  if (timings.length === 0) return { wallMs: Number.NaN, throughput: 0 };
  const wallMs = Math.max(...timings.map((timing) => timing.answeredAt)) - started;
  return { wallMs, throughput: timings.length / (wallMs / 1000) };
}

function handlerLatencies(lines: readonly { json: Readonly<Record<string, unknown>> | null }[]): number[] {
  return lines.flatMap((line) =>
    line.json?.command === '/ask' && typeof line.json.latencyMs === 'number' ? [line.json.latencyMs] : [],
  );
}
