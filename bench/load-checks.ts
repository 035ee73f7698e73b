/** What a load run must show, as pass/fail lines in the style of the benchmark's targets. */

import { LOAD_ROUNDS, type LoadRun } from './load.js';
import type { RoundAudit } from './load-audit.js';
import type { TargetCheck } from './targets.js';

/** Discord forgets an interaction that is not acknowledged within 3 seconds. */
const ACK_DEADLINE_MS = 3_000;
const MIB = 2 ** 20;

/**
 * How much the bot may grow from the end of round 1 to the end of round 2,
 * both read after a full garbage collection. Round 1 pays for warm-up (JIT
 * code, pools, caches filling); round 2 repeats it exactly, so what it adds
 * is what every further round would add.
 */
export interface MemoryBounds {
  /** Resident size: the larger of a share of it and a fixed allowance (allocator pages come and go). */
  readonly rssShare: number;
  readonly rssFloorBytes: number;
  /**
   * Heap, per interaction of the round: discord.js keeps one REST queue per
   * interaction token until its hourly sweep (about 1 KB each), so some
   * growth is expected; a leak of the interactions themselves is several times that.
   */
  readonly heapBytesPerInteraction: number;
  /** Small rounds: below this, heap differences are collection noise. */
  readonly heapFloorBytes: number;
}

export const DEFAULT_MEMORY_BOUNDS: MemoryBounds = {
  rssShare: 0.1,
  rssFloorBytes: 20 * MIB,
  heapBytesPerInteraction: 2_048,
  heapFloorBytes: 2 * MIB,
};

export function loadChecks(run: LoadRun, bounds: MemoryBounds = DEFAULT_MEMORY_BOUNDS): TargetCheck[] {
  const { rounds } = run;
  const perRound = (figure: (round: (typeof rounds)[number]) => string) =>
    rounds.map((round, index) => `round ${index + 1}: ${figure(round)}`).join('; ');
  const clean = (finding: keyof RoundAudit) => rounds.every((round) => round.audit[finding].count === 0);
  const counted = (finding: keyof RoundAudit) => perRound((round) => String(round.audit[finding].count));
  return [
    check(
      'every /ask answered exactly once, in every round',
      perRound((r) => `${r.answered}/${r.count} answered, ${r.audit.notAnsweredOnce.count} not exactly once`),
      rounds.length === LOAD_ROUNDS &&
        rounds.every((r) => r.answered === r.count) &&
        clean('notAnsweredOnce'),
    ),
    check(
      `every acknowledgement within Discord's ${ACK_DEADLINE_MS / 1000} s`,
      perRound((r) => `max ${r.ack.maxMs.toFixed(0)} ms`),
      rounds.length > 0 && rounds.every((r) => r.ack.maxMs <= ACK_DEADLINE_MS),
    ),
    check('no callback Discord would refuse', counted('refusedCallbacks'), clean('refusedCallbacks')),
    check('no REST call answered with status ≥ 400', counted('failedRequests'), clean('failedRequests')),
    check('no call to a route Discord does not have', counted('unknownRoutes'), clean('unknownRoutes')),
    check('no bot log line at warn or above', counted('troubleLogLines'), clean('troubleLogLines')),
    check(
      'every /ask handled (none turned away by the cooldown)',
      counted('notHandledOk'),
      clean('notHandledOk'),
    ),
    check(
      'the bot keeps running, then shuts down cleanly',
      `${perRound((r) => (r.botRunning ? 'running' : 'exited'))}; exit code ${run.botExit.code ?? run.botExit.signal}`,
      rounds.length === LOAD_ROUNDS && rounds.every((r) => r.botRunning) && run.botExit.code === 0,
    ),
    ...memoryChecks(run, bounds),
  ];
}

function memoryChecks(run: LoadRun, bounds: MemoryBounds): TargetCheck[] {
  const [first, second] = run.memory.afterRound;
  if (first === undefined || second === undefined) {
    return [check('memory read after both rounds', 'the run ended early', false)];
  }
  const checks: TargetCheck[] = [];
  if (first.rssBytes !== null && second.rssBytes !== null) {
    const allowed = Math.max(first.rssBytes * bounds.rssShare, bounds.rssFloorBytes);
    const growth = second.rssBytes - first.rssBytes;
    checks.push(
      check(
        `RSS growth from round 1 to round 2 ≤ max(${bounds.rssShare * 100}%, ${mib(bounds.rssFloorBytes)} MiB) = ${mib(allowed)} MiB`,
        `${signedMib(growth)} MiB (${mib(first.rssBytes)} → ${mib(second.rssBytes)} MiB)`,
        growth <= allowed,
      ),
    );
  }
  const allowed = Math.max(bounds.heapBytesPerInteraction * run.count, bounds.heapFloorBytes);
  const growth = second.heapBytes - first.heapBytes;
  checks.push(
    check(
      `heap growth from round 1 to round 2 ≤ ${mib(allowed)} MiB ` +
        `(${(bounds.heapBytesPerInteraction / 1024).toFixed(0)} KiB per /ask, at least ${mib(bounds.heapFloorBytes)} MiB)`,
      `${signedMib(growth)} MiB, ${(growth / run.count / 1024).toFixed(2)} KiB per /ask`,
      growth <= allowed,
    ),
  );
  return checks;
}

function mib(bytes: number): string {
  return (bytes / MIB).toFixed(1);
}

function signedMib(bytes: number): string {
  return `${bytes >= 0 ? '+' : ''}${mib(bytes)}`;
}

function check(target: string, actual: string, pass: boolean): TargetCheck {
  return { target, actual, pass };
}
